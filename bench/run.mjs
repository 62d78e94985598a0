// npm run bench: every figure in turn (one file each under bench/figures), then a compact table
// and bench/.out/latest.json. Never part of npm test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outDir } from './lib/paths.mjs';
import { formatRow } from './lib/stats.mjs';

const FIGURES = ['start', 'commands', 'load', 'search', 'keys', 'open-post', 'memory'];
const rows = [];
for (const name of FIGURES) {
  const { measure } = await import(`./figures/${name}.mjs`);
  try {
    for (const row of await measure()) {
      rows.push(row);
      console.log(formatRow(row));
    }
  } catch (error) {
    // One broken figure (a part mid-rewrite) must not hide the others.
    const row = {
      name,
      command: `node bench/figures/${name}.mjs`,
      unavailable: `not available yet (${error instanceof Error ? error.message : error})`,
    };
    rows.push(row);
    console.log(formatRow(row));
  }
}

console.log(`\n${'figure'.padEnd(70)}     median        p95   ratio  target`);
for (const row of rows) {
  const cell = (value) => (row.unavailable ? '—' : `${value.toFixed(1)} ${row.unit}`).padStart(10);
  const ratio = (row.ratio ? `${row.ratio.toFixed(2)}x` : '').padStart(7);
  const target = row.target ? `  ${row.target}: ${row.met ? 'met' : 'NOT met'}` : '';
  console.log(`${row.name.padEnd(70)} ${cell(row.median)} ${cell(row.p95)} ${ratio}${target}`);
}
mkdirSync(outDir, { recursive: true });
// The machine's load during the run: wall-clock figures grow with it, ratios much less.
const load = (await import('node:os')).loadavg().map((value) => value.toFixed(1));
console.log(`\nload average at the end of the run (1, 5, 15 min): ${load.join(', ')}`);
writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, load, rows }, null, 2)}\n`);
