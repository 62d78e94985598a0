// The List's search, with the index built on first use: the first frame must not wait for it.
// One searcher per set of posts (the reducer asks for the one of the posts it holds), so content
// loaded again gets a new index and the reducer needs no searcher handed to it.
import { createSearchIndex, createSearcher, prepareSearchIndex, type SearchHit, type SearchIndex, type Searcher } from '../core/search/index.js';
import type { Post } from '../core/types.js';

/** Idle preparation runs in slices this long, so a key pressed meanwhile waits at most about that. */
const PREPARATION_SLICE_MS = 5;

export interface ListSearcher {
  /** Best first; `tags` must all match, on top of `#tag` words in the query. */
  search(query: string, tags: readonly string[]): readonly SearchHit[];
  /** Builds the index now and prepares the bodies in idle slices (called once the first frame is on screen). */
  warm(): void;
}

const searchers = new WeakMap<readonly Post[], ListSearcher>();

export function listSearcher(posts: readonly Post[]): ListSearcher {
  let searcher = searchers.get(posts);
  if (!searcher) {
    searcher = createListSearcher(posts);
    searchers.set(posts, searcher);
  }
  return searcher;
}

function createListSearcher(posts: readonly Post[]): ListSearcher {
  let index: SearchIndex | undefined;
  let searcher: Searcher | undefined;
  const ready = (): Searcher => (searcher ??= createSearcher((index ??= createSearchIndex(posts))));
  const prepareInSlices = (): void => {
    // Unref'd: quitting while bodies are still being prepared must not wait for them. A timer,
    // not setImmediate: an unref'd immediate does not wake the event loop, so the slices would
    // only run when a key or a frame happened to (an unref'd timer still does).
    if (index && !prepareSearchIndex(index, performance.now() + PREPARATION_SLICE_MS)) setTimeout(prepareInSlices, 0).unref();
  };
  return {
    search: (query, tags) => ready().search(query, tags),
    warm: () => {
      ready();
      prepareInSlices();
    },
  };
}
