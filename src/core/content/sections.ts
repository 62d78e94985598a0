// The top-level sections of the posts listed: each titled by its `_index.md`, else by its
// folder name made readable.
import type { Post, Section } from '../types.js';
import { readableName } from './title.js';

/** The sections the posts are in, by key; `titles` holds `_index.md` titles by section key. */
export function listSections(posts: readonly Post[], titles: ReadonlyMap<string, string>): Section[] {
  const keys = [...new Set(posts.map((post) => post.section))].filter((key) => key !== '').sort();
  return keys.map((key) => ({ key, title: titles.get(key) || readableName(key) }));
}

/** Whether `post` is in the section named `name` (its key or title, case ignored). */
export function inSection(post: Pick<Post, 'section'>, name: string, sections: readonly Section[]): boolean {
  const wanted = name.trim().toLowerCase();
  if (post.section.toLowerCase() === wanted) return true;
  const section = sections.find((candidate) => candidate.key === post.section);
  return section !== undefined && section.title.toLowerCase() === wanted;
}
