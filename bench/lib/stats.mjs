// Figures are reported as median and p95 (nearest rank) of repeated measurements.
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { median: rank(0.5), p95: rank(0.95), runs: sorted.length };
}

/**
 * One row of the results table. `extra.target`, when given, is what the figure should meet:
 * `{ p95: 50 }`, `{ median: 30 }` (in the row's unit) or `{ ratio: 2.5 }` (median over the
 * baseline measured in the same run); the row then says whether it is met.
 */
export function figure(name, samples, unit, command, extra = {}) {
  const row = { name, unit, command, ...summarize(samples), ...extra };
  return extra.target ? { ...row, ...judged(row, extra.target) } : row;
}

function judged(row, target) {
  const [[stat, limit]] = Object.entries(target);
  const value = stat === 'ratio' ? row.ratio : row[stat];
  const text = stat === 'ratio' ? `≤ ${limit}x ${row.baselineName ?? 'node -e 0'}` : `${stat} ≤ ${limit} ${row.unit}`;
  return { target: text, met: value !== undefined && value <= limit };
}

export function notAvailable(name, command, reason) {
  return { name, command, unavailable: `not available yet (${reason})` };
}

export function formatRow(row) {
  if (row.unavailable) return `${row.name}: ${row.unavailable}\n    $ ${row.command}`;
  const value = (v) => `${v.toFixed(v < 10 ? 2 : 1)} ${row.unit}`;
  const ratio = row.ratio === undefined ? '' : `  (${row.ratio.toFixed(2)}x ${row.baselineName ?? 'node -e 0'})`;
  const target = row.target ? `  [target ${row.target}: ${row.met ? 'met' : 'NOT met'}]` : '';
  const note = row.note ? `\n    (${row.note})` : '';
  return `${row.name}: median ${value(row.median)}, p95 ${value(row.p95)} over ${row.runs} runs${ratio}${target}${note}\n    $ ${row.command}`;
}

/** Lets a figure file run alone: `node bench/figures/x.mjs` prints its rows. */
export async function runIfMain(meta, measure) {
  if (process.argv[1] !== new URL(meta.url).pathname) return;
  for (const row of await measure()) console.log(formatRow(row));
}
