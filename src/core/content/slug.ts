// URL-safe slugs (lowercase letters, digits and `-`; non-ASCII letters kept, as Hugo keeps them)
// and the renaming of duplicates, which is reported because links by slug may then differ.
import type { Post, Warning } from '../types.js';
import { warning } from './warning.js';

export const MAX_SLUG_CHARS = 100;

/** '' when nothing usable is left. */
export function slugify(text: string): string {
  const dashed = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return Array.from(dashed).slice(0, MAX_SLUG_CHARS).join('').replace(/-+$/, '');
}

/**
 * Gives every post a unique slug, in place (the loader's own fresh posts: a copy would read
 * each lazy body): the first (in the given order) keeps it, later ones become `x-2`, `x-3`…
 * skipping any slug another post already has. Returns a warning per renamed post.
 */
export function makeSlugsUnique(posts: readonly Post[]): Warning[] {
  const taken = new Set(posts.map((post) => post.slug));
  const owners = new Map<string, Post>();
  // Where the suffix search for each base slug resumes: restarting at 2 for every duplicate
  // made 100,000 files with one name quadratic.
  const nextSuffix = new Map<string, number>();
  const warnings: Warning[] = [];
  for (const post of posts) {
    const owner = owners.get(post.slug);
    if (!owner) {
      owners.set(post.slug, post);
      continue;
    }
    let suffix = nextSuffix.get(post.slug) ?? 2;
    while (taken.has(`${post.slug}-${suffix}`)) suffix += 1;
    nextSuffix.set(post.slug, suffix + 1);
    const slug = `${post.slug}-${suffix}`;
    taken.add(slug);
    warnings.push(warning(post.path, `duplicate slug "${post.slug}" (also ${owner.path}): this post is "${slug}"`));
    post.slug = slug;
  }
  return warnings;
}
