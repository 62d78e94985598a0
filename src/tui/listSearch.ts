// The List's search, with the index built on first use: the first frame must not wait for it.
// One searcher per set of posts (the reducer asks for the one of the posts it holds), so content
// loaded again gets a new index and the reducer needs no searcher handed to it.
// Keys never wait for post bodies: until idle preparation has indexed them, a search answers
// from titles, tags, summaries and the bodies indexed so far, and says that more may come.
import { createSearchIndex, createSearcher, prepareSearchIndex, type SearchHit, type SearchIndex, type Searcher } from '../core/search/index.js';
import type { Post } from '../core/types.js';

/** Idle preparation runs in slices this long, so a key pressed meanwhile waits at most about that. */
const PREPARATION_SLICE_MS = 5;
/** While preparation runs, how often the reader hears of it, so a long one shows body matches as they come. */
const PROGRESS_INTERVAL_MS = 500;

export interface ListSearch {
  /** Best first. */
  hits: readonly SearchHit[];
  /** Bodies not indexed yet may add hits: search again once they are (see onBodiesIndexed). */
  bodiesPending: boolean;
}

export interface ListSearcher {
  /** `tags` must all match, on top of `#tag` words in the query. */
  search(query: string, tags: readonly string[]): ListSearch;
  /** Builds the index now and prepares the bodies in idle slices (called once the first frame is on screen). */
  warm(): void;
}

const searchers = new WeakMap<readonly Post[], ListSearcher>();
let bodiesIndexed: () => void = () => {};
/**
 * The index being prepared: one at a time. Posts sorted or loaded again get a new index, and the
 * one they replace stops (it starts again if it is searched again).
 */
let preparing: SearchIndex | undefined;

export function listSearcher(posts: readonly Post[]): ListSearcher {
  let searcher = searchers.get(posts);
  if (!searcher) {
    searcher = createListSearcher(posts);
    searchers.set(posts, searcher);
  }
  return searcher;
}

/**
 * `listener` is called when idle preparation has indexed more (every PROGRESS_INTERVAL_MS while
 * it runs, and when it ends), whichever posts it was for: the reader then searches again if its
 * result was pending. One listener, the reader's: a new one replaces it.
 */
export function onBodiesIndexed(listener: () => void): void {
  bodiesIndexed = listener;
}

function createListSearcher(posts: readonly Post[]): ListSearcher {
  let index: SearchIndex | undefined;
  let searcher: Searcher | undefined;
  let preparation: 'not started' | 'running' | 'done' = 'not started';
  let reportedAt = 0;
  const ready = (): Searcher => (searcher ??= createSearcher((index ??= createSearchIndex(posts)), { waitForBodies: false }));
  const prepareInSlices = (): void => {
    if (!index || preparing !== index) {
      preparation = 'not started';
      return;
    }
    const done = prepareSearchIndex(index, performance.now() + PREPARATION_SLICE_MS);
    if (done) {
      preparation = 'done';
      // Not kept alive for posts loaded again meanwhile.
      preparing = undefined;
    }
    if (done || performance.now() - reportedAt >= PROGRESS_INTERVAL_MS) {
      reportedAt = performance.now();
      bodiesIndexed();
    }
    // Unref'd: quitting while bodies are still being prepared must not wait for them. A timer,
    // not setImmediate: an unref'd immediate does not wake the event loop, so the slices would
    // only run when a key or a frame happened to (an unref'd timer still does).
    if (!done) setTimeout(prepareInSlices, 0).unref();
  };
  /** `first`: the first slice now, or after the current frame. */
  const prepare = (first: 'now' | 'soon'): void => {
    if (preparation !== 'not started') return;
    preparation = 'running';
    preparing = index;
    reportedAt = performance.now();
    if (first === 'now') prepareInSlices();
    else setTimeout(prepareInSlices, 0).unref();
  };
  return {
    search: (query, tags) => {
      const hits = ready().search(query, tags);
      const bodiesPending = searcher!.bodiesPending();
      // Posts sorted or loaded again are a new set whose index no one has warmed: its first
      // search starts the preparation, after the frame of the key that asked.
      if (bodiesPending) prepare('soon');
      return { hits, bodiesPending };
    },
    warm: () => {
      ready();
      prepare('now');
    },
  };
}
