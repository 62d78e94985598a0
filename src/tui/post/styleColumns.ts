// Draws highlights (focused link, search matches) into an already-styled line at display
// columns. slice-ansi miscounts OSC 8 hyperlinks, so the line is walked once here instead:
// escape sequences are copied untouched, and a highlight is re-applied after every SGR inside
// it (so the line's own resets cannot cancel it) and closed by a reset followed by a replay of
// the line's SGR so far (so the colours after it are exactly what they were).
import { graphemes } from '../../core/text/width.js';

export interface StyledRange {
  start: number;
  /** Exclusive. */
  end: number;
  /** SGR sequence that turns the highlight on. */
  open: string;
}

// CSI (SGR among them), OSC terminated by BEL or ST, or any other two-byte escape.
const ESCAPE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/y;
const SGR = /^\u001b\[[0-9;:]*m$/;
const RESET = '\u001b[0m';

/** `ranges` must be sorted and non-overlapping. A character belongs to the range its first column is in. */
export function styleColumns(line: string, ranges: readonly StyledRange[]): string {
  if (ranges.length === 0) return line;
  let output = '';
  let column = 0;
  let lineSgr = '';
  let rangeIndex = 0;
  let active: StyledRange | null = null;
  const close = () => {
    output += RESET + lineSgr;
    active = null;
  };
  const place = () => {
    while (ranges[rangeIndex] && ranges[rangeIndex]!.end <= column) rangeIndex += 1;
    const range = ranges[rangeIndex];
    if (active && active !== range) close();
    if (!active && range && range.start <= column) {
      active = range;
      output += range.open;
    }
  };
  let text = '';
  const flushText = () => {
    for (const grapheme of graphemes(text)) {
      place();
      output += grapheme.text;
      column += grapheme.width;
    }
    text = '';
  };
  for (let index = 0; index < line.length;) {
    ESCAPE.lastIndex = index;
    const escape = line.charCodeAt(index) === 0x1b ? ESCAPE.exec(line) : null;
    if (!escape) {
      text += line[index];
      index += 1;
      continue;
    }
    flushText();
    const sequence = escape[0];
    output += sequence;
    if (SGR.test(sequence)) {
      lineSgr += sequence;
      if (active) output += (active as StyledRange).open;
    }
    index += sequence.length;
  }
  flushText();
  if (active) close();
  return output;
}
