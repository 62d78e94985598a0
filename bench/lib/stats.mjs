// Figures are reported as median and p95 (nearest rank) of repeated measurements.
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { median: rank(0.5), p95: rank(0.95), runs: sorted.length };
}

/** One row of the results table. */
export function figure(name, samples, unit, command, extra = {}) {
  return { name, unit, command, ...summarize(samples), ...extra };
}

export function notAvailable(name, command, reason) {
  return { name, command, unavailable: `not available yet (${reason})` };
}

export function formatRow(row) {
  if (row.unavailable) return `${row.name}: ${row.unavailable}\n    $ ${row.command}`;
  const value = (v) => `${v.toFixed(v < 10 ? 2 : 1)} ${row.unit}`;
  const ratio = row.ratio === undefined ? '' : `  (${row.ratio.toFixed(2)}x node -e 0)`;
  const note = row.note ? `\n    (${row.note})` : '';
  return `${row.name}: median ${value(row.median)}, p95 ${value(row.p95)} over ${row.runs} runs${ratio}${note}\n    $ ${row.command}`;
}

/** Lets a figure file run alone: `node bench/figures/x.mjs` prints its rows. */
export async function runIfMain(meta, measure) {
  if (process.argv[1] !== new URL(meta.url).pathname) return;
  for (const row of await measure()) console.log(formatRow(row));
}
