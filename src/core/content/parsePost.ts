// One Markdown file's text to a Post. Every string field is sanitized and capped here.
// Parsing is split from "now" and from the body text, so a parse can be cached between runs
// (core/cache) and still give the right future/expired flags; the body is read on first use.
import { sanitizeLine } from '../sanitize.js';
import type { Post, UrlFrontMatter, Warning } from '../types.js';
import { cascadeRules, ownBuildOptions, type BuildOptions, type CascadeRule } from './build.js';
import { withoutJekyllDate } from './dates.js';
import { toBoolean, toFields, toText, toTextList, type Fields } from './fields.js';
import { postId, sectionKey } from './identity.js';
import { normalizeNewlines, splitFrontMatter } from './frontMatter.js';
import { LazyBodyPost } from './postBody.js';
import type { FileStamp } from './readContentFile.js';
import { publicationState, resolvePostDates, type PublicationDates } from './postDates.js';
import { slugify } from './slug.js';
import { countWords, readingMinutes, summarize } from './summary.js';
import { firstHeading, MAX_TITLE_CHARS, readableName } from './title.js';
import type { ContentFile } from './walk.js';
import { warning } from './warning.js';

export const MAX_TAG_CHARS = 60;
export const MAX_TAGS = 50;
export const MAX_ALIAS_CHARS = 300;
export const MAX_ALIASES = 50;
export const MAX_KEYWORDS = 50;

/** What a parse depends on besides the file: part of the parse cache's key. */
export interface ParseSettings {
  /** Taxonomies besides tags, by plural name (front matter keys, lowercase). */
  taxonomies: readonly string[];
  /** Jekyll's layout: `_posts/` and `_drafts/` are the section `posts`, `_drafts/` holds drafts. */
  jekyll: boolean;
}

/** The settings as one string, kept with each post's parse: a cached parse made with others is parsed again. */
export function settingsKey(settings: ParseSettings): string {
  return `${settings.jekyll ? 'jekyll' : 'hugo'}:${settings.taxonomies.join(',')}`;
}

/** A post file's parse: everything but the body and the flags that depend on the time. */
export interface ParsedPost extends PublicationDates {
  kind: 'post';
  /** settingsKey() of the settings it was parsed with. */
  settings: string;
  fields: Omit<Post, 'body' | 'future' | 'expired'>;
  /** Its own build options (front matter `build`, `_build`, `headless`), when it sets any. */
  build?: BuildOptions;
  /** Where the body starts in the file's text once its line ends are LF. */
  bodyStart: number;
  warnings: Warning[];
}

/** An `_index.md`: the home page (its title names the blog) or a section page (its title names the section). */
interface ParsedListPage {
  kind: 'home' | 'section';
  title: string;
  /** Its `cascade`, reduced to the build options it sets for the pages below. */
  cascade: CascadeRule[];
}

/** What a content file gives the loader: a post, a list page, or why neither. */
export type FileParse = ParsedPost | ParsedListPage | { kind: 'failed'; reason: string };

export function parseContentFile(file: ContentFile, text: string, settings: ParseSettings): FileParse {
  const frontMatter = splitFrontMatter(text);
  if ('reason' in frontMatter) return { kind: 'failed', reason: frontMatter.reason };
  const fields = toFields(frontMatter.data);
  if (file.kind !== 'post') return { kind: file.kind, title: toText(fields.get('title'), MAX_TITLE_CHARS), cascade: cascadeRules(fields.get('cascade')) };
  // The body is always the end of the LF-normalized text (see splitFrontMatter).
  const bodyStart = normalizeNewlines(text).length - frontMatter.body.length;
  return parsePost(file, fields, frontMatter.body, bodyStart, settings);
}

/** The Post at `nowIso`; its body is read from `readPath` (the file parsed at `stamp`) on first use. */
export function toPost(parsed: ParsedPost, readPath: string, stamp: FileStamp, nowIso: string): Post {
  const { future, expired } = publicationState(parsed, nowIso);
  return new LazyBodyPost(parsed.fields, { future, expired }, { readPath, stamp, bodyStart: parsed.bodyStart });
}

function parsePost(file: ContentFile, fields: Fields, body: string, bodyStart: number, settings: ParseSettings): ParsedPost {
  const bodyLines = body.split('\n');
  const name = file.bundleName ?? fileStem(file.relPath);
  const dates = resolvePostDates(fields, name);
  const wordCount = countWords(body);
  const id = postId(file);
  const inJekyllDrafts = settings.jekyll && /(^|\/)_drafts\//.test(file.relPath);
  const parsed: ParsedPost = {
    kind: 'post',
    settings: settingsKey(settings),
    fields: {
      // Exact, like the path it is made from (see Post.id): only where it is shown is it cleaned.
      id,
      slug: postSlug(fields, name),
      title: toText(fields.get('title'), MAX_TITLE_CHARS) || firstHeading(bodyLines) || readableName(name),
      date: dates.date,
      tags: toTextList(fields.get('tags'), MAX_TAG_CHARS, MAX_TAGS),
      categories: toTextList(fields.get('categories'), MAX_TAG_CHARS, MAX_TAGS),
      taxonomies: taxonomyTerms(fields, settings.taxonomies),
      keywords: toTextList(fields.get('keywords'), MAX_TAG_CHARS, MAX_KEYWORDS),
      section: sanitizeLine(sectionKey(id, settings.jekyll), 100),
      weight: postWeight(fields.get('weight')),
      linkTitle: toText(fields.get('linktitle'), MAX_TITLE_CHARS),
      summary: summarize(bodyLines, fields.get('summary')),
      // Exact (an identifier, and what --json prints): only where it is shown is it cleaned.
      path: file.relPath,
      readingMinutes: readingMinutes(wordCount, body),
      wordCount,
      draft: inJekyllDrafts || toBoolean(fields.get('draft')) === true || toBoolean(fields.get('published')) === false,
      aliases: toTextList([fields.get('aliases'), fields.get('url')].flat(), MAX_ALIAS_CHARS, MAX_ALIASES),
    },
    publishedAt: dates.publishedAt,
    expiresAt: dates.expiresAt,
    bodyStart,
    warnings: dates.problems.map((problem) => warning(file.relPath, problem)),
  };
  const urlFrontMatter = ownUrlFields(fields, settings.jekyll);
  if (urlFrontMatter) parsed.fields.urlFrontMatter = urlFrontMatter;
  const build = ownBuildOptions(fields);
  if (build) parsed.build = build;
  return parsed;
}

/** The terms of each taxonomy the post uses (taxonomies without terms are left out). */
function taxonomyTerms(fields: Fields, taxonomies: readonly string[]): Record<string, string[]> {
  const terms: Record<string, string[]> = {};
  for (const taxonomy of taxonomies) {
    const list = toTextList(fields.get(taxonomy), MAX_TAG_CHARS, MAX_TAGS);
    if (list.length > 0) terms[taxonomy] = list;
  }
  return terms;
}

/** Hugo's weight: an integer (numbers in strings too); anything else is no weight (0). */
function postWeight(value: unknown): number {
  const weight = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : 0;
  return Number.isSafeInteger(weight) ? weight : 0;
}

function ownUrlFields(fields: Fields, jekyll: boolean): UrlFrontMatter | undefined {
  const url = toText(fields.get(jekyll ? 'permalink' : 'url'), MAX_ALIAS_CHARS);
  const slug = toText(fields.get('slug'), MAX_ALIAS_CHARS);
  if (url === '' && slug === '') return undefined;
  return { ...(url !== '' && { url }), ...(slug !== '' && { slug }) };
}

/** Front matter `slug`, else the bundle folder or file name without a Jekyll date; never empty. */
function postSlug(fields: Fields, name: string): string {
  return slugify(toText(fields.get('slug'), 200)) || slugify(withoutJekyllDate(name)) || 'post';
}

/** A file's name without its Markdown extension. */
export function fileStem(relPath: string): string {
  const fileName = relPath.slice(relPath.lastIndexOf('/') + 1);
  return fileName.replace(/\.(md|markdown)$/i, '');
}
