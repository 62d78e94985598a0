// Turns the invisible link/heading markers of laid-out lines into positions, and removes them.
// Columns are display columns of the line with escapes stripped, end exclusive.
import { tokenize } from './ansi.js';
import { displayWidth } from '../text/width.js';

export interface Span {
  line: number;
  start: number;
  end: number;
}

export interface MarkedLines {
  lines: string[];
  /** Link id → where its text is drawn (one span per line). */
  linkSpans: Map<number, Span[]>;
  /** Heading id → the line it starts on. */
  headingLines: Map<number, number>;
}

export function extractMarkers(laidOut: readonly string[]): MarkedLines {
  const linkSpans = new Map<number, Span[]>();
  const headingLines = new Map<number, number>();
  const lines = laidOut.map((line, lineIndex) => {
    let column = 0;
    let out = '';
    const open: { id: number; start: number }[] = [];
    for (const piece of tokenize(line)) {
      switch (piece.type) {
        case 'text':
          out += piece.text;
          column += displayWidth(piece.text);
          break;
        case 'linkStart':
          open.push({ id: piece.id, start: column });
          break;
        case 'linkEnd': {
          const link = open.pop();
          if (link && column > link.start) {
            const spans = linkSpans.get(link.id) ?? [];
            spans.push({ line: lineIndex, start: link.start, end: column });
            linkSpans.set(link.id, spans);
          }
          break;
        }
        case 'heading':
          if (!headingLines.has(piece.id)) headingLines.set(piece.id, lineIndex);
          break;
        case 'continued':
          break;
        default:
          out += piece.raw;
      }
    }
    return out;
  });
  return { lines, linkSpans, headingLines };
}
