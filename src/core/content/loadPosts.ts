// Loads a content folder: walk, read, parse, hide drafts/future/expired, make slugs
// unique, sort. Synchronous on purpose: sync reads are the fastest way through thousands of
// small files, and the caller needs all posts before the first frame anyway. Bodies are not
// kept: a post reads its body when first asked (postBody.ts), so with a warm parse cache a
// load only walks and stats.
import { opendirSync, realpathSync, statSync } from 'node:fs';
import { sanitizeLine } from '../sanitize.js';
import type { LoadOptions, LoadResult, Post } from '../types.js';
import { findBlogName, folderName } from './blogName.js';
import { parseContentFile, toPost, type FileParse } from './parsePost.js';
import { readContentFile, statContentFile, type FileStamp } from './readContentFile.js';
import { makeSlugsUnique } from './slug.js';
import { walkContent, type ContentFile } from './walk.js';
import { warning } from './warning.js';

/**
 * What the loader asks of a cache (loadPosts works without one). Declared here, by its user, so
 * the loader does not depend on the cache that implements it (core/cache/parseCache.ts).
 */
export interface ParseCache {
  /** The file's cached parse and the stamp it was cached at, while `currentStamp()` (taken only when there is an entry) matches. */
  lookup(relPath: string, currentStamp: () => FileStamp | undefined): { parse: FileParse; stamp: FileStamp } | undefined;
  remember(relPath: string, stamp: FileStamp, parse: FileParse): void;
}

export interface LoadPostsOptions extends LoadOptions {
  /** Parses kept from an earlier run: a file whose stamp (lstat) matches is not read. */
  cache?: ParseCache;
}

/** Loads every post under `dir`. Never throws: a folder that cannot be read sets `error`. */
export function loadPosts(dir: string, options: LoadPostsOptions = {}): LoadResult {
  const rootError = checkContentFolder(dir);
  if (rootError) return { posts: [], warnings: [], blogName: folderName(dir), error: rootError };

  // Once: every post is compared with the same "now", as ISO text.
  const nowIso = (options.now ?? new Date()).toISOString();
  const { files, warnings } = walkContent(dir, realpathSync(dir));
  const posts: Post[] = [];
  let homeTitle = '';
  for (const file of files) {
    const loaded = loadFile(file, options.cache);
    if ('reason' in loaded) {
      warnings.push(warning(file.relPath, loaded.reason));
      continue;
    }
    const { parsed, stamp } = loaded;
    if (parsed.kind === 'failed') {
      warnings.push(warning(file.relPath, parsed.reason));
    } else if (parsed.kind === 'home') {
      homeTitle = parsed.title;
    } else {
      posts.push(toPost(parsed, file.readPath, stamp, nowIso));
      warnings.push(...parsed.warnings);
    }
  }

  // Slugs are made unique in path order (the walk's), so which post keeps a slug does not
  // depend on dates; hidden posts take no slug from visible ones.
  const shown = posts.filter((post) => isShown(post, options));
  const slugWarnings = makeSlugsUnique(shown);
  const name = findBlogName(dir, homeTitle);
  return {
    posts: shown.sort(newestFirst),
    warnings: [...warnings, ...slugWarnings, ...name.warnings],
    blogName: name.blogName,
  };
}

/**
 * The file's parse and the stamp of the version parsed: from the cache while the file is
 * unchanged (a stat, no read), else read and parsed. Keyed by relPath, which also fixes how the
 * walk classified it.
 */
function loadFile(file: ContentFile, cache: ParseCache | undefined): { parsed: FileParse; stamp: FileStamp } | { reason: string } {
  const cached = cache?.lookup(file.relPath, () => statContentFile(file.readPath));
  if (cached) return { parsed: cached.parse, stamp: cached.stamp };
  const read = readContentFile(file.readPath);
  if ('reason' in read) return read;
  const parsed = parseContentFile(file, read.text);
  cache?.remember(file.relPath, read.stamp, parsed);
  return { parsed, stamp: read.stamp };
}

function isShown(post: Post, options: LoadOptions): boolean {
  return (options.drafts || !post.draft) && (options.future || !post.future) && (options.expired || !post.expired);
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
