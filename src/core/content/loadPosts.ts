// Loads a content folder (SPEC §3): walk, read, parse, hide drafts/future/expired, make slugs
// unique, sort. Synchronous on purpose: sync reads are the fastest way through thousands of
// small files, and the caller needs all posts before the first frame anyway.
import { opendirSync, realpathSync, statSync } from 'node:fs';
import { sanitizeLine } from '../sanitize.js';
import type { LoadOptions, LoadResult, Post } from '../types.js';
import { findBlogName, folderName } from './blogName.js';
import { parsePost, parseSectionTitle } from './parsePost.js';
import { readContentFile } from './readContentFile.js';
import { withUniqueSlugs } from './slug.js';
import { walkContent } from './walk.js';
import { warning } from './warning.js';

const ROOT_SECTION = /^_index\.(md|markdown)$/i;

/** Loads every post under `dir`. Never throws: a folder that cannot be read sets `error`. */
export function loadPosts(dir: string, options: LoadOptions = {}): LoadResult {
  const rootError = checkContentFolder(dir);
  if (rootError) return { posts: [], warnings: [], blogName: folderName(dir), error: rootError };

  const now = options.now ?? new Date();
  const { files, warnings } = walkContent(dir, realpathSync(dir));
  const posts: Post[] = [];
  let sectionTitle = '';
  for (const file of files) {
    // Only the root section page matters (it names the blog): other _index.md files are not read.
    const isRootSection = file.kind === 'section' && ROOT_SECTION.test(file.relPath);
    if (file.kind === 'section' && !isRootSection) continue;
    const read = readContentFile(file.readPath);
    if ('reason' in read) {
      warnings.push(warning(file.relPath, read.reason));
      continue;
    }
    const parsed = isRootSection ? parseSectionTitle(read.text) : parsePost(file, read.text, now);
    if ('reason' in parsed) warnings.push(warning(file.relPath, parsed.reason));
    else if ('title' in parsed) sectionTitle = parsed.title;
    else {
      posts.push(parsed.post);
      warnings.push(...parsed.warnings);
    }
  }

  const visible = posts.filter(
    (post) => (options.drafts || !post.draft) && (options.future || !post.future) && (options.expired || !post.expired),
  );
  // Slugs are made unique in path order (the walk's), so which post keeps a slug does not
  // depend on dates.
  const unique = withUniqueSlugs(visible);
  const name = findBlogName(dir, sectionTitle);
  return {
    posts: unique.posts.sort(newestFirst),
    warnings: [...warnings, ...unique.warnings, ...name.warnings],
    blogName: name.blogName,
  };
}

/** A one-line reason (with what to do) when `dir` is not a readable folder. */
function checkContentFolder(dir: string): string | undefined {
  const shown = `"${sanitizeLine(dir, 200)}"`;
  try {
    if (!statSync(dir).isDirectory()) return `${shown} is not a folder: pass the folder that holds the Markdown posts`;
    // Opening the folder is the real permission check (access() says yes to root for anything).
    opendirSync(dir).closeSync();
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return `${shown} does not exist: pass a folder of Markdown posts`;
    if (code === 'EACCES' || code === 'EPERM') return `cannot read ${shown}: permission denied; check its permissions`;
    return `cannot read ${shown} (${code ?? 'unknown error'})`;
  }
}

const titleOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Newest first, undated last; ties by title, then path, so the order is always the same. */
function newestFirst(a: Post, b: Post): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return titleOrder.compare(a.title, b.title) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
