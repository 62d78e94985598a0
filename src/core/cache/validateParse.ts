// A cache file is data from disk like any other: an entry is used only if it has exactly the
// shape the loader writes, its text is terminal-safe and within the loader's own limits, so a
// damaged or planted file can never show up as a broken post, smuggle a control sequence past
// the sanitizer, or hand the reader a 5 MB title or 100,000 tags.
import { hasUnsafeCharacters } from '../sanitize.js';
import { MAX_ALIAS_CHARS, MAX_ALIASES, MAX_TAG_CHARS, MAX_TAGS, type FileParse } from '../content/parsePost.js';
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
/** Where the body starts: within the largest file the loader reads. */
const MAX_BODY_START = 4 * 1024 * 1024;

export function isFileParse(value: unknown): value is FileParse {
  if (!isObject(value)) return false;
  switch (value.kind) {
    case 'home':
      return isSafeText(value.title, MAX_TITLE_CHARS);
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
    isSafeText(fields.slug, MAX_SLUG_CHARS) &&
    isSafeText(fields.title, MAX_TITLE_CHARS) &&
    isSafeText(fields.summary, MAX_SUMMARY_CHARS) &&
    // The path is exact, not sanitized (see Post.path).
    typeof fields.path === 'string' &&
    fields.path.length <= MAX_PATH_CHARS &&
    isDateOrNull(fields.date) &&
    isTextList(fields.tags, MAX_TAGS, MAX_TAG_CHARS) &&
    isTextList(fields.categories, MAX_TAGS, MAX_TAG_CHARS) &&
    isTextList(fields.aliases, MAX_ALIASES, MAX_ALIAS_CHARS) &&
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
