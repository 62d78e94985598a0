// The --json shapes, documented in README "JSON output": fields are only ever added, never
// renamed or removed. `tags --json` prints tagCounts()'s {tag, count} objects as they are.
import type { Post } from '../../core/types.js';

export interface JsonPost {
  /** The post's path relative to the content folder without the extension (a leaf bundle: its folder); unique. */
  id: string;
  slug: string;
  title: string;
  /** ISO 8601 in UTC, or null for an undated post. */
  date: string | null;
  tags: string[];
  /** Plain text. */
  summary: string;
  /** Relative to the content folder, `/`-separated. */
  path: string;
  readingMinutes: number;
  /** The top-level section's folder name ('' for a post at the content folder's root). */
  section: string;
  /** Front matter weight; 0 when absent. */
  weight: number;
  /** Taxonomies other than tags (categories, series…), by name. */
  taxonomies: Record<string, string[]>;
}

export function toJsonPost(post: Post): JsonPost {
  const { id, slug, title, date, tags, summary, path, readingMinutes, section, weight, taxonomies } = post;
  return { id, slug, title, date, tags, summary, path, readingMinutes, section, weight, taxonomies };
}

/**
 * Pretty-printed (one field a line) so it reads and diffs well; a trailing newline, like every CLI
 * line. Lone surrogates (front matter may hold `"\uD800"`) become U+FFFD: JSON.stringify would
 * print them as `\ud800` escapes, which strict parsers (jq) reject, failing the whole output.
 */
export function formatJson(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? wellFormed(item) : item), 2);
  return `${json.replace(RAW_IN_JSON, escapeCharacter)}\n`;
}

// Exact values (a path holding U+202E) must not act on the terminal the JSON is printed to:
// DEL, C1 controls and bidi marks, which JSON.stringify leaves raw, are written as \u escapes
// (they can only occur inside strings, where an escape means the same character).
const RAW_IN_JSON = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function escapeCharacter(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}
