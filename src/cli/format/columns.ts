// Display-width aware padding and cutting: CJK and emoji take two columns, combining marks none,
// so `.length` would misalign the table.
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export { stringWidth as displayWidth };

// string-width ignores SGR codes, so styled text pads by what it shows.
/** Pads `text` with spaces on the right to `width` display columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/** Pads `text` with spaces on the left to `width` display columns. */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(text))) + text;
}

/** Cuts `text` to at most `width` display columns, ending in `…` when something was cut. */
export function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  if (width <= 0) return '';
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const segmentWidth = stringWidth(segment);
    if (used + segmentWidth > width - 1) break;
    kept += segment;
    used += segmentWidth;
  }
  // "Older Notes on…", not "Older Notes on …"; "terminals…", not "terminals,…".
  return `${kept.replace(/[\s,;:]+$/u, '')}…`;
}
