// The List's search, with the index built on first use: the first frame must not wait for it.
import { createSearchIndex, createSearcher, type SearchHit, type Searcher } from '../core/search/index.js';
import type { Post } from '../core/types.js';

export interface ListSearcher {
  /** Best first; `tags` must all match, on top of `#tag` words in the query. */
  search(query: string, tags: readonly string[]): readonly SearchHit[];
  /** Builds the index now (called once the first frame is on screen, so the first key is fast). */
  warm(): void;
}

export function createListSearcher(posts: readonly Post[]): ListSearcher {
  let searcher: Searcher | undefined;
  const ready = (): Searcher => (searcher ??= createSearcher(createSearchIndex(posts)));
  return {
    search: (query, tags) => ready().search(query, tags),
    warm: () => void ready(),
  };
}
