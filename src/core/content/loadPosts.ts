// Loads a folder: find what to read (a Hugo or Jekyll site, or any folder), walk, read, parse,
// apply Hugo's build options and cascade, hide drafts/future/expired, make ids unique, sort.
// Synchronous on purpose: sync reads are the fastest way through thousands of small files, and
// the caller needs all posts before the first frame anyway. Bodies are not kept: a post reads
// its body when first asked (postBody.ts), so with a warm parse cache a load only walks and stats.
import { opendirSync, realpathSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { sanitizeLine } from '../sanitize.js';
import type { LoadOptions, LoadResult, Post, Warning } from '../types.js';
import { cascadeRules, effectiveBuild, type CascadeRule } from './build.js';
import { makeIdsUnique } from './identity.js';
import { sortPosts } from './order.js';
import { parseContentFile, settingsKey, toPost, type FileParse, type ParsedPost, type ParseSettings } from './parsePost.js';
import { readContentFile, statContentFile, type FileStamp } from './readContentFile.js';
import { listSections } from './sections.js';
import { detectSite } from './site.js';
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

const MAX_NAME_CHARS = 100;

/** Loads every post under `dir`. Never throws: a folder that cannot be read sets `error`. */
export function loadPosts(dir: string, options: LoadPostsOptions = {}): LoadResult {
  const rootError = checkContentFolder(dir);
  if (rootError) return failed(dir, rootError);
  const layout = detectSite(dir);
  const contentError = layout.contentRoot === dir ? undefined : checkContentFolder(layout.contentRoot);
  if (contentError) return failed(dir, contentError);

  // Once: every post is compared with the same "now", as ISO text.
  const nowIso = (options.now ?? new Date()).toISOString();
  const settings: ParseSettings = { taxonomies: layout.info.taxonomies, jekyll: layout.info.kind === 'jekyll' };
  const walked = walkContent(layout.contentRoot, realpathSync(layout.contentRoot), { starts: layout.walkRoots, bundles: layout.hugo });
  const warnings: Warning[] = walked.warnings.map((skipped) => ({ ...skipped, skipped: true }));
  const posts: { post: Post; parsed: ParsedPost }[] = [];
  const sectionTitles = new Map<string, string>();
  // Cascades by the folder of their `_index.md` ('' is the home page).
  const cascades = new Map<string, CascadeRule[]>();
  let homeTitle = '';
  for (const file of walked.files) {
    const loaded = loadFile(file, settings, options.cache);
    if ('reason' in loaded) {
      warnings.push({ ...warning(file.relPath, loaded.reason), skipped: true });
      continue;
    }
    const { parsed, stamp } = loaded;
    if (parsed.kind === 'failed') {
      warnings.push({ ...warning(file.relPath, parsed.reason), skipped: true });
    } else if (parsed.kind === 'post') {
      posts.push({ post: toPost(parsed, file.readPath, stamp, nowIso), parsed });
      warnings.push(...parsed.warnings);
    } else {
      const folder = folderOf(file.relPath);
      if (parsed.kind === 'home') homeTitle = parsed.title;
      else if (!folder.includes('/')) sectionTitles.set(folder, parsed.title);
      if (parsed.cascade.length > 0) cascades.set(folder, parsed.cascade);
    }
  }
  // Ids are made unique in path order (the walk's), over every post, so an id does not
  // depend on dates or on which posts --drafts shows.
  warnings.push(...makeIdsUnique(posts.map(({ post }) => post)));

  const configCascade = layout.cascade === undefined ? [] : cascadeRules(layout.cascade);
  const listed: Post[] = [];
  const unlisted: Post[] = [];
  for (const { post, parsed } of posts) {
    if (!isShown(post, options)) continue;
    const build = effectiveBuild(post.id, parsed.build, cascadesAbove(post.id, cascades, configCascade));
    // `render: never`: no page of its own, so nothing to read or link to.
    if (build.render === 'never') continue;
    (build.list === 'never' ? unlisted : listed).push(post);
  }
  const order = options.sort ?? 'weight';
  return {
    posts: sortPosts(listed, order),
    unlisted: sortPosts(unlisted, order),
    warnings: [...layout.warnings, ...warnings],
    blogName: sanitizeLine(homeTitle, MAX_NAME_CHARS) || layout.title || folderName(dir),
    sections: listSections(listed, sectionTitles),
    site: layout.info,
    order,
  };
}

function failed(dir: string, error: string): LoadResult {
  return {
    posts: [],
    unlisted: [],
    warnings: [],
    blogName: folderName(dir),
    sections: [],
    site: { kind: 'folder', contentLabel: '', taxonomies: [] },
    order: 'weight',
    error,
  };
}

function folderName(dir: string): string {
  return sanitizeLine(basename(resolve(dir)), MAX_NAME_CHARS) || 'blog';
}

function folderOf(relPath: string): string {
  const slash = relPath.lastIndexOf('/');
  return slash === -1 ? '' : relPath.slice(0, slash);
}

/** The cascades that reach the post `id`, nearest first: its folders' `_index.md`, up to the home page, then the site config's. */
function cascadesAbove(id: string, cascades: ReadonlyMap<string, CascadeRule[]>, configCascade: CascadeRule[]): CascadeRule[][] {
  const chain: CascadeRule[][] = [];
  if (cascades.size > 0) {
    for (let folder = folderOf(id); ; folder = folderOf(folder)) {
      const rules = cascades.get(folder);
      if (rules) chain.push(rules);
      if (folder === '') break;
    }
  }
  if (configCascade.length > 0) chain.push(configCascade);
  return chain;
}

/**
 * The file's parse and the stamp of the version parsed: from the cache while the file is
 * unchanged (a stat, no read) and was parsed with the same settings, else read and parsed.
 * Keyed by relPath, which also fixes how the walk classified it.
 */
function loadFile(file: ContentFile, settings: ParseSettings, cache: ParseCache | undefined): { parsed: FileParse; stamp: FileStamp } | { reason: string } {
  const cached = cache?.lookup(file.relPath, () => statContentFile(file.readPath));
  if (cached && (cached.parse.kind !== 'post' || cached.parse.settings === settingsKey(settings))) return { parsed: cached.parse, stamp: cached.stamp };
  const read = readContentFile(file.readPath);
  if ('reason' in read) return read;
  const parsed = parseContentFile(file, read.text, settings);
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
