// Which columns of which visible lines are highlighted, and how: the focused link in reverse
// video on every line its spans cover, search matches in yellow, the current match distinct.
import type { TextMatch } from './postSearch.js';
import type { RenderedLink } from '../../core/types.js';
import type { StyledRange } from './styleColumns.js';

export interface HighlightStyles {
  focusedLink: string;
  match: string;
  currentMatch: string;
}

export const COLOR_STYLES: HighlightStyles = {
  focusedLink: '\u001b[7m',
  match: '\u001b[30;43m',
  currentMatch: '\u001b[1;30;46m',
};

// NO_COLOR: attributes only, so matches stay visible on a monochrome terminal.
export const MONOCHROME_STYLES: HighlightStyles = {
  focusedLink: '\u001b[7m',
  match: '\u001b[4m',
  currentMatch: '\u001b[1;4m',
};

export interface HighlightInput {
  firstLine: number;
  lineCount: number;
  focusedLink: RenderedLink | undefined;
  matches: readonly TextMatch[];
  currentMatch: number;
  styles: HighlightStyles;
}

/** Ranges per visible line (keyed by line number), sorted and non-overlapping: the focused link wins over matches. */
export function visibleHighlights(input: HighlightInput): Map<number, StyledRange[]> {
  const { firstLine, lineCount, styles } = input;
  const endLine = firstLine + lineCount;
  const byLine = new Map<number, StyledRange[]>();
  const add = (line: number, range: StyledRange) => {
    if (line < firstLine || line >= endLine || range.end <= range.start) return;
    byLine.set(line, [...(byLine.get(line) ?? []), range]);
  };
  for (const span of input.focusedLink?.spans ?? []) add(span.line, { start: span.start, end: span.end, open: styles.focusedLink });
  for (let index = firstMatchAtOrAfter(input.matches, firstLine); index < input.matches.length; index += 1) {
    const match = input.matches[index]!;
    if (match.line >= endLine) break;
    const open = index === input.currentMatch ? styles.currentMatch : styles.match;
    const taken = byLine.get(match.line) ?? [];
    for (const piece of withoutOverlap(match, taken)) add(match.line, { ...piece, open });
  }
  for (const ranges of byLine.values()) ranges.sort((a, b) => a.start - b.start);
  return byLine;
}

/** Binary search: a long post can hold many thousands of matches, only a screenful is drawn. */
function firstMatchAtOrAfter(matches: readonly TextMatch[], line: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (matches[middle]!.line < line) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The parts of `match` not covered by the ranges already placed on its line. */
function withoutOverlap(match: TextMatch, taken: readonly StyledRange[]): { start: number; end: number }[] {
  let pieces = [{ start: match.start, end: match.end }];
  for (const range of taken) {
    pieces = pieces.flatMap((piece) =>
      [
        { start: piece.start, end: Math.min(piece.end, range.start) },
        { start: Math.max(piece.start, range.end), end: piece.end },
      ].filter((part) => part.end > part.start),
    );
  }
  return pieces;
}
