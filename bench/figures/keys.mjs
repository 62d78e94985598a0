// Figure 2b: search keystroke-to-screen in the built reader in a pseudo-terminal
// (bench/lib/ptySession.mjs), over 10,000 posts, 1,000 posts and a 1,000-page docs-like site.
// Each query is typed one key at a time after `/` (Esc clears between queries), starting right
// after the first List frame, so the first keys meet an index still being prepared. A key's
// time runs from writing it to the end of the first complete frame that shows its effect on the
// prompt (`/<query so far>█`) and the list updated for it: the header's "N of M posts" and the
// top row's title equal what the core's searchPosts returns for that query in this process, or,
// while the reader is still indexing bodies, its "(searching bodies…)" result (at most N: the
// body matches join when indexed; keys never wait for them).
// The first three keys of a query are also reported apart: one or two letters match nearly
// everything, and they are the ones typed while the index is still being prepared.
import { readFileSync } from 'node:fs';
import { docsSite, generatedBlog, loadBlog } from '../lib/blogs.mjs';
import { loadCore } from '../lib/core.mjs';
import { pause, readerMissing, startReader } from '../lib/ptySession.mjs';
import { figure, notAvailable, runIfMain } from '../lib/stats.mjs';

const COMMAND = 'node bench/figures/keys.mjs';
const BLOGS = [
  // A body-only word, a title-and-body word, a tag filter with a word.
  { label: '10k posts', dir: () => generatedBlog(10_000), queries: ['pipeline', 'throughput', '#rust kernel'], p95: 50, firstKeys: 50, sessions: 2 },
  { label: '1,000 posts', dir: () => generatedBlog(1_000), queries: ['pipeline', 'throughput', '#rust kernel'], p95: 25, sessions: 2 },
  { label: '1,000-page docs site', dir: () => docsSite(1_000), queries: ['replica', 'throughput', '#security cache'], p95: 25, sessions: 2 },
];
const START_TIMEOUT_MS = 60_000;
const KEY_TIMEOUT_MS = 10_000;
const PENDING = '(searching bodies…)';
const ORDINALS = ['first', 'second', 'third'];

export async function measure() {
  const rows = [];
  for (const blog of BLOGS) rows.push(...(await blogRows(blog)));
  return rows;
}

async function blogRows(blog) {
  const name = `search keystroke-to-screen (pty), ${blog.label}`;
  const missing = readerMissing();
  if (missing) return [notAvailable(name, COMMAND, missing)];
  const dir = await blog.dir();
  const { posts, reason } = await loadBlog(dir);
  if (!posts) return [notAvailable(name, COMMAND, reason)];
  const { search } = await loadCore();
  const index = search.createSearchIndex(posts);
  const all = [];
  const byPlace = ORDINALS.map(() => []);
  const firstAfterStart = [];
  let cpuMs = 0;
  for (let session = 0; session < blog.sessions; session++) {
    const result = await typeSession(dir, posts, index, search, blog.queries);
    if (result.reason) return [notAvailable(name, COMMAND, result.reason)];
    all.push(...result.samples.flat());
    result.samples.forEach((keys) => keys.slice(0, ORDINALS.length).forEach((ms, place) => byPlace[place].push(ms)));
    firstAfterStart.push(result.samples[0][0]);
    cpuMs += result.cpuMs ?? NaN;
  }
  // Wall-clock times grow with the machine's load; the reader's own CPU time much less.
  const cpu = Number.isNaN(cpuMs) ? '' : `; the reader's CPU time per key, mean (index preparation included): ${(cpuMs / all.length).toFixed(1)} ms`;
  const note = `first key after start: ${firstAfterStart.map((ms) => ms.toFixed(0)).join(', ')} ms (among the samples)${cpu}`;
  return [
    figure(name, all, 'ms', COMMAND, { target: { p95: blog.p95 }, note }),
    ...byPlace.map((samples, place) =>
      figure(`${ORDINALS[place]} keystroke of a query (pty), ${blog.label}`, samples, 'ms', COMMAND, { target: { p95: blog.firstKeys ?? blog.p95 } }),
    ),
  ];
}

/** One reader start-up typing every query: the key times per query, or `reason`. */
async function typeSession(dir, posts, index, search, queries) {
  /** What the List must show once `query` is typed. */
  const listFor = (query) => {
    const hits = search.searchPosts(index, query);
    return { total: hits.length, top: hits[0]?.post.title };
  };
  const countOf = (n) => `${n} of ${posts.length} posts`;
  const shows =
    (prompt, { total, top }) =>
    (lines) => {
      const screen = lines.join('\n');
      if (!screen.includes(prompt)) return false;
      if (screen.includes(`${countOf(total)}`) && !screen.includes(PENDING)) return top === undefined || screen.includes(top);
      // Still indexing bodies: fewer hits, never more.
      const pending = new RegExp(`(\\d+) of ${posts.length} posts ${PENDING.replace(/[()]/g, '\\$&')}`).exec(screen);
      return pending !== null && Number(pending[1]) <= total;
    };

  const reader = startReader([dir]);
  try {
    if (!(await reader.waitFor(shows('', listFor('')), START_TIMEOUT_MS)))
      return { reason: `no List of ${posts.length} posts within ${START_TIMEOUT_MS / 1000} s` };
    const samples = [];
    const cpuBefore = cpuTimeMs(reader.pid);
    for (const query of queries) {
      await pause();
      if ((await reader.press('/', (lines) => lines.join('\n').includes('/█'))) === null) return { reason: '/ did not open the search prompt' };
      const times = [];
      for (let length = 1; length <= query.length; length++) {
        await pause();
        const typed = query.slice(0, length);
        const expected = listFor(typed);
        const elapsed = await reader.press(query[length - 1], shows(`/${typed}█`, expected), KEY_TIMEOUT_MS);
        if (elapsed === null) {
          const header = reader.lines()[0]?.trim();
          return {
            reason: `no frame showed "/${typed}" with ${countOf(expected.total)} (core) within ${KEY_TIMEOUT_MS / 1000} s; header: "${header}" (is dist/ built from src/?)`,
          };
        }
        times.push(elapsed);
      }
      samples.push(times);
      await pause();
      if ((await reader.press('\u001b', (lines) => !lines.join('\n').includes('█'))) === null) return { reason: 'Esc did not clear the search' };
    }
    return { samples, cpuMs: cpuTimeMs(reader.pid) - cpuBefore };
  } finally {
    reader.close();
  }
}

/** User plus system CPU time of a process so far (Linux /proc; NaN elsewhere). */
function cpuTimeMs(pid) {
  try {
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th, in clock ticks (100 per second).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

await runIfMain(import.meta, measure);
