// Dates from YAML (Date), TOML (TomlDate, a Date subclass) and strings, stored as ISO 8601 UTC.
// Only years 1–9999 are accepted, so stored ISO strings all share one format and sort as text.
import { TomlDate } from 'smol-toml';

// RFC 3339 / ISO 8601 as Hugo accepts it: a date, optionally a time (`T` or space), optionally a zone.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** The ISO string of a valid date in years 1–9999, else undefined. */
function formatDate(date: Date): string | undefined {
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 1 || year > 9999) return undefined;
  return date.toISOString();
}

/** How a date reads inside text (a title that YAML parsed as a date): no time when it is midnight. */
export function dateText(date: Date): string {
  const iso = formatDate(date);
  if (iso === undefined) return '';
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** A front matter date value as an ISO string, or undefined when it is not a date. */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof TomlDate && value.isTime()) return undefined;
  if (value instanceof Date) return formatDate(new Date(value.getTime()));
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const match = ISO_DATE.exec(text);
  if (!match) {
    // Other spellings (RFC 1123 "Mon, 02 Jan 2006 15:04:05 MST", "January 2, 2006") are left to
    // Date.parse; without a zone V8 reads them in local time, as Hugo reads them in the site's.
    return /[a-z]/i.test(text) ? formatDate(new Date(text)) : undefined;
  }
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '0', zone = 'Z'] = match;
  const milliseconds = fraction.padEnd(3, '0').slice(0, 3);
  // A zone-less time is UTC: the reader has no site time zone to apply.
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  // Date accepts 2025-02-30 (as March 2nd): the calendar day must survive a round trip.
  const calendarDay = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (calendarDay.getUTCMonth() !== Number(month) - 1 || calendarDay.getUTCDate() !== Number(day)) return undefined;
  return formatDate(new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}.${milliseconds}${offset}`));
}

// Jekyll names posts `YYYY-MM-DD-title.md`: the prefix is the post's date, not part of its name.
const JEKYLL_DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})-/;

export function jekyllDate(name: string): string | undefined {
  const match = JEKYLL_DATE_PREFIX.exec(name);
  return match ? toIsoDate(match[1]) : undefined;
}

export function withoutJekyllDate(name: string): string {
  return name.replace(JEKYLL_DATE_PREFIX, '');
}
