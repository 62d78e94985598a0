// Figure 2: search latency per keystroke over 10,000 posts, in process, typing each query one
// key at a time as the List's search prompt does (Esc clears between queries). Like the TUI
// (src/tui/listSearch.ts), the index is built and then prepared in idle slices; what a reader who
// types at once pays before that preparation is reported too (as in the reader, such keys do not
// wait for bodies: their body matches come once the bodies are indexed).
import { generatedBlog, loadBlog } from '../lib/blogs.mjs';
import { loadCore } from '../lib/core.mjs';
import { figure, notAvailable, runIfMain } from '../lib/stats.mjs';

const COMMAND = 'node bench/figures/search.mjs';
const SESSIONS = 3;
/** As PREPARATION_SLICE_MS in src/tui/listSearch.ts. */
const SLICE_MS = 5;
// Title words, a tag, body-only words, typos, two words, nonsense: 1–12 characters each.
const QUERIES = [
  'scalable',
  'compiler',
  '#rust data',
  'throughput',
  'pipeline lat',
  'debuging',
  'schedlr',
  'cafe',
  'resume queue',
  'zzzz',
  'kernel tips',
  'memory',
];
/** Typed before the idle preparation: body words, so bodies are needed at once. */
const EARLY_QUERY = 'pipeline lat';

function typeQuery(searcher, query, samples) {
  searcher.search('');
  for (let length = 1; length <= query.length; length++) {
    const start = performance.now();
    searcher.search(query.slice(0, length));
    samples.push(performance.now() - start);
  }
}

export async function measure() {
  const { posts, reason } = await loadBlog(await generatedBlog(10_000));
  if (!posts) return [notAvailable('search keystroke, 10k posts', COMMAND, reason)];
  const { search } = await loadCore();
  const first = [];
  const early = [];
  const warm = [];
  const preparation = [];
  const slices = [];
  for (let session = 0; session < SESSIONS; session++) {
    const index = search.createSearchIndex(posts);
    const earlySamples = [];
    typeQuery(search.createSearcher(index, { waitForBodies: false }), EARLY_QUERY, earlySamples);
    first.push(earlySamples[0]);
    early.push(...earlySamples);
    // Then the List sits idle and the index is prepared in slices, as in the TUI.
    const start = performance.now();
    for (let done = false; !done;) {
      const sliceStart = performance.now();
      done = search.prepareSearchIndex(index, sliceStart + SLICE_MS);
      slices.push(performance.now() - sliceStart);
    }
    preparation.push(performance.now() - start);
    const searcher = search.createSearcher(index, { waitForBodies: false });
    for (const query of QUERIES) typeQuery(searcher, query, warm);
  }
  return [
    figure('search keystroke, 10k posts', warm, 'ms', COMMAND, { target: { p95: 16 } }),
    figure('search first keystroke (before idle preparation), 10k posts', first, 'ms', COMMAND),
    figure(`search keystrokes typed before idle preparation ("${EARLY_QUERY}"), 10k posts`, early, 'ms', COMMAND),
    figure('search idle preparation in total, 10k posts', preparation, 'ms', COMMAND),
    figure(`search idle preparation slice (${SLICE_MS} ms budget), 10k posts`, slices, 'ms', COMMAND),
  ];
}

await runIfMain(import.meta, measure);
