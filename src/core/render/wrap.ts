// Lays rendered Markdown out at a fixed width: word wrap with a hanging indent (list items
// continue under their text, not under the bullet), long words and code lines broken where
// they must be, escape state carried across breaks. No line it returns is wider than `width`.
import { MIN_TEXT_WIDTH } from '../limits.js';
import { tokenize, type Piece } from './ansi.js';
import { EscapeState } from './escapeState.js';
import { displayWidth, graphemes } from '../text/width.js';

interface Unit {
  text: string;
  width: number;
  /** Set for escapes (zero width). */
  piece?: Piece;
}

// Leading spaces plus a list bullet ("* ", "12. "), a note number ("[1] ") or a task box: continuation lines align after it.
const HANGING_PREFIX = /^ *(?:(?:\* |\d+\. |\[\d+\] )(?:[☐☑] )?)?/;
const CONTINUED = '↪ ';
const DIM_CONTINUED = '\u001b[2m↪\u001b[22m ';

export function layoutText(text: string, width: number): string[] {
  const state = new EscapeState();
  const lines: string[] = [];
  for (const line of text.split('\n')) lines.push(...wrapLine(line, width, state));
  return lines;
}

function wrapLine(line: string, width: number, state: EscapeState): string[] {
  const pieces = tokenize(line);
  const fits = pieces.reduce((sum, piece) => sum + (piece.type === 'text' ? displayWidth(piece.text) : 0), 0) <= width;
  if (fits) {
    // Most lines: no wrapping, only the escape state carried in and closed.
    const openers = state.openers();
    for (const piece of pieces) state.apply(piece);
    return [openers + pieces.map((piece) => (piece.type === 'text' ? piece.text : piece.raw)).join('') + state.closers()];
  }
  const units = toUnits(pieces);
  // Escapes take no columns: the hanging indent is measured on the text alone.
  const visible = units
    .filter((unit) => !unit.piece)
    .map((unit) => unit.text)
    .join('');
  // Deeply nested content keeps at least a readable column of text.
  const minText = Math.min(MIN_TEXT_WIDTH, Math.floor(width / 2));
  // Code and display math: continuations start with `↪` after the indent.
  const continued = pieces.find((piece) => piece.type === 'continued');
  const marker = continued ? displayWidth(CONTINUED) : 0;
  const indent = Math.min(displayWidth(HANGING_PREFIX.exec(visible)?.[0] ?? ''), width - minText - marker) + marker;
  const continuation = continued ? ' '.repeat(indent - marker) + (continued.color ? DIM_CONTINUED : CONTINUED) : ' '.repeat(indent);

  const out: string[] = [];
  let current = state.openers();
  let column = 0;
  let word: Unit[] = [];
  let wordWidth = 0;
  let gap: Unit[] = [];

  const commit = (unit: Unit): void => {
    if (unit.piece) state.apply(unit.piece);
    current += unit.text;
    column += unit.width;
  };
  const breakLine = (): void => {
    out.push(current.trimEnd() + state.closers());
    current = continuation + state.openers();
    column = indent;
  };
  const flushWord = (): void => {
    const gapWidth = gap.length;
    if (column + gapWidth + wordWidth <= width) {
      gap.forEach(commit);
    } else if (column > indent && indent + wordWidth <= width) {
      breakLine();
    } else if (column + gapWidth < width) {
      gap.forEach(commit);
    } else if (column > indent) {
      breakLine();
    }
    for (const unit of word) {
      // A whole word that does not fit is broken between its graphemes.
      for (const part of unit.width > 1 && column + unit.width > width ? graphemes(unit.text) : [unit]) {
        if (column + part.width > width && column > indent) breakLine();
        commit(part);
      }
    }
    word = [];
    wordWidth = 0;
    gap = [];
  };

  for (const unit of units) {
    if (unit.text === ' ' && !unit.piece) {
      if (word.length) flushWord();
      // Leading spaces beyond the indent cap are dropped so nested text still fits.
      if (column + gap.length < width - minText || column > 0) gap.push(unit);
    } else {
      word.push(unit);
      wordWidth += unit.width;
    }
  }
  flushWord();
  out.push(current.trimEnd() + state.closers());
  return out;
}

// Words stay whole units (one object per word: with one per character, laying out a 2 MB post
// is mostly allocation); each space is its own unit, where lines may break.
function toUnits(pieces: Piece[]): Unit[] {
  const units: Unit[] = [];
  for (const piece of pieces) {
    if (piece.type !== 'text') units.push({ text: piece.raw, width: 0, piece });
    else for (const word of piece.text.split(/( )/)) if (word !== '') units.push({ text: word, width: displayWidth(word) });
  }
  return units;
}
