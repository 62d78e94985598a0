// The --tag / --search selection shared by `list` and `tags`, done by the search core so the
// print commands and the interactive reader agree on what matches and in which order.
import { createSearchIndex, searchPosts } from '../core/search/index.js';
import type { Post } from '../core/types.js';
import type { CliOptions } from './args.js';

/** The posts matching every --tag and the --search query: best match first, else date order. */
export function selectPosts(posts: readonly Post[], options: Pick<CliOptions, 'tags' | 'search'>): readonly Post[] {
  if (options.search === undefined && options.tags.length === 0) return posts;
  return searchPosts(createSearchIndex(posts), options.search ?? '', options.tags).map((hit) => hit.post);
}

/** One line describing the active filters, for "nothing matched" notes. */
export function describeFilters(options: Pick<CliOptions, 'tags' | 'search'>): string {
  const parts = options.tags.map((tag) => `--tag "${tag}"`);
  if (options.search !== undefined) parts.push(`--search "${options.search}"`);
  return parts.join(' ');
}
