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
    // cli-table3: see its stub.
    alias: {
      'is-in-ci': './scripts/stubs/is-in-ci.js',
      'react-devtools-core': './scripts/stubs/react-devtools-core.js',
      'cli-table3': './scripts/stubs/cli-table3.js',
    },
    // Some bundled CommonJS packages call require() for Node built-ins.
    banner: { js: "import{createRequire as __blogTuiRequire}from'node:module';const require=__blogTuiRequire(import.meta.url);" },
    logLevel: 'warning',
    plugins: [highlightJsCore],
  };
}

/**
 * cli-highlight imports `highlight.js`, whose main file registers all ~190 grammars when
 * evaluated (half of `read`'s start): it gets highlight.js's core instead, the same instance
 * src/core/render/highlight.ts registers each grammar on when a post names it. Only the bare
 * name is redirected (esbuild's alias would also rewrite `highlight.js/lib/...`).
 */
const highlightJsCore = {
  name: 'highlight-js-core',
  setup(plugin) {
    plugin.onResolve({ filter: /^highlight\.js$/ }, ({ resolveDir }) =>
      plugin.resolve('highlight.js/lib/core.js', { resolveDir, kind: 'require-call' }),
    );
  },
};
