// The escape sequences the renderer itself writes, and a tokenizer that recognizes only those.
// Anything else (a stray ESC, C1, bidi mark) is dropped from text pieces, so a string that went
// through `tokenize` can only carry our own SGR, OSC 8 and link/heading markers.
import { sanitizeText } from '../sanitize.js';

export type Piece =
  | { type: 'text'; text: string }
  | { type: 'sgr'; raw: string; params: number[] }
  | { type: 'hyperlink'; raw: string; url: string }
  | { type: 'linkStart'; raw: string; id: number }
  | { type: 'linkEnd'; raw: string }
  | { type: 'heading'; raw: string; id: number }
  | { type: 'continued'; raw: string; color: boolean };

export const SGR_RESET = '\u001b[0m';

export function hyperlinkOpen(url: string): string {
  return `\u001b]8;;${url}\u001b\\`;
}
export const HYPERLINK_CLOSE = hyperlinkOpen('');

// Private OSC sequences (number 7301 is unused by terminals): invisible to every width
// computation (string-width strips OSC), removed before lines leave the renderer.
export const linkStartMarker = (id: number): string => `\u001b]7301;s${id}\u0007`;
export const LINK_END_MARKER = '\u001b]7301;e\u0007';
export const headingMarker = (id: number): string => `\u001b]7301;h${id}\u0007`;
/**
 * Marks a line of code or display math: when it wraps, each continuation starts with `↪`
 * (dim in colour), so a wrapped line never passes for a new one.
 */
export const continuedLineMarker = (color: boolean): string => `\u001b]7301;${color ? 'C' : 'c'}\u0007`;

const OWN_ESCAPE = /\u001b(?:\[([0-9;]*)m|\]8;;([\x21-\x7e]*)\u001b\\|\]7301;([sehcC])(\d*)\u0007)/g;

// Called for every line several times per render: an exec loop, because matchAll clones the
// regex on each call, and lines without any escape skip the regex altogether.
export function tokenize(line: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  if (line.includes('\u001b')) {
    OWN_ESCAPE.lastIndex = 0;
    for (let match = OWN_ESCAPE.exec(line); match !== null; match = OWN_ESCAPE.exec(line)) {
      const at = match.index;
      if (at > last) pushText(pieces, line.slice(last, at));
      last = at + match[0].length;
      pieces.push(escapePiece(match));
    }
  }
  if (last < line.length) pushText(pieces, line.slice(last));
  return pieces;
}

function pushText(pieces: Piece[], text: string): void {
  const clean = sanitizeText(text).replace(/[\n\t]/g, ' ');
  if (clean) pieces.push({ type: 'text', text: clean });
}

function escapePiece(match: RegExpExecArray): Piece {
  const raw = match[0];
  const [, sgr, url, marker, id] = match;
  if (sgr !== undefined) return { type: 'sgr', raw, params: sgr === '' ? [0] : sgr.split(';').map(Number) };
  if (url !== undefined) return { type: 'hyperlink', raw, url };
  if (marker === 's') return { type: 'linkStart', raw, id: Number(id) };
  if (marker === 'h') return { type: 'heading', raw, id: Number(id) };
  if (marker === 'c' || marker === 'C') return { type: 'continued', raw, color: marker === 'C' };
  return { type: 'linkEnd', raw };
}

/** The text a reader sees: escapes removed, unsafe characters removed. */
export function visibleText(line: string): string {
  return tokenize(line)
    .map((piece) => (piece.type === 'text' ? piece.text : ''))
    .join('');
}
