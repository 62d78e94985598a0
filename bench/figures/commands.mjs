// Figure 1b: the print commands, whole process (spawn to exit, output to a pipe), in alternation
// with `node -e 0` and, when a Python with rich is present (Debian: python3-rich), with
// `python3 -m rich.markdown` rendering the same post at the same width, so every ratio compares
// runs of one moment of the machine's load.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bundledContent, outDir, root } from '../lib/paths.mjs';
import { readerMissing } from '../lib/ptySession.mjs';
import { figure, notAvailable, runIfMain, summarize } from '../lib/stats.mjs';

const COMMAND = 'node bench/figures/commands.mjs';
const RUNS = 15;
const SEED_POST = 'building-scalable-ml-pipelines';
const SEED_FILE = join(bundledContent, 'posts', `${SEED_POST}.md`);
const WIDTH = 100;
/** The print commands should cost at most this much more than starting node at all. */
const NODE_RATIO_TARGET = 1.7;

/** The first Python on PATH (or Debian's) that has rich; undefined when none has. */
function pythonWithRich() {
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', 'import rich.markdown'], { stdio: 'ignore' });
    if (probe.status === 0) return python;
  }
  return undefined;
}

function wallMs(file, args, env = {}) {
  const start = performance.now();
  execFileSync(file, args, { cwd: root, stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, ...env } });
  return performance.now() - start;
}

export async function measure() {
  const missing = readerMissing();
  const commands = [
    { name: 'blog-tui --version (whole process)', args: ['--version'] },
    { name: 'blog-tui list, bundled blog (whole process)', args: ['list'] },
    { name: `blog-tui read ${SEED_POST} (whole process)`, args: ['read', SEED_POST, '--width', String(WIDTH)] },
  ];
  if (missing) return commands.map(({ name }) => notAvailable(name, COMMAND, missing));
  const python = pythonWithRich();
  // As the user's cache would be: warm, and kept under bench/.out, never ~/.cache.
  const env = { XDG_CACHE_HOME: join(outDir, 'cache') };
  const samples = { node: [], rich: [], ...Object.fromEntries(commands.map(({ name }) => [name, []])) };
  for (let run = 0; run < RUNS + 1; run++) {
    const round = { node: wallMs(process.execPath, ['-e', '0']) };
    for (const { name, args } of commands) round[name] = wallMs(process.execPath, ['bin/blog-tui.js', ...args], env);
    if (python) round.rich = wallMs(python, ['-m', 'rich.markdown', '-w', String(WIDTH), SEED_FILE]);
    // The first round fills the caches (parse cache, compile cache, the OS's file cache).
    if (run > 0) for (const [key, ms] of Object.entries(round)) samples[key].push(ms);
  }
  const nodeMs = summarize(samples.node).median;
  const rows = [figure('node -e 0 (whole process, the baseline)', samples.node, 'ms', COMMAND)];
  for (const { name } of commands) {
    rows.push(
      figure(name, samples[name], 'ms', COMMAND, {
        ratio: summarize(samples[name]).median / nodeMs,
        baselineMs: nodeMs,
        target: { ratio: NODE_RATIO_TARGET },
      }),
    );
  }
  const readName = commands[2].name;
  if (!python) {
    rows.push(
      notAvailable(`${readName} vs python3 -m rich.markdown`, COMMAND, 'no python3 with rich (Debian: apt-get install python3-rich): skipped'),
    );
    return rows;
  }
  const richMs = summarize(samples.rich).median;
  rows.push(
    figure(`python3 -m rich.markdown ${SEED_POST}.md -w ${WIDTH} (whole process)`, samples.rich, 'ms', COMMAND, {
      ratio: richMs / nodeMs,
      baselineMs: nodeMs,
    }),
  );
  rows.push(
    figure(`${readName} vs python3 -m rich.markdown`, samples[readName], 'ms', COMMAND, {
      ratio: summarize(samples[readName]).median / richMs,
      baselineMs: richMs,
      baselineName: 'python3 -m rich.markdown',
      target: { ratio: 1 },
    }),
  );
  return rows;
}

await runIfMain(import.meta, measure);
