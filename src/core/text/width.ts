// Display width in terminal columns: CJK and most emoji take two, combining marks none, so
// UTF-16 lengths would misalign rows. string-width is exact but slow per call; graphemes repeat
// a lot (box drawing, accents, CJK), so their widths are cached, and text made only of
// one-column characters is its length.
import stringWidth from 'string-width';

// Printable ASCII, Latin-1/Latin Extended, general punctuation, arrows and box drawing: each
// is one grapheme one column wide (checked against string-width 7), minus the exceptions it
// counts as 0 (soft hyphen) or 2 (©, ®, ‼, ⁉ and the emoji arrows). Anything else, a combining
// mark included, takes the exact path.
const ONE_COLUMN_TEXT =
  /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u02ff\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e\u2190-\u2193\u219a-\u21a8\u21ab-\u21ff\u2500-\u257f]*$/;
// Made on first use: the first Intl.Segmenter of a process costs ~16 ms (ICU's break rules),
// which lists of plain titles never need.
let segmenter: Intl.Segmenter | undefined;
const segmentsOf = (text: string): Intl.Segments => (segmenter ??= new Intl.Segmenter()).segment(text);
const graphemeWidths = new Map<string, number>();

// Hangul fillers: string-width measures them 0, terminals draw them up to two columns wide.
// Text shown is sanitized (they become spaces there); anything else measured is counted wide,
// since a row measured too wide only ends early, one measured too narrow overflows.
const FILLERS = /[\u115F\u1160\u3164\uFFA0]/g;

function countFillers(text: string): number {
  return text.match(FILLERS)?.length ?? 0;
}

function graphemeWidth(grapheme: string): number {
  let width = graphemeWidths.get(grapheme);
  if (width === undefined) {
    width = stringWidth(grapheme) + 2 * countFillers(grapheme);
    if (graphemeWidths.size < 10_000) graphemeWidths.set(grapheme, width);
  }
  return width;
}

/** The text's graphemes with their widths. */
export function graphemes(text: string): { text: string; width: number }[] {
  if (ONE_COLUMN_TEXT.test(text)) return Array.from(text, (char) => ({ text: char, width: 1 }));
  return Array.from(segmentsOf(text), ({ segment }) => ({ text: segment, width: graphemeWidth(segment) }));
}

// ESC or CSI: styled text (the CLI pads bold titles), which string-width measures by what it shows.
const ESCAPE_START = /[\u001b\u009b]/;

/** Columns `text` takes on a terminal; SGR codes in styled text take none. */
export function displayWidth(text: string): number {
  if (ONE_COLUMN_TEXT.test(text)) return text.length;
  if (ESCAPE_START.test(text)) return stringWidth(text) + 2 * countFillers(text);
  let width = 0;
  for (const { segment } of segmentsOf(text)) width += graphemeWidth(segment);
  return width;
}
