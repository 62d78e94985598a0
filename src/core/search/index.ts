// Fuzzy search over posts: case- and accent-insensitive, title weighted most, `#tag` filters,
// incremental so each keystroke stays within a frame (~16 ms) over 10,000 posts.
import { createSearcher, type SearchHit, type Searcher } from './searcher.js';
import type { SearchIndex } from './searchIndex.js';

export { createSearchIndex, prepareSearchIndex, type SearchIndex } from './searchIndex.js';
export { createSearcher, type SearchHit, type Searcher } from './searcher.js';
export { parseQuery, MAX_QUERY_LENGTH } from './query.js';
export { facetCounts, tagCounts } from './tagCounts.js';

// One searcher per index, so callers of the plain function get the incremental speed-up too.
const searchers = new WeakMap<SearchIndex, Searcher>();

/** Free text plus `#tag` tokens; `tags` are extra filters (all must match). Best first. */
export function searchPosts(index: SearchIndex, query: string, tags: readonly string[] = []): SearchHit[] {
  let searcher = searchers.get(index);
  if (!searcher) {
    searcher = createSearcher(index);
    searchers.set(index, searcher);
  }
  return searcher.search(query, tags);
}
