// A post is identified by its path, as Hugo identifies pages: `functions/strings/title` and
// `methods/page/title` are two posts with the slug "title", which is normal and no warning.
// Only two files with the same id (`a.md` and `a.markdown`, `a.md` and `a/index.md`) collide.
import type { Post, Warning } from '../types.js';
import type { ContentFile } from './walk.js';
import { warning } from './warning.js';

const MARKDOWN_EXTENSION = /\.(md|markdown)$/i;

/** The path relative to the content folder without the extension; a leaf bundle's is its folder. */
export function postId(file: Pick<ContentFile, 'relPath' | 'bundleName'>): string {
  if (file.bundleName !== undefined) return file.relPath.slice(0, file.relPath.lastIndexOf('/'));
  return file.relPath.replace(MARKDOWN_EXTENSION, '');
}

/** The folders of an id with a trailing `/` (`posts/2024/` for `posts/2024/hello`), '' at the content root. */
export function parentFolder(id: string): string {
  return id.slice(0, id.lastIndexOf('/') + 1);
}

/**
 * The top-level section: the first folder of the id ('' for a post at the content root). In a
 * Jekyll site it is the collection: `_posts/` and `_drafts/` are `posts`, `_recipes/` is `recipes`.
 */
export function sectionKey(id: string, jekyll: boolean): string {
  const slash = id.indexOf('/');
  if (slash === -1) return '';
  const folder = id.slice(0, slash);
  if (!jekyll) return folder;
  const label = folder.replace(/^_/, '');
  return label === 'drafts' ? 'posts' : label;
}

/**
 * Gives every post a unique id, in place, in the given (path) order: a later file with an id
 * already taken is known by its path with the extension (`a.markdown`, `a/index.md`), which is
 * unique. Returns a warning per renamed post.
 */
export function makeIdsUnique(posts: readonly Post[]): Warning[] {
  const owners = new Map<string, Post>();
  const warnings: Warning[] = [];
  for (const post of posts) {
    const owner = owners.get(post.id);
    if (owner) {
      const id = post.path;
      warnings.push(warning(post.path, `same id "${post.id}" as ${owner.path}: this post's id is "${id}"`));
      post.id = id;
    }
    owners.set(post.id, post);
  }
  return warnings;
}
