// Pieces of one-line cells: search-match highlighting and footer hints that fit.
import { displayWidth } from '../core/text/width.js';

/** One piece of a cell: highlighted pieces are the characters a search matched. */
export interface Segment {
  text: string;
  highlighted: boolean;
}

/**
 * Splits `text` (already truncated, possibly ending in `…`) into plain and highlighted pieces.
 * `ranges` are [start, end) UTF-16 offsets into the untruncated text; the prefix is identical.
 */
export function highlightSegments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const marked = new Array<boolean>(text.length).fill(false);
  for (const [start, end] of ranges) {
    for (let i = Math.max(0, start); i < Math.min(end, text.length); i += 1) marked[i] = true;
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const highlighted = marked[i] ?? false;
    const last = segments[segments.length - 1];
    if (last && last.highlighted === highlighted) last.text += text[i];
    else segments.push({ text: text[i] ?? '', highlighted });
  }
  return segments;
}

/** Joins as many whole `parts` as fit in `width` columns (hints are dropped, never cut). */
export function joinWhatFits(parts: readonly string[], width: number, separator = '  '): string {
  let line = '';
  for (const part of parts) {
    const next = line === '' ? part : `${line}${separator}${part}`;
    if (displayWidth(next) > width) break;
    line = next;
  }
  return line;
}
