// Figure 4: peak resident memory with 10,000 posts (target: <= 200 MB).
// - The reader itself: `blog-tui DIR` in a pseudo-terminal, its first List frame, then a scripted
//   search session (SESSION: queries typed key by key, Esc between), until every body is indexed
//   (the header no longer says "searching bodies…"), then one more search; the peak is the
//   kernel's VmHWM of that process, read from /proc before it quits. Cold (parse cache off) and warm.
// - The core alone: a child process that loads, indexes and searches, for comparison.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedBlog, loadBlog } from '../lib/blogs.mjs';
import { withEnv } from '../lib/env.mjs';
import { loadCore } from '../lib/core.mjs';
import { readerMissing, startReader } from '../lib/ptySession.mjs';
import { figure, notAvailable, runIfMain } from '../lib/stats.mjs';

const COMMAND = 'node bench/figures/memory.mjs';
const RUNS = 3;
const SESSION = ['pipeline', 'throughput', '#rust kernel', 'data'];
const TARGET_MB = 200;
const PENDING = '(searching bodies…)';
// A cold 10k start under heavy load takes several seconds.
const TIMEOUT_MS = 60_000;

export async function measure() {
  const dir = await generatedBlog(10_000);
  await loadCore();
  const rows = [];
  const { posts, reason } = await loadBlog(dir);
  for (const { name, env } of [
    { name: 'peak RSS of the TUI, 10k posts, after a search session, cold (BLOG_TUI_NO_CACHE=1)', env: { BLOG_TUI_NO_CACHE: '1' } },
    { name: 'peak RSS of the TUI, 10k posts, after a search session, warm cache', env: {} },
  ]) {
    const missing = readerMissing() ?? (posts ? null : reason);
    if (missing) {
      rows.push(notAvailable(name, COMMAND, missing));
      continue;
    }
    const samples = [];
    // The first warm run fills the cache if the cold runs left it empty.
    if (!env.BLOG_TUI_NO_CACHE) await readerPeakMb(dir, env, posts[0].title);
    for (let run = 0; run < RUNS; run++) samples.push(await readerPeakMb(dir, env, posts[0].title));
    rows.push(
      samples.includes(null)
        ? notAvailable(name, COMMAND, 'the List or a search result did not appear in time')
        : figure(name, samples, 'MB', COMMAND, { target: { p95: TARGET_MB } }),
    );
  }

  const coreSamples = [];
  for (let run = 0; run < RUNS; run++) {
    const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dir], { encoding: 'utf8' });
    const result = JSON.parse(output);
    if (result.reason) return [...rows, notAvailable('peak RSS, core only: load + index + search 10k posts', COMMAND, result.reason)];
    coreSamples.push(result.maxRssMb);
  }
  rows.push(figure('peak RSS, core only: load + index + search 10k posts', coreSamples, 'MB', COMMAND));
  return rows;
}

/** VmHWM (peak resident set) of the reader after its first frame and a search session, in MB; null on timeout. */
async function readerPeakMb(dir, env, firstTitle) {
  const restore = withEnv(env);
  const reader = startReader([dir]);
  restore();
  try {
    if (!(await reader.waitFor((lines) => lines.some((line) => line.includes(firstTitle)), TIMEOUT_MS))) return null;
    for (const query of SESSION) {
      for (let length = 0; length <= query.length; length++) {
        const prompt = `/${query.slice(0, length)}█`;
        if ((await reader.press(length === 0 ? '/' : query[length - 1], (lines) => lines.some((line) => line.includes(prompt)), TIMEOUT_MS)) === null)
          return null;
      }
      if ((await reader.press('\u001b', (lines) => !lines.some((line) => line.includes('█')), TIMEOUT_MS)) === null) return null;
    }
    // Bodies indexed: a search no longer says it is still looking through them.
    const searched = await reader.press(
      '/pipeline',
      (lines) => lines.some((line) => / of 10000 posts/.test(line) && !/10000 of 10000/.test(line) && !line.includes(PENDING)),
      TIMEOUT_MS,
    );
    if (searched === null) return null;
    const status = readFileSync(`/proc/${reader.pid}/status`, 'utf8');
    return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)[1]) / 1024;
  } finally {
    reader.close();
  }
}

async function child(dir) {
  const { posts, reason } = await loadBlog(dir);
  if (!posts) return { reason };
  const { search } = await loadCore();
  const index = search.createSearchIndex(posts);
  // The reader prepares the whole index in idle time after its first frame (src/tui/listSearch.ts).
  search.prepareSearchIndex(index);
  search.searchPosts(index, 'pipeline');
  return { maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

if (process.argv[2] === '--child') console.log(JSON.stringify(await child(process.argv[3])));
else await runIfMain(import.meta, measure);
