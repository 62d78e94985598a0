// Which front matter keys give a post its date, and whether it is published yet or expired
// (Hugo's key names, which Jekyll sites mostly share; keys are already lowercased).
import { toText, type Fields } from './fields.js';
import { jekyllDate, toIsoDate } from './dates.js';

const DATE_KEYS = ['date'];
const PUBLISH_KEYS = ['publishdate', 'pubdate', 'published'];
const MODIFIED_KEYS = ['lastmod', 'modified'];
const EXPIRY_KEYS = ['expirydate', 'unpublishdate'];

export interface PostDates extends PublicationDates {
  /** ISO date, or null when the post has none. */
  date: string | null;
  /** One reason per date value that could not be read (the post still loads). */
  problems: string[];
}

/** When a post goes live and when it expires: kept apart from "now", so a parse can be cached. */
export interface PublicationDates {
  /** ISO publishDate, else date; null when neither is given. */
  publishedAt: string | null;
  /** ISO expiryDate; null when none is given. */
  expiresAt: string | null;
}

/** `name` is the file (or bundle folder) name, for a Jekyll `YYYY-MM-DD-` prefix. */
export function resolvePostDates(fields: Fields, name: string): PostDates {
  const problems: string[] = [];
  const firstDate = (keys: readonly string[]): string | undefined => {
    for (const key of keys) {
      const value = fields.get(key);
      // `published: false` is Jekyll's draft flag, not a date; `date: ""` is an archetype left blank.
      if (value === undefined || value === null || value === '' || typeof value === 'boolean') continue;
      const iso = toIsoDate(value);
      if (iso !== undefined) return iso;
      problems.push(`unrecognized ${key} "${toText(value, 40)}": ignored`);
    }
    return undefined;
  };
  const date = firstDate(DATE_KEYS);
  const publishDate = firstDate(PUBLISH_KEYS);
  const modified = firstDate(MODIFIED_KEYS);
  const expiryDate = firstDate(EXPIRY_KEYS);
  return {
    date: date ?? publishDate ?? modified ?? jekyllDate(name) ?? null,
    publishedAt: publishDate ?? date ?? null,
    expiresAt: expiryDate ?? null,
    problems,
  };
}

/** Whether a post is not yet published, or already expired, at `nowIso` (an ISO date string). */
export function publicationState(dates: PublicationDates, nowIso: string): { future: boolean; expired: boolean } {
  return {
    future: dates.publishedAt !== null && dates.publishedAt > nowIso,
    expired: dates.expiresAt !== null && dates.expiresAt <= nowIso,
  };
}
