// Figure 2b: search keystroke-to-screen over 10,000 posts, in the built reader in a
// pseudo-terminal (bench/lib/ptySession.mjs). Each query is typed one key at a time after `/`
// (Esc clears between queries). A key's time runs from writing it to the end of the first
// complete frame that shows both its effect on the prompt (`/<query so far>█`) and the list
// updated for it: the header's "N of 10000 posts" and the top row's title equal what the core's
// searchPosts returns for that query in this process.
import { generatedBlog, loadBlog } from '../lib/blogs.mjs';
import { loadCore } from '../lib/core.mjs';
import { pause, readerMissing, startReader } from '../lib/ptySession.mjs';
import { figure, notAvailable, runIfMain } from '../lib/stats.mjs';

const COMMAND = 'node bench/figures/keys.mjs';
const NAME = 'search keystroke-to-screen (pty), 10k posts';
// A body-only word, a title-and-body word, a tag filter with a word: 30 keys.
const QUERIES = ['pipeline', 'throughput', '#rust kernel'];
const START_TIMEOUT_MS = 60_000;
const KEY_TIMEOUT_MS = 10_000;

export async function measure() {
  const missing = readerMissing();
  if (missing) return [notAvailable(NAME, COMMAND, missing)];
  const dir = await generatedBlog(10_000);
  const { posts, reason } = await loadBlog(dir);
  if (!posts) return [notAvailable(NAME, COMMAND, reason)];
  const { search } = await loadCore();
  const index = search.createSearchIndex(posts);
  /** What the List must show once `query` is typed. */
  const listFor = (query) => {
    const hits = search.searchPosts(index, query);
    return { count: `${hits.length} of ${posts.length} posts`, top: hits[0]?.post.title };
  };
  const shows =
    (prompt, { count, top }) =>
    (lines) => {
      const screen = lines.join('\n');
      return screen.includes(prompt) && screen.includes(count) && (top === undefined || screen.includes(top));
    };

  const reader = startReader([dir]);
  try {
    if (!(await reader.waitFor(shows('', listFor('')), START_TIMEOUT_MS)))
      return [notAvailable(NAME, COMMAND, `no List of ${posts.length} posts within ${START_TIMEOUT_MS / 1000} s`)];
    const samples = [];
    let firstKeyMs;
    for (const query of QUERIES) {
      await pause();
      if ((await reader.press('/', shows('/█', listFor('')))) === null) return [notAvailable(NAME, COMMAND, '/ did not open the search prompt')];
      for (let length = 1; length <= query.length; length++) {
        await pause();
        const typed = query.slice(0, length);
        const expected = listFor(typed);
        const elapsed = await reader.press(query[length - 1], shows(`/${typed}█`, expected), KEY_TIMEOUT_MS);
        if (elapsed === null) {
          const header = reader.lines()[0]?.trim();
          return [
            notAvailable(
              NAME,
              COMMAND,
              `no frame showed "/${typed}" with ${expected.count} (core) within ${KEY_TIMEOUT_MS / 1000} s; header: "${header}" (is dist/ built from src/?)`,
            ),
          ];
        }
        // The first key after start may also wait for the index the reader builds once its first
        // frame is up (src/tui/listSearch.ts warm): reported apart, not a sample.
        if (firstKeyMs === undefined) firstKeyMs = elapsed;
        else samples.push(elapsed);
      }
      await pause();
      if ((await reader.press('\u001b', (lines) => !lines.join('\n').includes('█'))) === null)
        return [notAvailable(NAME, COMMAND, 'Esc did not clear the search')];
    }
    return [
      figure(NAME, samples, 'ms', COMMAND, {
        firstKeyMs,
        note: `first key after start (index may still be building): ${firstKeyMs.toFixed(0)} ms, not among the samples`,
      }),
    ];
  } finally {
    reader.close();
  }
}

await runIfMain(import.meta, measure);
