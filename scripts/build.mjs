// Builds dist/blog-tui.js: one minified ESM bundle with every runtime dependency inside, plus
// dist/THIRD_PARTY_LICENSES.txt with the licence of each bundled package.
import { build } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions } from './bundleOptions.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist');
mkdirSync(outdir, { recursive: true });

const result = await build({
  ...bundleOptions(root),
  entryPoints: { 'blog-tui': 'src/cli/main.ts' },
  outdir,
  metafile: true,
});

writeFileSync(join(outdir, 'THIRD_PARTY_LICENSES.txt'), collectLicences(Object.keys(result.metafile.inputs)));

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
