// What folder to read when given a folder: a Hugo site's root (its config names the content
// folder), a Jekyll site's root (its _posts, _drafts and declared collections), a Hugo content
// folder whose site config is one level up, or any other folder of Markdown files.
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SiteInfo, Warning } from '../types.js';
import { isFolder, isSafeRelativePath, readHugoConfig, readJekyllConfig, type HugoConfig } from './siteConfig.js';

export interface SiteLayout {
  info: SiteInfo;
  /** The folder ids and warning paths are relative to. */
  contentRoot: string;
  /** Folders to walk, relative to contentRoot, `/`-separated ('' is contentRoot itself). */
  walkRoots: string[];
  /** Hugo's rules: leaf bundles, `_index.md` section pages, build options and cascade. */
  hugo: boolean;
  /** The config's title ('' when none). */
  title: string;
  /** The Hugo config's own `cascade`, unparsed. */
  cascade?: unknown;
  warnings: Warning[];
}

/** Hugo's default taxonomies besides tags, and series, which many themes add. */
const DEFAULT_TAXONOMIES = ['categories', 'series'];

/** How far above a content folder its site's config is looked for. */
const MAX_LEVELS_UP = 2;

export function detectSite(dir: string): SiteLayout {
  const hugo = readHugoConfig(dir);
  if (hugo) {
    const contentDir = isSafeRelativePath(hugo.config.contentDir) ? hugo.config.contentDir : 'content';
    const contentRoot = join(dir, contentDir);
    if (isFolder(contentRoot)) return hugoLayout(hugo.config, contentRoot, contentDir, hugo.warnings);
  }
  const jekyll = readJekyllConfig(dir);
  if (jekyll) {
    const { config } = jekyll;
    const base = isSafeRelativePath(config.collectionsDir) ? `${config.collectionsDir.replace(/[/\\]+$/, '')}/` : '';
    if (isFolder(join(dir, `${base}_posts`))) {
      const folders = ['posts', 'drafts', ...config.collections].map((label) => `${base}_${label}`).filter((folder) => isFolder(join(dir, folder)));
      const info: SiteInfo = { kind: 'jekyll', contentLabel: folders.map((folder) => `${folder}/`).join(', '), taxonomies: DEFAULT_TAXONOMIES };
      if (config.baseURL) info.baseURL = config.baseURL;
      if (config.permalink) info.permalinks = { posts: config.permalink };
      return { info, contentRoot: dir, walkRoots: folders, hugo: false, title: config.title, warnings: jekyll.warnings };
    }
  }
  // A Hugo content folder given directly: the site's config is in a folder above (`content/`,
  // or `content/en/` in a multilingual site).
  const configsAbove = [];
  for (let levels = 1; levels <= MAX_LEVELS_UP; levels++) {
    // eslint-disable-next-line no-restricted-syntax -- at most MAX_LEVELS_UP parts
    const site = join(dir, ...Array<string>(levels).fill('..'));
    const config = readHugoConfig(site, dir);
    if (config && isSafeRelativePath(config.config.contentDir) && sameFolder(join(site, config.config.contentDir), dir)) {
      return hugoLayout(config.config, dir, config.config.contentDir, config.warnings);
    }
    configsAbove.push(config);
  }
  // Only the folder right above may name a content folder it does not point to (its title is still the blog's).
  const above = configsAbove[0];
  return {
    info: { kind: 'folder', contentLabel: '', taxonomies: DEFAULT_TAXONOMIES },
    contentRoot: dir,
    walkRoots: [''],
    hugo: true,
    // A content folder beside a Hugo config that names another one still takes its title.
    title: above?.config.title || hugo?.config.title || '',
    warnings: [...(hugo?.warnings ?? []), ...(above?.warnings ?? [])],
  };
}

function hugoLayout(config: HugoConfig, contentRoot: string, contentDir: string, warnings: Warning[]): SiteLayout {
  const taxonomies = [...new Set([...DEFAULT_TAXONOMIES, ...(config.taxonomies ?? [])])].filter((name) => name !== 'tags');
  const info: SiteInfo = { kind: 'hugo', contentLabel: `${contentDir.replace(/[/\\]+$/, '').replaceAll('\\', '/')}/`, taxonomies };
  if (config.baseURL) info.baseURL = config.baseURL;
  if (config.permalinks) info.permalinks = config.permalinks;
  const layout: SiteLayout = { info, contentRoot, walkRoots: [''], hugo: true, title: config.title, warnings };
  if (config.cascade !== undefined) layout.cascade = config.cascade;
  return layout;
}

function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}
