// Reading state in the reader: which posts are read or starred, and where each was left. Pure:
// the reducer calls these, and saving goes out as a `saveReading` command (the runner hands it
// to the store in src/data). Tracking is derived from the state before and after each action,
// as rendering is, so every way of scrolling or leaving a post is seen the same way.
import type { ReadingRecord, ReadingRecords, SavedPosition } from '../data/readingRecords.js';
import { UNREAD } from '../data/readingRecords.js';
import type { Command, Update } from './commands.js';
import type { PostState } from './post/postState.js';
import { reducePost } from './post/postState.js';
import { postKey, type PostKey } from './postKey.js';
import type { AppState, ListHit } from './state.js';
import type { Post } from '../core/types.js';

export interface ReadingState {
  /** Off with --no-state: nothing is marked, tracked or saved. */
  enabled: boolean;
  records: ReadingRecords;
  /** A post just opened with a saved position: it returns there once its rendering has the line. */
  resume: PostKey | null;
}

const NO_READING: ReadingState = { enabled: false, records: new Map(), resume: null };

export function readingState(records: ReadingRecords | undefined): ReadingState {
  return records ? { enabled: true, records, resume: null } : NO_READING;
}

function recordOf(reading: ReadingState, key: PostKey): ReadingRecord {
  return reading.records.get(key) ?? UNREAD;
}

export function isUnread(reading: ReadingState, key: PostKey): boolean {
  return reading.enabled && !recordOf(reading, key).read;
}

export function isStarred(reading: ReadingState, key: PostKey): boolean {
  return reading.enabled && recordOf(reading, key).starred;
}

// The header shows the count in every List frame: counted once per posts and records (both are
// replaced, never changed in place), not once per key typed.
const unreadCounts = new WeakMap<readonly Post[], WeakMap<ReadingRecords, number>>();

export function unreadCount(state: AppState): number {
  const { posts, reading } = state;
  if (!reading.enabled) return 0;
  const byRecords = unreadCounts.get(posts) ?? new WeakMap<ReadingRecords, number>();
  unreadCounts.set(posts, byRecords);
  let count = byRecords.get(reading.records);
  if (count === undefined) {
    count = posts.reduce((sum, post) => sum + (isUnread(reading, postKey(post)) ? 1 : 0), 0);
    byRecords.set(reading.records, count);
  }
  return count;
}

/** `m` and `s`: the open post on the Post screen, else the selected row. */
export function toggleMark(state: AppState, mark: 'read' | 'starred'): AppState {
  if (!state.reading.enabled) return withMessage(state, 'reading state is off (--no-state)');
  const key = state.screen === 'post' ? state.post?.key : state.list.hits[state.list.selected]?.key;
  if (key === undefined) return state;
  const record = recordOf(state.reading, key);
  const next = { ...record, [mark]: !record[mark] };
  const marked = withRecord(state, key, next);
  const text = mark === 'read' ? (next.read ? 'marked read' : 'marked unread') : next.starred ? 'starred' : 'unstarred';
  return withMessage(marked, text);
}

/** The `is:unread`, `is:starred`, `is:read` words of a query, applied to the List's rows. */
export function filterByMarks(hits: readonly ListHit[], flags: readonly string[], reading: ReadingState): readonly ListHit[] {
  const wanted = flags.filter((flag) => READING_FLAGS.has(flag));
  if (wanted.length === 0) return hits;
  return hits.filter((hit) => wanted.every((flag) => hasFlag(reading, hit.key, flag)));
}

const READING_FLAGS: ReadonlySet<string> = new Set(['unread', 'read', 'starred']);

function hasFlag(reading: ReadingState, key: PostKey, flag: string): boolean {
  const record = recordOf(reading, key);
  if (flag === 'unread') return !record.read;
  if (flag === 'read') return record.read;
  return record.starred;
}

/**
 * After every action: returns to a resumed post's place, records where the open post is shown
 * (read once past half of it, or its end), and asks for the changed records to be saved (at
 * once when the reader marked a post, left one or quits; positions after a quiet moment).
 */
export function trackReading(before: AppState, after: AppState): Update {
  if (!after.reading.enabled) return { state: after, commands: [] };
  let state = startResume(before, after);
  state = resumeIfReady(state);
  state = recordPosition(before, state);
  // Most keys change no record: the whole map is compared only when it was replaced.
  const changed =
    state.reading.records === before.reading.records
      ? []
      : [...state.reading.records].filter(([key, record]) => before.reading.records.get(key) !== record);
  const marked = changed.some(([key, record]) => {
    const previous = recordOf(before.reading, key);
    return previous.read !== record.read || previous.starred !== record.starred;
  });
  const leftPost = before.post !== null && (state.post?.key !== before.post.key || (state.exiting && !before.exiting));
  const now = marked || leftPost;
  const commands: Command[] = changed.length > 0 || leftPost ? [{ kind: 'saveReading', records: changed, now }] : [];
  return { state, commands };
}

function startResume(before: AppState, state: AppState): AppState {
  const post = state.post;
  const opened = post !== null && post.rendered === null && before.post?.key !== post.key;
  if (!opened || post.anchor !== null || !recordOf(state.reading, post.key).position?.line) return state;
  return { ...state, reading: { ...state.reading, resume: post.key } };
}

function resumeIfReady(state: AppState): AppState {
  const { post, reading } = state;
  if (reading.resume === null) return state;
  if (post?.key !== reading.resume) return { ...state, reading: { ...reading, resume: null } };
  if (!post.rendered) return state;
  const saved = recordOf(reading, post.key).position;
  const line = saved ? savedLine(post, saved) : 0;
  // A large post still rendering: wait for the part that holds the line.
  if (post.rendered.progress !== undefined && line >= post.rendered.lines.length) return state;
  const done = { ...state, reading: { ...reading, resume: null } };
  // Keys typed ahead already moved the reader: they win.
  if (post.scroll !== 0 || line === 0) return done;
  const resumed = reducePost(post, { type: 'post/scrollToLine', line });
  return { ...done, post: reducePost(resumed, { type: 'post/message', text: `back where you left off (line ${resumed.scroll + 1}; g: top)` }) };
}

/** The saved place in this rendering: by its heading when the heading is still there (lines shift), else by line. */
function savedLine(post: PostState, saved: SavedPosition): number {
  const heading = saved.heading === undefined ? undefined : post.rendered?.headings.find((candidate) => candidate.id === saved.heading);
  return heading ? heading.line + (saved.offset ?? 0) : saved.line;
}

function recordPosition(before: AppState, state: AppState): AppState {
  const { post } = state;
  if (!post?.rendered || state.reading.resume === post.key) return state;
  const record = recordOf(state.reading, post.key);
  const position = positionOf(post);
  const samePosition =
    record.position?.line === position.line && record.position.heading === position.heading && record.position.offset === position.offset;
  const nowRead = !record.read && isPastHalf(post) && !(before.post?.key === post.key && isPastHalf(before.post));
  if (samePosition && !nowRead) return state;
  return withRecord(state, post.key, { ...record, position, read: record.read || nowRead });
}

function positionOf(post: PostState): SavedPosition {
  const headings = post.rendered?.headings ?? [];
  const heading = headings.findLast((candidate) => candidate.line <= post.scroll);
  return heading ? { line: post.scroll, heading: heading.id, offset: post.scroll - heading.line } : { line: post.scroll };
}

/** Read: the screen's bottom line is past the middle of the fully rendered post (a short post, at once). */
function isPastHalf(post: PostState): boolean {
  const rendered = post.rendered;
  if (!rendered || rendered.progress !== undefined) return false;
  return post.scroll + post.viewportHeight >= rendered.lines.length / 2;
}

function withRecord(state: AppState, key: PostKey, record: ReadingRecord): AppState {
  const records = new Map(state.reading.records);
  records.set(key, record);
  return { ...state, reading: { ...state.reading, records } };
}

function withMessage(state: AppState, text: string): AppState {
  if (state.screen === 'post' && state.post) return { ...state, post: reducePost(state.post, { type: 'post/message', text }) };
  return { ...state, notice: text };
}
