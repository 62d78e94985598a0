// The esbuild options of the shipped bundle, shared with the tests that build a variant of it
// (test/fixtures/crash: the reader with a component that fails on purpose).
/** Options for bundling src/cli/main.ts as dist/blog-tui.js is bundled; `root` is the repository. */
export function bundleOptions(root) {
  return {
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    // react-devtools-core: only loaded by Ink when DEV=true; never shipped.
    // cli-highlight, cli-table3: see their stubs.
    alias: {
      'is-in-ci': './scripts/stubs/is-in-ci.js',
      'react-devtools-core': './scripts/stubs/react-devtools-core.js',
      'cli-highlight': './scripts/stubs/cli-highlight.js',
      'cli-table3': './scripts/stubs/cli-table3.js',
    },
    // Some bundled CommonJS packages call require() for Node built-ins.
    banner: { js: "import{createRequire as __blogTuiRequire}from'node:module';const require=__blogTuiRequire(import.meta.url);" },
    logLevel: 'warning',
  };
}
