// Lines of a code block as the layout receives them. Wrapped (the default): each line carries the
// marker that starts its continuations with `↪`. Not wrapped (the reader's choice, to read long
// lines whole): each line is cut to the width, scrolled `scroll` columns to the right, with a dim
// `‹`/`›` where text is hidden.
import { continuedLineMarker, tokenize } from './ansi.js';
import { EscapeState } from './escapeState.js';
import type { Styles } from './styles.js';
import { displayWidth, graphemes } from '../text/width.js';

interface CodeLayout {
  width: number;
  color: boolean;
  wrap: boolean;
  scroll: number;
  styles: Styles;
}

export function codeBlockLines(lines: readonly string[], indent: string, layout: CodeLayout): string[] {
  if (layout.wrap) return lines.map((line) => continuedLineMarker(layout.color) + indent + line);
  const room = Math.max(1, layout.width - indent.length);
  return lines.map((line) => indent + sliceColumns(line, layout.scroll, room, layout.styles));
}

/** Columns [start, start + room) of a line holding SGR codes, with `‹`/`›` over hidden text. */
function sliceColumns(line: string, start: number, room: number, styles: Styles): string {
  const pieces = tokenize(line);
  const total = pieces.reduce((sum, piece) => sum + (piece.type === 'text' ? displayWidth(piece.text) : 0), 0);
  if (start === 0 && total <= room) return line;
  const left = start > 0 ? 1 : 0;
  const right = start + room - left < total ? 1 : 0;
  const first = start + left;
  const last = start + room - right;
  const state = new EscapeState();
  let out = '';
  let shown = 0;
  let column = 0;
  for (const piece of pieces) {
    if (column >= last) break;
    if (piece.type !== 'text') {
      state.apply(piece);
      if (column >= first) out += piece.raw;
      continue;
    }
    for (const { text, width } of graphemes(piece.text)) {
      if (column >= first && column + width <= last) {
        if (shown === 0) out = state.openers() + out;
        out += text;
        shown += width;
      }
      column += width;
    }
  }
  const body = out + state.closers() + ' '.repeat(right ? last - first - shown : 0);
  return (left ? styles.dim('‹') : '') + body + (right ? styles.dim('›') : '');
}
