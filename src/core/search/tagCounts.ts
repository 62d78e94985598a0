import type { Post } from '../types.js';
import { foldText } from './normalize.js';

/**
 * Every tag with its number of posts, most used first, then by name. Tags that differ only in
 * case or accents are one tag (the filters treat them so), shown with the first spelling seen.
 */
export function tagCounts(posts: readonly Post[]): { tag: string; count: number }[] {
  return countTerms(posts, (post) => post.tags);
}

/**
 * What the tag picker offers: every tag, then each other taxonomy's terms as `taxonomy:term`
 * (what a `#categories:notes` filter matches), grouped by taxonomy, each group most used first.
 */
export function facetCounts(posts: readonly Post[]): { tag: string; count: number }[] {
  const taxonomies = [...new Set(posts.flatMap((post) => Object.keys(post.taxonomies)))].sort(compareText);
  const groups = taxonomies.map((taxonomy) => countTerms(posts, (post) => (post.taxonomies[taxonomy] ?? []).map((term) => `${taxonomy}:${term}`)));
  return [...tagCounts(posts), ...groups.flat()];
}

function countTerms(posts: readonly Post[], termsOf: (post: Post) => readonly string[]): { tag: string; count: number }[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const post of posts) {
    const terms = termsOf(post);
    for (const key of new Set(terms.map(foldText))) {
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { tag: terms.find((term) => foldText(term) === key) ?? key, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || compareText(a.tag, b.tag));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
