// Display-width helpers for one-line cells: CJK and most emoji take two columns, so lengths in
// UTF-16 units would misalign rows. Titles are truncated with `…`, never wrapped.
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Columns `text` takes. Printable ASCII (most titles, tags, hints) is one column per character,
 * measured without string-width's grapheme segmentation: the List measures every visible row
 * on every key.
 */
export function displayWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/** One piece of a cell: highlighted pieces are the characters a search matched. */
export interface Segment {
  text: string;
  highlighted: boolean;
}

/** Cuts `text` to at most `width` columns, ending with `…` when something was cut. */
export function truncateToWidth(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  if (PRINTABLE_ASCII.test(text)) return `${text.slice(0, width - 1)}…`;
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const cost = stringWidth(segment);
    if (used + cost > width - 1) break;
    kept += segment;
    used += cost;
  }
  return `${kept}…`;
}

/** Pads with spaces (or truncates) to exactly `width` columns. */
export function fitToWidth(text: string, width: number): string {
  const cut = truncateToWidth(text, width);
  return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
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
