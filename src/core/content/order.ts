// The orders posts can be listed in. `weight` is Hugo's default page order: weight ascending
// (0, no weight, last), then date newest first (undated last), then link title, then path.
import { SORT_ORDERS, type Post, type SortOrder } from '../types.js';

type Compare = (a: Post, b: Post) => number;

// Made on first comparison: creating a collator loads ICU data (~8 ms), which a blog whose posts
// never tie on date never needs, and `list` of a small blog would pay at every start.
let titleOrder: Intl.Collator | undefined;

const byPath: Compare = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

const byLinkTitle: Compare = (a, b) =>
  (titleOrder ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true })).compare(a.linkTitle || a.title, b.linkTitle || b.title);

const byWeight: Compare = (a, b) => {
  if (a.weight === b.weight) return 0;
  if (a.weight === 0) return 1;
  if (b.weight === 0) return -1;
  return a.weight - b.weight;
};

const newestFirst: Compare = (a, b) => {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? 1 : -1;
};

/** Each order's keys; every one ends with the path, so the order is always the same. */
const ORDERS: Record<SortOrder, readonly Compare[]> = {
  weight: [byWeight, newestFirst, byLinkTitle, byPath],
  date: [newestFirst, byLinkTitle, byPath],
  title: [byLinkTitle, newestFirst, byPath],
  path: [byPath],
};

function comparePosts(order: SortOrder): Compare {
  const keys = ORDERS[order];
  return (a, b) => {
    for (const key of keys) {
      const result = key(a, b);
      if (result !== 0) return result;
    }
    return 0;
  };
}

/** A sorted copy. */
export function sortPosts<P extends Post>(posts: readonly P[], order: SortOrder): P[] {
  return [...posts].sort(comparePosts(order));
}

/** The order after `order`, round the list (the reader's sort key cycles them). */
export function nextSortOrder(order: SortOrder): SortOrder {
  return SORT_ORDERS[(SORT_ORDERS.indexOf(order) + 1) % SORT_ORDERS.length]!;
}
