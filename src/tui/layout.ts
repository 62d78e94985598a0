// Screen geometry, shared by the reducer (scrolling, paging) and the views (drawing), so both
// always agree on how many rows are visible.
import { MAX_TEXT_WIDTH } from '../core/limits.js';

export interface Size {
  columns: number;
  rows: number;
}

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 12;
/** From this width the selected post's summary is drawn beside the list instead of below it. */
const WIDE_COLUMNS = 120;
/** Text width of posts: --width when given, else the terminal's, at most MAX_TEXT_WIDTH. */
export function postTextWidth(size: Size, fixedWidth: number | null): number {
  return fixedWidth ?? Math.min(size.columns, MAX_TEXT_WIDTH);
}

export function isTooSmall(size: Size): boolean {
  return size.columns < MIN_COLUMNS || size.rows < MIN_ROWS;
}

/**
 * Rows the app draws. One less than the terminal: when Ink's output fills every row it clears
 * the whole terminal (ED 2 + scrollback) before each frame, which flickers; one spare row
 * keeps its cheap line-by-line redraw.
 */
export function drawnRows(size: Size): number {
  return Math.max(1, size.rows - 1);
}

export interface ListLayout {
  /** Summary to the right of the list (wide terminals) rather than below it. */
  summaryBeside: boolean;
  /** Columns of the list itself. */
  listWidth: number;
  /** Rows of posts. */
  listHeight: number;
  /** Text rows of the summary panel (below: after a separator line). */
  summaryHeight: number;
  /** A line under the header that shows the search prompt and tag filters. */
  filterLine: boolean;
}

export function listLayout(size: Size, filterLine: boolean): ListLayout {
  const rows = drawnRows(size);
  const chrome = 2 + (filterLine ? 1 : 0); // header, footer, filter line
  if (size.columns >= WIDE_COLUMNS) {
    const listWidth = Math.floor(size.columns * 0.6);
    return { summaryBeside: true, listWidth, listHeight: Math.max(1, rows - chrome), summaryHeight: rows - chrome, filterLine };
  }
  // Below the list: a separator and a few lines of summary; fewer on short terminals.
  const summaryHeight = rows >= 20 ? 4 : 2;
  return { summaryBeside: false, listWidth: size.columns, listHeight: Math.max(1, rows - chrome - 1 - summaryHeight), summaryHeight, filterLine };
}

/**
 * Rows between a one-line title and a one-line footer: the Post screen's body, and the
 * scrollable list of an overlay (help, warnings, tags, links).
 */
export function bodyHeight(size: Size): number {
  return Math.max(1, drawnRows(size) - 2);
}

/** First visible row so that `cursor` is on screen, moving the window as little as possible (like less). */
export function scrollToKeepVisible(offset: number, cursor: number, height: number, total: number): number {
  const maxOffset = Math.max(0, total - height);
  let next = Math.min(offset, maxOffset);
  if (cursor < next) next = cursor;
  else if (cursor >= next + height) next = cursor - height + 1;
  return Math.max(0, Math.min(next, maxOffset));
}

export function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
