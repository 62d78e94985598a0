// STUB: replaced by the search work.
import type { Post } from '../types.js';

export interface SearchHit {
  post: Post;
  /** 0 = perfect match; larger is worse. */
  score: number;
  /** [start, end) UTF-16 index ranges in post.title that matched the query, for highlighting. */
  titleRanges: [number, number][];
}

export interface SearchIndex {
  posts: readonly Post[];
}

export interface ParsedQuery {
  text: string;
  tags: string[];
}

export function createSearchIndex(posts: readonly Post[]): SearchIndex {
  return { posts };
}

/** Free text plus `#tag` tokens; `tags` are extra filters (all must match). Best first. */
export function searchPosts(index: SearchIndex, query: string, tags: readonly string[] = []): SearchHit[] {
  void query;
  void tags;
  return index.posts.map((post) => ({ post, score: 0, titleRanges: [] }));
}

export function parseQuery(query: string): ParsedQuery {
  return { text: query, tags: [] };
}

/** Every tag with its number of posts, most used first, then by name. */
export function tagCounts(posts: readonly Post[]): { tag: string; count: number }[] {
  void posts;
  return [];
}
