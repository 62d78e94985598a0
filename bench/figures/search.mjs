// Figure 2: search latency per keystroke over 10,000 posts, in process, typing each query one
// key at a time as the List's search prompt does (Esc clears between queries).
import { generatedBlog, loadBlog } from '../lib/blogs.mjs';
import { loadCore } from '../lib/core.mjs';
import { figure, notAvailable, runIfMain } from '../lib/stats.mjs';

const COMMAND = 'node bench/figures/search.mjs';
const SESSIONS = 3;
// Title words, a tag, body-only words, typos, two words, nonsense: 1–12 characters each.
const QUERIES = ['scalable', 'compiler', '#rust data', 'throughput', 'pipeline lat', 'debuging', 'schedlr', 'cafe', 'resume queue', 'zzzz', 'kernel tips', 'memory'];

export async function measure() {
  const { posts, reason } = await loadBlog(await generatedBlog(10_000));
  if (!posts) return [notAvailable('search keystroke, 10k posts', COMMAND, reason), keystrokeToScreen()];
  const { search } = await loadCore();
  const cold = [];
  const warm = [];
  for (let session = 0; session < SESSIONS; session++) {
    const index = search.createSearchIndex(posts);
    const searcher = search.createSearcher(index);
    let first = true;
    for (const query of QUERIES) {
      searcher.search('');
      for (let length = 1; length <= query.length; length++) {
        const start = performance.now();
        searcher.search(query.slice(0, length));
        (first ? cold : warm).push(performance.now() - start);
        first = false;
      }
    }
  }
  return [
    figure('search keystroke, 10k posts', warm, 'ms', COMMAND),
    figure('search first keystroke (prepares bodies), 10k posts', cold, 'ms', COMMAND),
    keystrokeToScreen(),
  ];
}

function keystrokeToScreen() {
  return notAvailable('search keystroke-to-screen (pty), 10k posts', COMMAND, 'needs the TUI search prompt; pty driver in bench/lib/pty.mjs');
}

await runIfMain(import.meta, measure);
