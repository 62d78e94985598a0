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

/** Pretty-printed (one field a line) so it reads and diffs well; a trailing newline, like every CLI line. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
