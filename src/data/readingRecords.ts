// The reading state's content, as pure data: per post, read or not, starred or not, and where
// the reader left it. Parsing is tolerant (a damaged file or entry loses only itself) and
// merging is per post, so two readers open on the same folder never erase each other's posts.

/** Where the reader left a post: the top line, and the section it was in (lines shift when the width or the text changes). */
export interface SavedPosition {
  line: number;
  /** Id of the last heading at or above the top line, and how many lines below it the top line was. */
  heading?: string;
  offset?: number;
}

export interface ReadingRecord {
  read: boolean;
  starred: boolean;
  position?: SavedPosition;
}

export type ReadingRecords = ReadonlyMap<string, ReadingRecord>;

export const UNREAD: ReadingRecord = { read: false, starred: false };

const VERSION = 1;

/** The records in a state file's text; anything unrecognised is skipped, never fatal. */
export function parseReadingRecords(text: string): { records: Map<string, ReadingRecord>; damaged: boolean } {
  const records = new Map<string, ReadingRecord>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { records, damaged: true };
  }
  const posts = isObject(parsed) && isObject(parsed.posts) ? parsed.posts : null;
  if (!posts) return { records, damaged: true };
  for (const [key, value] of Object.entries(posts)) {
    const record = recordFrom(value);
    if (record) records.set(key, record);
  }
  return { records, damaged: false };
}

export function serializeReadingRecords(records: ReadingRecords): string {
  const posts = Object.fromEntries([...records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ version: VERSION, posts }, null, 1)}\n`;
}

/** What is on disk, with this reader's changed posts on top: last writer wins per post. */
export function mergeReadingRecords(onDisk: ReadingRecords, changed: ReadingRecords): Map<string, ReadingRecord> {
  return new Map([...onDisk, ...changed]);
}

function recordFrom(value: unknown): ReadingRecord | null {
  if (!isObject(value)) return null;
  const record: ReadingRecord = { read: value.read === true, starred: value.starred === true };
  const position = positionFrom(value.position);
  return position ? { ...record, position } : record;
}

function positionFrom(value: unknown): SavedPosition | undefined {
  if (!isObject(value) || !isLineNumber(value.line)) return undefined;
  const position: SavedPosition = { line: value.line };
  if (typeof value.heading === 'string' && isLineNumber(value.offset)) return { ...position, heading: value.heading, offset: value.offset };
  return position;
}

function isLineNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 10_000_000;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
