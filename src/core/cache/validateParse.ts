// A cache file is data from disk like any other: an entry is used only if it has exactly the
// shape the loader writes and its text is terminal-safe, so a damaged file can never show up
// as a broken post or smuggle a control sequence past the sanitizer.
import { hasUnsafeCharacters } from '../sanitize.js';
import type { FileParse } from '../content/parsePost.js';

export function isFileParse(value: unknown): value is FileParse {
  if (!isObject(value)) return false;
  switch (value.kind) {
    case 'home':
    case 'section':
      return isSafeText(value.title) && isCascade(value.cascade);
    case 'failed':
      return isSafeText(value.reason);
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
    ['id', 'slug', 'title', 'summary', 'path', 'section', 'linkTitle'].every((key) => isSafeText(fields[key])) &&
    isDateOrNull(fields.date) &&
    ['tags', 'categories', 'aliases', 'keywords'].every((key) => isTextList(fields[key])) &&
    isObject(fields.taxonomies) &&
    Object.entries(fields.taxonomies).every(([name, terms]) => isSafeText(name) && isTextList(terms)) &&
    Number.isSafeInteger(fields.weight) &&
    isSafeText(value.settings) &&
    (value.build === undefined || isBuildOptions(value.build)) &&
    isCount(fields.readingMinutes) &&
    isCount(fields.wordCount) &&
    typeof fields.draft === 'boolean' &&
    isDateOrNull(value.publishedAt) &&
    isDateOrNull(value.expiresAt) &&
    isCount(value.bodyStart) &&
    Array.isArray(warnings) &&
    warnings.every((warning) => isObject(warning) && isSafeText(warning.path) && isSafeText(warning.reason))
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
    value.every(
      (rule) =>
        isObject(rule) &&
        isBuildOptions(rule.build) &&
        (rule.path === undefined || isSafeText(rule.path)) &&
        (rule.kind === undefined || isSafeText(rule.kind)),
    )
  );
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Loader strings are one sanitized line: no control characters, not even a newline. */
function isSafeText(value: unknown): value is string {
  return typeof value === 'string' && !value.includes('\n') && !hasUnsafeCharacters(value);
}

function isTextList(value: unknown): boolean {
  return Array.isArray(value) && value.every(isSafeText);
}

// The loader's dates are ISO strings of one format, compared as text: nothing else may pass.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function isDateOrNull(value: unknown): boolean {
  return value === null || (typeof value === 'string' && ISO_DATE.test(value));
}

function isCount(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
