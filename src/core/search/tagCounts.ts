import type { Post } from '../types.js';
import { foldText } from './normalize.js';

/**
 * Every tag with its number of posts, most used first, then by name. Tags that differ only in
 * case or accents are one tag (the filters treat them so), shown with the first spelling seen.
 */
export function tagCounts(posts: readonly Post[]): { tag: string; count: number }[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const post of posts) {
    for (const key of new Set(post.tags.map(foldText))) {
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { tag: post.tags.find((tag) => foldText(tag) === key) ?? key, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || compareText(a.tag, b.tag));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
