// Node 20 cannot import the TypeScript sources, so the benchmarks import them through one small
// esbuild bundle in bench/.out/core (built once per process; the sources may have changed).
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { outDir, root } from './paths.mjs';

const entries = {
  search: 'src/core/search/index.ts',
  loader: 'src/core/content/loadPosts.ts',
  render: 'src/core/render/renderPost.ts',
  generator: 'test/fixtures/generate-blog.ts',
};
let built;

/** The core modules: { search, loader, render, generator }. */
export async function loadCore() {
  built ??= build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: join(outDir, 'core'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Bundled CommonJS packages (gray-matter) require() Node built-ins, as in scripts/build.mjs.
    banner: { js: "import{createRequire as __benchRequire}from'node:module';const require=__benchRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  await built;
  const modules = await Promise.all(Object.keys(entries).map((name) => import(pathToFileURL(join(outDir, 'core', `${name}.js`)).href)));
  return Object.fromEntries(Object.keys(entries).map((name, i) => [name, modules[i]]));
}
