// Reads a site's configuration: Hugo's (hugo.toml|yaml|json, the older config.*, or the
// config/_default/ folder, where each file holds one root key) and Jekyll's _config.yml. Only
// the keys a reader needs are taken: title, contentDir, taxonomies, baseURL, cascade and Jekyll's
// collections. A config that cannot be parsed is a warning; the site is still read with defaults.
import { lstatSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import type { Warning } from '../types.js';
import { toFields, toText, type Fields } from './fields.js';
import { readContentFile } from './readContentFile.js';
import { warning } from './warning.js';

const MAX_NAME_CHARS = 100;
const MAX_TAXONOMIES = 20;
const MAX_COLLECTIONS = 50;
const MAX_PERMALINK_SECTIONS = 50;
const MAX_PATTERN_CHARS = 300;

type Parser = (text: string) => unknown;

const PARSERS: Record<string, Parser> = {
  toml: parseToml,
  yaml: (text) => yaml.safeLoad(text),
  yml: (text) => yaml.safeLoad(text),
  json: (text) => JSON.parse(text),
};
const EXTENSIONS = Object.keys(PARSERS);

/** Hugo's root config files, in the order Hugo looks for them. */
const HUGO_CONFIG_FILES = ['hugo', 'config'].flatMap((name) => EXTENSIONS.map((extension) => `${name}.${extension}`));

export interface HugoConfig {
  title: string;
  /** As written (relative to the site root), default `content`. */
  contentDir: string;
  baseURL?: string;
  /** Taxonomy plural names declared by the config, when it declares any. */
  taxonomies?: string[];
  /** The config's own `cascade` (applies to every page), unparsed. */
  cascade?: unknown;
  /** `[permalinks]`: URL patterns of regular pages by section (lowercase). */
  permalinks?: Record<string, string>;
}

export interface JekyllConfig {
  title: string;
  baseURL?: string;
  /** Declared collection labels (`posts` excluded: it is always read). */
  collections: string[];
  /** Where collection folders live, relative to the site root ('' by default). */
  collectionsDir: string;
  /** `permalink`: the posts' URL style or pattern, as written. */
  permalink?: string;
}

/** The Hugo config of the site rooted at `root`, or undefined when it has none. Warning paths are relative to `shownFrom`. */
export function readHugoConfig(root: string, shownFrom = root): { config: HugoConfig; warnings: Warning[] } | undefined {
  const warnings: Warning[] = [];
  const rootFile = HUGO_CONFIG_FILES.map((name) => join(root, name)).find(isRegularFile);
  const folder = join(root, 'config', '_default');
  const folderFiles = isFolder(folder) ? HUGO_CONFIG_FILES.map((name) => join(folder, name)).filter(isRegularFile) : [];
  if (rootFile === undefined && !isFolder(folder)) return undefined;

  // config/_default/taxonomies.toml holds the value of the `taxonomies` key, and so on.
  const byKey = (key: string): unknown => {
    for (const extension of EXTENSIONS) {
      const path = join(folder, `${key}.${extension}`);
      if (isRegularFile(path)) return readData(path, shownFrom, warnings)?.data;
    }
    return undefined;
  };
  const sources = [rootFile, ...folderFiles].filter((path): path is string => path !== undefined);
  const merged = new Map<string, unknown>();
  for (const path of sources) {
    for (const [key, value] of readData(path, shownFrom, warnings)?.fields ?? []) if (!merged.has(key)) merged.set(key, value);
  }
  const taxonomies = merged.get('taxonomies') ?? byKey('taxonomies');
  const languages = merged.get('languages') ?? byKey('languages');
  const language = toText(merged.get('defaultcontentlanguage'), 20).toLowerCase() || 'en';
  const config: HugoConfig = {
    title: toText(merged.get('title'), MAX_NAME_CHARS),
    contentDir:
      toText(merged.get('contentdir'), 300) ||
      languageContentDir(languages, language) ||
      mountedContentDir(merged.get('module') ?? byKey('module'), language) ||
      'content',
  };
  const baseURL = toText(merged.get('baseurl'), 300);
  if (baseURL !== '') config.baseURL = baseURL;
  const declared = taxonomyNames(taxonomies);
  if (declared) config.taxonomies = declared;
  const cascade = merged.get('cascade') ?? byKey('cascade');
  if (cascade !== undefined) config.cascade = cascade;
  const permalinks = permalinkPatterns(merged.get('permalinks') ?? byKey('permalinks'));
  if (permalinks) config.permalinks = permalinks;
  return { config, warnings };
}

/** The Jekyll config of the site rooted at `root` (`_config.yml`), or undefined. */
export function readJekyllConfig(root: string): { config: JekyllConfig; warnings: Warning[] } | undefined {
  const path = ['_config.yml', '_config.yaml', '_config.toml'].map((name) => join(root, name)).find(isRegularFile);
  if (path === undefined) return undefined;
  const warnings: Warning[] = [];
  const fields = readData(path, root, warnings)?.fields ?? new Map<string, unknown>();
  const collections = fields.get('collections');
  const labels = Array.isArray(collections) ? collections : isMap(collections) ? Object.keys(collections) : [];
  const config: JekyllConfig = {
    title: toText(fields.get('title'), MAX_NAME_CHARS),
    collections: labels
      .map((label) => toText(label, 100))
      .filter((label) => isSafeFolderName(label) && label !== 'posts')
      .slice(0, MAX_COLLECTIONS),
    collectionsDir: toText(fields.get('collections_dir'), 200),
  };
  const baseURL = toText(fields.get('url'), 300) + toText(fields.get('baseurl'), 300);
  if (baseURL !== '') config.baseURL = baseURL;
  const permalink = toText(fields.get('permalink'), MAX_PATTERN_CHARS);
  if (permalink !== '') config.permalink = permalink;
  return { config, warnings };
}

/**
 * `[permalinks] posts = '/:year/:slug/'`, or since Hugo 0.126 the same under `[permalinks.page]`
 * (`section`, `taxonomy` and `term` patterns name list pages, which are not posts).
 */
function permalinkPatterns(value: unknown): Record<string, string> | undefined {
  if (!isMap(value)) return undefined;
  const fields = toFields(value);
  const pages = fields.get('page');
  const entries = [...fields.entries(), ...(isMap(pages) ? toFields(pages).entries() : [])];
  const patterns: Record<string, string> = {};
  for (const [section, pattern] of entries.slice(0, MAX_PERMALINK_SECTIONS)) {
    if (typeof pattern === 'string') patterns[section.toLowerCase()] = toText(pattern, MAX_PATTERN_CHARS);
  }
  return Object.keys(patterns).length > 0 ? patterns : undefined;
}

/** A folder name taken from a config: one plain path segment, never `..` or a path. */
function isSafeFolderName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\]/.test(name);
}

/** A relative folder path taken from a config: no `..` segment, not absolute. */
export function isSafeRelativePath(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !/^[a-zA-Z]:/.test(path) && path.split(/[/\\]/).every((part) => part !== '..');
}

function readData(path: string, shownFrom: string, warnings: Warning[]): { data: unknown; fields: Fields } | undefined {
  const read = readContentFile(path);
  const shown = relative(shownFrom, path).replaceAll('\\', '/');
  if ('reason' in read) {
    warnings.push(warning(shown, read.reason));
    return undefined;
  }
  const extension = path.slice(path.lastIndexOf('.') + 1);
  let data: unknown;
  try {
    data = PARSERS[extension]!(read.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    warnings.push(warning(shown, `invalid site config (${message.split('\n', 1)[0]}): defaults used`));
    return undefined;
  }
  return { data, fields: isMap(data) ? toFields(data) : new Map() };
}

/** `taxonomies = {tag = "tags", series = "series"}`: the plural names (the front matter keys). */
function taxonomyNames(value: unknown): string[] | undefined {
  if (!isMap(value)) return undefined;
  const names = Object.values(value)
    .map((name) => toText(name, 60).toLowerCase())
    .filter((name) => /^[\p{L}\p{N}_-]+$/u.test(name));
  return [...new Set(names)].slice(0, MAX_TAXONOMIES);
}

/** A multilingual site keeps each language's pages in its own contentDir: the default language's. */
function languageContentDir(languages: unknown, wanted: string): string {
  if (!isMap(languages)) return '';
  const entries = Object.entries(languages).filter(([, settings]) => isMap(settings));
  const chosen = entries.find(([name]) => name.toLowerCase() === wanted) ?? entries[0];
  return chosen ? toText(toFields(chosen[1] as Record<string, unknown>).get('contentdir'), 300) : '';
}

/** `[[module.mounts]] source = 'content/en', target = 'content'` (Hugo's own docs): the default language's source. */
function mountedContentDir(module: unknown, language: string): string {
  if (!isMap(module)) return '';
  const mounts = toFields(module).get('mounts');
  if (!Array.isArray(mounts)) return '';
  const contentMounts = mounts.filter(isMap).map(toFields).filter((mount) => toText(mount.get('target'), 100).replace(/\/+$/, '') === 'content');
  const chosen = contentMounts.find((mount) => toText(mount.get('lang'), 20).toLowerCase() === language) ?? contentMounts.find((mount) => !mount.has('lang'));
  return chosen ? toText(chosen.get('source'), 300) : '';
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

// lstat: a config or content folder is used only when it is really there (never a FIFO, never followed).
function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** Follows symlinks: a site may link its content folder from elsewhere. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
