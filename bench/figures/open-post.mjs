// Figure 3: opening a post, and scrolling the largest one. In process: renderPost at 100 columns.
// In the pseudo-terminal (bench/lib/ptySession.mjs), the built reader over 1,000 posts plus the
// two articles of bench/lib/blogs.mjs (5 KB, and 2 MB, the largest allowed):
// - open: from writing Enter on the article's List row to the end of the first frame showing the
//   body's first sentence (the List never shows it). Posts over 64K characters render on a
//   worker thread (src/core/render/worker), so the 2 MB time includes starting it.
// - scroll: from writing j (one line) or Space (one page) to the end of the first frame whose body
//   rows differ from those before the key. Timed once the whole post is rendered: while the worker
//   still renders, its CPU and the partial results it sends (every 500 ms) cost ~35 ms per key on
//   2 cores, which measures the rendering, not scrolling (the first frames are the open figure's).
import { ARTICLES, articleBlog, loadBlog } from '../lib/blogs.mjs';
import { loadCore } from '../lib/core.mjs';
import { ROWS } from '../lib/pty.mjs';
import { pause, readerMissing, startReader } from '../lib/ptySession.mjs';
import { figure, notAvailable, runIfMain } from '../lib/stats.mjs';

const COMMAND = 'node bench/figures/open-post.mjs';
const [SMALL, LARGE] = ARTICLES;
/** Reader start-ups for the first-open figure; each also reopens the post REOPENS times. */
const SMALL_SESSIONS = 20;
const REOPENS = 2;
/** Reader start-ups for the 2 MB post, each opening it LARGE_OPENS times then scrolling it. */
const LARGE_SESSIONS = 2;
const LARGE_OPENS = 10;
const SCROLL_KEYS = 10;
const START_TIMEOUT_MS = 30_000;
// The renderer's own limit is 5 s (RENDER_TIMEOUT_MS), after which the post shows as plain text.
const OPEN_TIMEOUT_MS = 15_000;

const showsText = (text) => (lines) => lines.some((line) => line.includes(text));
/** The List with the article selected: its summary is shown under the list. */
const listSelects = (article) => showsText(article.summary);
const bodyShows = (article) => showsText(article.firstSentence);
/** The Post screen's body rows: between the header row and the footer row (then a spare row; src/tui/layout.ts). */
const bodyRows = (lines) => lines.slice(1, ROWS - 2).join('\n');
// The renderer's fallback notice (src/core/render/plainText.ts), shown in the footer.
const PLAIN_TEXT_NOTICE = /Shown as plain text[^.]*\./;
// The footer's progress while a large post is still rendering (src/tui/post/PostFooter.tsx).
const RENDERING_PROGRESS = /rendering… \d+%/;
const renderingDone = (lines) => !lines.some((line) => RENDERING_PROGRESS.test(line));

const kilobytes = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
const megabytes = (text) => `${(Buffer.byteLength(text) / 1048576).toFixed(2)} MB`;

export async function measure() {
  const dir = await articleBlog();
  const { posts, reason } = await loadBlog(dir);
  if (!posts) return [notAvailable('open post, 5 KB / 2 MB', COMMAND, reason)];
  const [small, large] = ARTICLES.map((article) => posts.find((post) => post.slug === article.slug));
  if (!small || !large)
    return [notAvailable('open post, 5 KB / 2 MB', COMMAND, `the loader did not return ${ARTICLES.map((article) => article.slug).join(' and ')}`)];
  const labels = { small: kilobytes(small.body), large: megabytes(large.body) };
  return [
    ...(await renderRows(posts, [
      { post: small, label: labels.small, runs: 30 },
      // 20 runs, the bench's minimum per figure: rendering 2 MB can take seconds.
      { post: large, label: labels.large, runs: 20 },
    ])),
    ...(await smallOpenRows(dir, labels.small)),
    ...(await largeRows(dir, labels.large)),
  ];
}

async function renderRows(posts, articles) {
  const { render } = await loadCore();
  return articles.map(({ post, label, runs }) => {
    const samples = [];
    let notice;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      notice = render.renderPost(post, { width: 100, color: true, posts }).notice;
      samples.push(performance.now() - start);
    }
    return figure(`open post (renderPost), ${label}`, samples, 'ms', COMMAND, notice ? { note: notice } : {});
  });
}

/**
 * One reader session: waits for the List with `article` selected (the 5 KB one is the first
 * row), opens it `opens` times (Esc back between), then hands the open post to `whileOpen`.
 * Returns the open times, or `reason` when something never showed on screen.
 */
async function openSession(dir, article, opens, whileOpen = async () => {}) {
  const reader = startReader([dir]);
  const failed = (what) => ({ reason: `${what}; screen: "${reader.lines().find((line) => line.trim()) ?? ''}"` });
  try {
    if (!(await reader.waitFor(listSelects(SMALL), START_TIMEOUT_MS))) return failed(`no List within ${START_TIMEOUT_MS / 1000} s`);
    if (article !== SMALL && (await reader.press('j', listSelects(article))) === null) return failed(`j did not select "${article.title}"`);
    const times = [];
    for (let open = 0; open < opens; open++) {
      if (open > 0 && (await reader.press('\u001b', listSelects(article))) === null) return failed('Esc did not go back to the List');
      await pause();
      const elapsed = await reader.press('\r', bodyShows(article), OPEN_TIMEOUT_MS);
      if (elapsed === null) return failed(`the body of "${article.title}" was not on screen ${OPEN_TIMEOUT_MS / 1000} s after Enter`);
      times.push(elapsed);
      await pause();
    }
    const notice = reader.lines().join('\n').match(PLAIN_TEXT_NOTICE)?.[0];
    return { times, notice, ...(await whileOpen(reader)) };
  } finally {
    reader.close();
  }
}

async function smallOpenRows(dir, label) {
  const names = [`open post (pty), ${label}, first open after start`, `open post (pty), ${label}, reopened`];
  const missing = readerMissing();
  if (missing) return names.map((name) => notAvailable(name, COMMAND, missing));
  const firstTimes = [];
  const reopenTimes = [];
  for (let session = 0; session < SMALL_SESSIONS; session++) {
    const { times, reason } = await openSession(dir, SMALL, 1 + REOPENS);
    if (reason) return names.map((name) => notAvailable(name, COMMAND, reason));
    firstTimes.push(times[0]);
    reopenTimes.push(...times.slice(1));
  }
  return [figure(names[0], firstTimes, 'ms', COMMAND), figure(names[1], reopenTimes, 'ms', COMMAND)];
}

async function largeRows(dir, label) {
  const names = [`open post (pty), ${label}`, `scroll j (pty), ${label} post`, `page Space (pty), ${label} post`];
  const missing = readerMissing();
  if (missing) return names.map((name) => notAvailable(name, COMMAND, missing));
  const openTimes = [];
  const scrollTimes = { j: [], ' ': [] };
  let notice;
  for (let session = 0; session < LARGE_SESSIONS; session++) {
    const result = await openSession(dir, LARGE, LARGE_OPENS, scroll);
    if (result.reason) return names.map((name) => notAvailable(name, COMMAND, result.reason));
    openTimes.push(...result.times);
    scrollTimes.j.push(...result.j);
    scrollTimes[' '].push(...result[' ']);
    notice ??= result.notice;
  }
  return [
    figure(names[0], openTimes, 'ms', COMMAND, notice ? { note: `the reader showed "${notice}"` } : {}),
    figure(names[1], scrollTimes.j, 'ms', COMMAND),
    figure(names[2], scrollTimes[' '], 'ms', COMMAND),
  ];
}

/** SCROLL_KEYS presses of j, then of Space, in the open post once fully rendered: their times, or `reason`. */
async function scroll(reader) {
  if (!(await reader.waitFor(renderingDone, OPEN_TIMEOUT_MS)))
    return { reason: `the post was still rendering ${OPEN_TIMEOUT_MS / 1000} s after it opened` };
  const times = {};
  for (const key of ['j', ' ']) {
    times[key] = [];
    for (let press = 0; press < SCROLL_KEYS; press++) {
      const before = bodyRows(reader.lines());
      const elapsed = await reader.press(key, (lines) => bodyRows(lines) !== before);
      if (elapsed === null) return { reason: `${key === ' ' ? 'Space' : key} did not scroll the post` };
      times[key].push(elapsed);
      await pause();
    }
  }
  return times;
}

await runIfMain(import.meta, measure);
