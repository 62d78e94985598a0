// In-post search (`/` on the Post screen): case-insensitive over the rendered lines as the
// reader sees them (ANSI stripped), matches reported in display columns like link spans.
import stripAnsi from 'strip-ansi';
import { displayWidth } from '../../core/text/width.js';

export interface TextMatch {
  line: number;
  /** Display columns of the ANSI-stripped line, end exclusive. */
  start: number;
  end: number;
}

interface FoldedLine {
  plain: string;
  folded: string;
  /** folded index -> plain index, only when lower-casing changed the length (e.g. 'İ'). */
  toPlain: number[] | null;
}

// Searching runs on every keystroke of the query; stripping a 2 MB post's lines each time would
// dominate, so the folded lines are kept per rendering (the lines array identifies it).
const foldedCache = new WeakMap<readonly string[], FoldedLine[]>();

function foldLine(line: string): FoldedLine {
  const plain = stripAnsi(line);
  const folded = plain.toLowerCase();
  if (folded.length === plain.length) return { plain, folded, toPlain: null };
  let foldedText = '';
  const toPlain: number[] = [];
  let plainIndex = 0;
  for (const char of plain) {
    const lower = char.toLowerCase();
    for (let i = 0; i < lower.length; i += 1) toPlain.push(plainIndex);
    foldedText += lower;
    plainIndex += char.length;
  }
  toPlain.push(plainIndex);
  return { plain, folded: foldedText, toPlain };
}

function foldedLines(lines: readonly string[]): FoldedLine[] {
  let cached = foldedCache.get(lines);
  if (!cached) {
    cached = lines.map(foldLine);
    foldedCache.set(lines, cached);
  }
  return cached;
}

/** Every non-overlapping occurrence of `query`, in reading order. An empty query matches nothing. */
export function findMatches(lines: readonly string[], query: string): TextMatch[] {
  const needle = query.toLowerCase();
  if (needle === '') return [];
  const matches: TextMatch[] = [];
  foldedLines(lines).forEach(({ plain, folded, toPlain }, line) => {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
      const from = toPlain ? (toPlain[at] ?? at) : at;
      const to = toPlain ? (toPlain[at + needle.length] ?? plain.length) : at + needle.length;
      const start = displayWidth(plain.slice(0, from));
      matches.push({ line, start, end: start + displayWidth(plain.slice(from, to)) });
    }
  });
  return matches;
}
