// Posts related to a post, the way Hugo's default related-content config ranks them by tags:
// the posts sharing the most tags with it, ties broken by date (newer first). Pure.
import type { Post } from '../types.js';
import { foldText } from '../search/normalize.js';

const MAX_RELATED = 5;

type Ranked = Pick<Post, 'path' | 'tags' | 'date'>;

/** Up to `limit` posts sharing at least one tag with `post` (itself excluded), most shared first, then newer first. */
export function relatedPosts<P extends Ranked>(post: Ranked, posts: readonly P[], limit = MAX_RELATED): P[] {
  // Tags that differ only in case or accents are one tag, as in the tag filters.
  const tags = new Set(post.tags.map(foldText));
  if (tags.size === 0) return [];
  const scored = posts
    .filter((candidate) => candidate.path !== post.path)
    .map((candidate) => ({ candidate, shared: new Set(candidate.tags.map(foldText).filter((tag) => tags.has(tag))).size }))
    .filter(({ shared }) => shared > 0);
  // Array.sort is stable: posts with equal scores and dates keep the loader's order.
  scored.sort((a, b) => b.shared - a.shared || compareDatesNewestFirst(a.candidate.date, b.candidate.date));
  return scored.slice(0, limit).map(({ candidate }) => candidate);
}

/** ISO dates compare as text; undated posts come last. */
function compareDatesNewestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}
