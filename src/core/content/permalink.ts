// A post's public URL on its site: the site config's base URL plus the path Hugo or Jekyll would
// publish the post at. The rules, as their documentation and code give them:
//
// Hugo: front matter `url` wins, taken as a path on the base URL (Hugo does not change it). Else
// the section's `[permalinks]` pattern (or `[permalinks.page]`), else the file's folders plus the
// front matter `slug`, else the file name without extension (a leaf bundle's `index.md`: its
// folder's name), with a trailing slash. Tokens: :year :month :monthname :day :weekday
// :weekdayname :yearday :section :sections :title (the title, urlized) :slug (front matter slug,
// else the title) :filename and :contentbasename (the file or bundle name) :slugorfilename and
// :slugorcontentbasename. Hugo turns spaces into `-`, drops characters outside letters, digits
// and `%./\_-#+~`, and lowercases the path (its `disablePathToLower` is not read here). `_index.md`
// files are section pages, never posts, so they have no permalink here.
//
// Jekyll: front matter `permalink` wins, else `_config.yml`'s `permalink` for posts: a built-in
// style (date, the default: `/:categories/:year/:month/:day/:title:output_ext`; pretty; ordinal;
// weekdate; none) or a pattern. Both may use placeholders. :title is the front matter slug else
// the file name after its date, case kept (Jekyll's "pretty" slugify); :slug the same slugified;
// :categories the front matter categories lowercased, joined by `/` (none: the empty segment
// goes, as Jekyll collapses `//`). Other collections: `/:collection/:path:output_ext`.
// `:output_ext` is `.html`.
//
// Dates are read in UTC: a date written with another offset may fall on the next or previous day
// where Hugo and Jekyll, which use the date's own offset or the site's time zone, would not.
import type { Post, SiteInfo } from '../types.js';
import { withoutJekyllDate } from './dates.js';
import { parentFolder } from './identity.js';
import { fileStem } from './parsePost.js';
import { slugify } from './slug.js';

export type PermalinkPost = Pick<Post, 'id' | 'path' | 'title' | 'date' | 'categories' | 'section' | 'urlFrontMatter'>;

/** The URL, or why there is none: one line, to which the caller adds what it wanted to do. */
export type Permalink = { url: string } | { missing: string };

const WEB_ADDRESS = /^https?:\/\/[^/\s]/i;

export function permalinkOf(post: PermalinkPost, site: SiteInfo | undefined): Permalink {
  if (!site || site.kind === 'folder') return { missing: 'no Hugo or Jekyll site config with a base URL' };
  const base = site.baseURL ?? '';
  if (!WEB_ADDRESS.test(base)) {
    const setting = site.kind === 'hugo' ? 'baseURL in the site config: add baseURL to hugo.toml' : 'url in _config.yml: add url to _config.yml';
    return { missing: base === '' ? `no ${setting}` : `${site.kind === 'hugo' ? 'baseURL' : 'url'} "${base}" is not a web address (https://…)` };
  }
  // A front matter URL that is already a web address is the page's whole URL.
  const own = post.urlFrontMatter?.url;
  if (own !== undefined && WEB_ADDRESS.test(own)) return { url: own };
  const path = site.kind === 'hugo' ? hugoPath(post, site.permalinks) : jekyllPath(post, site.permalinks);
  // An empty placeholder (`:sections` at the root, `:categories` without categories) leaves `//`: both collapse it.
  return { url: base.replace(/\/+$/, '') + encodePath(path.replace(/\/{2,}/g, '/')) };
}

function hugoPath(post: PermalinkPost, patterns: SiteInfo['permalinks']): string {
  const own = post.urlFrontMatter;
  if (own?.url) return withLeadingSlash(own.url);
  const name = fileName(post);
  const pattern = patterns?.[post.section.toLowerCase()];
  if (pattern === undefined) return hugoUrlize(`/${parentFolder(post.id)}${own?.slug ?? name}/`);
  const title = hugoUrlize(post.title);
  const date = dateParts(post.date);
  const tokens: Record<string, string> = {
    ...date,
    section: post.section,
    sections: parentFolder(post.id).replace(/\/$/, ''),
    title,
    slug: own?.slug ?? title,
    filename: name,
    contentbasename: name,
    slugorfilename: own?.slug ?? name,
    slugorcontentbasename: own?.slug ?? name,
  };
  return hugoUrlize(withLeadingSlash(expand(pattern, tokens)));
}

/** Hugo's path sanitizing: spaces to `-`, only letters, digits and `%./\_-#+~` kept, lowercase. */
function hugoUrlize(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}%./\\_\-#+~]/gu, '')
    .toLowerCase();
}

const JEKYLL_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};
const JEKYLL_COLLECTION_PATTERN = '/:collection/:path:output_ext';

function jekyllPath(post: PermalinkPost, patterns: SiteInfo['permalinks']): string {
  const configured = post.section === 'posts' ? (patterns?.posts ?? 'date') : JEKYLL_COLLECTION_PATTERN;
  const written = post.urlFrontMatter?.url ?? configured;
  const pattern = JEKYLL_STYLES[written] ?? written;
  const name = post.urlFrontMatter?.slug ?? withoutJekyllDate(fileName(post));
  const tokens: Record<string, string> = {
    ...dateParts(post.date),
    title: jekyllPrettySlug(name),
    slug: slugify(name),
    categories: [...new Set(post.categories.map((category) => category.toLowerCase()))].join('/'),
    collection: post.section,
    path: post.id.slice(post.id.indexOf('/') + 1),
    output_ext: '.html',
  };
  return withLeadingSlash(expand(pattern, tokens));
}

/** Jekyll's "pretty" slugify, case kept: characters outside letters, digits and `._~!$&'()+,;=@` become `-`. */
function jekyllPrettySlug(text: string): string {
  return text
    .replace(/[^\p{L}\p{M}\p{N}._~!$&'()+,;=@]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** `:name` tokens replaced; the longest name first, so `:slugorfilename` is not read as `:slug`. */
function expand(pattern: string, tokens: Record<string, string>): string {
  return pattern.replace(/:([a-z_]+)/g, (written, name: string) => {
    for (let end = name.length; end > 0; end--) {
      const value = tokens[name.slice(0, end)];
      if (value !== undefined) return value + name.slice(end);
    }
    return written;
  });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Hugo's and Jekyll's date tokens (UTC). A post without a date: Hugo's zero date, 0001-01-01. */
function dateParts(iso: string | null): Record<string, string> {
  const date = new Date(iso ?? '0001-01-01T00:00:00Z');
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  const weekday = date.getUTCDay();
  const yearDay = Math.round((Date.UTC(year, month, day) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  return {
    year: pad(year, 4),
    short_year: pad(year % 100),
    month: pad(month + 1),
    i_month: String(month + 1),
    monthname: MONTHS[month]!,
    long_month: MONTHS[month]!,
    short_month: MONTHS[month]!.slice(0, 3),
    day: pad(day),
    i_day: String(day),
    weekday: String(weekday),
    weekdayname: DAYS[weekday]!,
    long_day: DAYS[weekday]!,
    short_day: DAYS[weekday]!.slice(0, 3),
    yearday: String(yearDay),
    y_day: pad(yearDay, 3),
    week: pad(isoWeek(date)),
    hour: pad(date.getUTCHours()),
    minute: pad(date.getUTCMinutes()),
    second: pad(date.getUTCSeconds()),
  };
}

/** ISO 8601 week number (Jekyll's `:week`, strftime %V). */
function isoWeek(date: Date): number {
  const thursday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7)));
  return Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / (7 * 86_400_000)) + 1;
}

/** The file's name without extension; a leaf bundle's (`x/index.md`, whose id is `x`): its folder's. */
function fileName(post: PermalinkPost): string {
  const stem = fileStem(post.path);
  return /^index$/i.test(stem) && post.path.startsWith(`${post.id}/`) ? post.id.slice(post.id.lastIndexOf('/') + 1) : stem;
}

function withLeadingSlash(path: string): string {
  return path.startsWith('/') ? path : `/${path}`;
}

/** Percent-encodes what a URL cannot hold (spaces, non-ASCII), leaving escapes already written as they are. */
function encodePath(path: string): string {
  try {
    return encodeURI(decodeURI(path));
  } catch {
    return encodeURI(path);
  }
}
