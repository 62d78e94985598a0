// A cache file is data from disk like any other: an entry is used only if it has exactly the
// shape the loader writes, its text is terminal-safe and within the loader's own limits, so a
// damaged or planted file can never show up as a broken post, smuggle a control sequence past
// the sanitizer, or hand the reader a 5 MB title or 100,000 tags.
import { hasUnsafeCharacters } from '../sanitize.js';
import { MAX_RULES } from '../content/build.js';
import { MAX_ALIAS_CHARS, MAX_ALIASES, MAX_KEYWORDS, MAX_TAG_CHARS, MAX_TAGS, type FileParse } from '../content/parsePost.js';
import { MAX_SLUG_CHARS } from '../content/slug.js';
import { MAX_SUMMARY_CHARS } from '../content/summary.js';
import { MAX_TITLE_CHARS } from '../content/title.js';

// Limits count code points; a string's length counts UTF-16 units, up to two per code point.
const UNITS_PER_CHARACTER = 2;
/** Longest path Linux accepts (PATH_MAX). */
const MAX_PATH_CHARS = 4096;
/** Warnings are one sanitized line of at most 300 characters (a failed parse's reason is not cut yet); a parse has a few. */
const MAX_MESSAGE_CHARS = 1000;
const MAX_PARSE_WARNINGS = 20;
/** A section is the first folder of an id; taxonomies are the site's, named in its config. */
const MAX_SECTION_CHARS = 100;
const MAX_TAXONOMIES = 50;
/** The parse settings' key: the taxonomies' names, joined. */
const MAX_SETTINGS_CHARS = MAX_TAXONOMIES * (MAX_TAG_CHARS + 1) + 10;
/** A cascade target: a path glob and a page kind (as build.ts cuts them). */
const MAX_CASCADE_PATH_CHARS = 300;
const MAX_CASCADE_KIND_CHARS = 40;
/** Where the body starts: within the largest file the loader reads. */
const MAX_BODY_START = 4 * 1024 * 1024;

export function isFileParse(value: unknown): value is FileParse {
  if (!isObject(value)) return false;
  switch (value.kind) {
    case 'home':
    case 'section':
      return isSafeText(value.title, MAX_TITLE_CHARS) && isCascade(value.cascade);
    case 'failed':
      return isSafeText(value.reason, MAX_MESSAGE_CHARS);
    case 'post':
      return isParsedPost(value);
    default:
      return false;
  }
}

function isParsedPost(value: Record<string, unknown>): boolean {
  const { fields, warnings } = value;
  return (
    isObject(fields) &&
    isExactPath(fields.id) &&
    isSafeText(fields.slug, MAX_SLUG_CHARS) &&
    isSafeText(fields.title, MAX_TITLE_CHARS) &&
    isSafeText(fields.summary, MAX_SUMMARY_CHARS) &&
    isExactPath(fields.path) &&
    isSafeText(fields.section, MAX_SECTION_CHARS) &&
    isSafeText(fields.linkTitle, MAX_TITLE_CHARS) &&
    isDateOrNull(fields.date) &&
    isTextList(fields.tags, MAX_TAGS, MAX_TAG_CHARS) &&
    isTextList(fields.categories, MAX_TAGS, MAX_TAG_CHARS) &&
    isTextList(fields.aliases, MAX_ALIASES, MAX_ALIAS_CHARS) &&
    (fields.urlFrontMatter === undefined || isUrlFrontMatter(fields.urlFrontMatter)) &&
    isTextList(fields.keywords, MAX_KEYWORDS, MAX_TAG_CHARS) &&
    isTaxonomies(fields.taxonomies) &&
    Number.isSafeInteger(fields.weight) &&
    isSafeText(value.settings, MAX_SETTINGS_CHARS) &&
    (value.build === undefined || isBuildOptions(value.build)) &&
    isCount(fields.readingMinutes) &&
    isCount(fields.wordCount) &&
    typeof fields.draft === 'boolean' &&
    isDateOrNull(value.publishedAt) &&
    isDateOrNull(value.expiresAt) &&
    isCount(value.bodyStart) &&
    (value.bodyStart as number) <= MAX_BODY_START &&
    Array.isArray(warnings) &&
    warnings.length <= MAX_PARSE_WARNINGS &&
    warnings.every((warning) => isObject(warning) && isSafeText(warning.path, MAX_MESSAGE_CHARS) && isSafeText(warning.reason, MAX_MESSAGE_CHARS))
  );
}

function isUrlFrontMatter(value: unknown): boolean {
  return (
    isObject(value) &&
    Object.keys(value).every((key) => key === 'url' || key === 'slug') &&
    (value.url === undefined || isSafeText(value.url, MAX_ALIAS_CHARS)) &&
    (value.slug === undefined || isSafeText(value.slug, MAX_ALIAS_CHARS))
  );
}

const LIST_OPTIONS = ['always', 'local', 'never'];
const RENDER_OPTIONS = ['always', 'link', 'never'];

function isBuildOptions(value: unknown): boolean {
  return (
    isObject(value) &&
    Object.keys(value).every((key) => key === 'list' || key === 'render') &&
    (value.list === undefined || LIST_OPTIONS.includes(value.list as string)) &&
    (value.render === undefined || RENDER_OPTIONS.includes(value.render as string))
  );
}

function isCascade(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length <= MAX_RULES &&
    value.every(
      (rule) =>
        isObject(rule) &&
        isBuildOptions(rule.build) &&
        (rule.path === undefined || isSafeText(rule.path, MAX_CASCADE_PATH_CHARS)) &&
        (rule.kind === undefined || isSafeText(rule.kind, MAX_CASCADE_KIND_CHARS)),
    )
  );
}

function isTaxonomies(value: unknown): boolean {
  if (!isObject(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= MAX_TAXONOMIES &&
    entries.every(([name, terms]) => isSafeText(name, MAX_TAG_CHARS) && isTextList(terms, MAX_TAGS, MAX_TAG_CHARS))
  );
}

/** Ids and paths are exact, not sanitized (see Post.path): only their length is bounded. */
function isExactPath(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_PATH_CHARS;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Loader strings are one sanitized line of at most `maxChars`: no control characters, not even a newline. */
function isSafeText(value: unknown, maxChars: number): value is string {
  return typeof value === 'string' && value.length <= maxChars * UNITS_PER_CHARACTER && !value.includes('\n') && !hasUnsafeCharacters(value);
}

function isTextList(value: unknown, maxItems: number, maxChars: number): boolean {
  return Array.isArray(value) && value.length <= maxItems && value.every((item) => isSafeText(item, maxChars));
}

// The loader's dates are ISO strings of one format, compared as text: nothing else may pass.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function isDateOrNull(value: unknown): boolean {
  return value === null || (typeof value === 'string' && ISO_DATE.test(value));
}

function isCount(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
