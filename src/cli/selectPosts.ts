// The --section / --tag / --search selection shared by `list` and `tags`, done by the search
// core so the print commands and the interactive reader agree on what matches and in which order.
// The search core (fuse.js) is imported only when a filter asks for it: a plain `list` skips it.
import { inSection } from '../core/content/sections.js';
import type { Post, Section } from '../core/types.js';
import type { CliOptions } from './args.js';

type Filters = Pick<CliOptions, 'tags' | 'search' | 'section'>;

/** The posts in --section matching every --tag and the --search query: best match first, else the loader's order. */
export async function selectPosts(posts: readonly Post[], options: Filters, sections: readonly Section[] = []): Promise<readonly Post[]> {
  const { section } = options;
  const inChosenSection = section === undefined ? posts : posts.filter((post) => inSection(post, section, sections));
  if (options.search === undefined && options.tags.length === 0) return inChosenSection;
  const { createSearchIndex, searchPosts } = await import('../core/search/index.js');
  return searchPosts(createSearchIndex(inChosenSection), options.search ?? '', options.tags).map((hit) => hit.post);
}

/** One line describing the active filters, for "nothing matched" notes. */
export function describeFilters(options: Filters): string {
  const parts = options.section === undefined ? [] : [`--section "${options.section}"`];
  for (const tag of options.tags) parts.push(`--tag "${tag}"`);
  if (options.search !== undefined) parts.push(`--search "${options.search}"`);
  return parts.join(' ');
}
