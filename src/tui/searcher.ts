// The List's search, with the index built on first use: the first frame must not wait for it.
import { createSearchIndex, createSearcher, prepareSearchIndex, type SearchHit, type SearchIndex, type Searcher } from '../core/search/index.js';
import type { Post } from '../core/types.js';

/** Idle preparation runs in slices this long, so a key pressed meanwhile waits at most about that. */
const PREPARATION_SLICE_MS = 5;

export interface ListSearcher {
  /** Best first; `tags` must all match, on top of `#tag` words in the query. */
  search(query: string, tags: readonly string[]): readonly SearchHit[];
  /** Whether the last search's hits may still grow (see warm's `onPrepared`). */
  bodiesPending(): boolean;
  /** Builds the index now and prepares the bodies in idle slices (called once the first frame is on screen); then calls `onPrepared`. */
  warm(onPrepared?: () => void): void;
}

/**
 * `waitForBodies: false` (the reader's): a key never waits for bodies to be read; until they are
 * indexed, a search lacks their body-only matches (bodiesPending) and is to be run again once
 * warm's `onPrepared` is called.
 */
export function createListSearcher(posts: readonly Post[], { waitForBodies = true }: { waitForBodies?: boolean } = {}): ListSearcher {
  let index: SearchIndex | undefined;
  let searcher: Searcher | undefined;
  const ready = (): Searcher => (searcher ??= createSearcher((index ??= createSearchIndex(posts)), { waitForBodies }));
  const prepareInSlices = (onPrepared: () => void): void => {
    if (!index) return;
    if (prepareSearchIndex(index, performance.now() + PREPARATION_SLICE_MS)) onPrepared();
    // Unref'd: quitting while bodies are still being prepared must not wait for them. A timer,
    // not setImmediate: an unref'd immediate does not wake the event loop, so the slices would
    // only run when a key or a frame happened to (an unref'd timer still does).
    else setTimeout(() => prepareInSlices(onPrepared), 0).unref();
  };
  return {
    search: (query, tags) => ready().search(query, tags),
    bodiesPending: () => searcher?.bodiesPending() ?? false,
    warm: (onPrepared = () => {}) => {
      ready();
      prepareInSlices(onPrepared);
    },
  };
}
