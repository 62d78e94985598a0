// Builds dist/: minified ESM with every runtime dependency inside, split so that each start
// loads only what it uses (`--version`, `list` and `tags` never evaluate Ink, React, yoga or the
// renderer; the reader's first List frame needs neither marked nor highlight.js), plus
// dist/THIRD_PARTY_LICENSES.txt with the licence of each bundled package. Entries:
// - blog-tui.js: the program (bin/blog-tui.js loads it);
// - render-worker.js: what the renderer's worker thread runs (src/core/render/worker).
// Everything else is a shared chunk, loaded by import() when needed. All files sit directly in
// dist/, so a chunk finds its siblings relative to its own import.meta.url.
import { build } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions } from './bundleOptions.mjs';
import { inkSpeedups } from './inkSpeedups.mjs';

// `node scripts/build.mjs --no-minify`: readable names in CPU profiles (node --cpu-prof).
const minify = !process.argv.includes('--no-minify');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist');
mkdirSync(outdir, { recursive: true });

/**
 * js-yaml (through gray-matter) looks for an optional `esprima` with require() at load time, for
 * `!!js/function` values that safe loading never reads. Found in some node_modules above dist/,
 * it would be loaded at every start (~25 ms) from outside the bundle: the bundle does without.
 */
const noOptionalEsprima = {
  name: 'no-optional-esprima',
  setup(plugin) {
    plugin.onLoad({ filter: /js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/]js[\\/]function\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const lookup = "esprima = _require('esprima');";
      if (!source.includes(lookup)) throw new Error(`${path}: the optional esprima lookup changed; update scripts/build.mjs`);
      return { contents: source.replace(lookup, "throw new Error('esprima is not bundled');"), loader: 'js' };
    });
  },
};

/**
 * string-width makes its Intl.Segmenter when loaded, and the first one a process makes costs
 * ~16 ms (ICU's break rules): `list` of plain titles never segments. Made on first use instead.
 */
const lazySegmenter = {
  name: 'lazy-segmenter',
  setup(plugin) {
    const file = join(root, 'node_modules', 'string-width', 'index.js');
    plugin.onLoad({ filter: /string-width[\\/]index\.js$/ }, ({ path }) => {
      if (path !== file) return undefined;
      const source = readFileSync(path, 'utf8');
      const eager = 'const segmenter = new Intl.Segmenter();';
      if (!source.includes(eager)) throw new Error(`${path}: its Intl.Segmenter changed; update scripts/build.mjs`);
      const lazy = 'let made; const segmenter = { segment: (text) => (made ??= new Intl.Segmenter()).segment(text) };';
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

const options = bundleOptions(root);
const result = await build({
  ...options,
  entryPoints: { 'blog-tui': 'src/cli/start.ts', 'render-worker': 'src/core/render/worker/workerEntry.ts' },
  outdir,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  minify,
  metafile: true,
  plugins: [...options.plugins, noOptionalEsprima, inkSpeedups, lazySegmenter],
});

const LICENCES = 'THIRD_PARTY_LICENSES.txt';
writeFileSync(join(outdir, LICENCES), collectLicences(Object.keys(result.metafile.inputs)));

// Chunk names carry a content hash: files of earlier builds are removed once this one is written
// (not before, so a reader started meanwhile never finds dist/ half empty).
const written = new Set([LICENCES, ...Object.keys(result.metafile.outputs).map((output) => basename(output))]);
for (const file of readdirSync(outdir)) if (!written.has(file)) rmSync(join(outdir, file), { force: true });

function collectLicences(inputs) {
  const packages = new Map();
  for (const input of inputs) {
    const parts = input.split(/[\\/]/);
    const at = parts.lastIndexOf('node_modules');
    if (at < 0) continue;
    const nameParts = parts[at + 1]?.startsWith('@') ? parts.slice(at + 1, at + 3) : parts.slice(at + 1, at + 2);
    const dir = join(root, ...parts.slice(0, at + 1), ...nameParts);
    if (!packages.has(dir)) packages.set(dir, nameParts.join('/'));
  }
  const sections = [];
  for (const [dir, name] of [...packages].sort((a, b) => a[1].localeCompare(b[1]))) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
    const text = licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : `License: ${pkg.license ?? 'see package'}`;
    sections.push(`${name}@${pkg.version} (${pkg.license ?? 'unknown'})\n${'-'.repeat(60)}\n${text}\n`);
  }
  return `blog-tui bundles the following packages.\n\n${sections.join('\n')}`;
}
