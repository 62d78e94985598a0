// Search compares text folded to lower case without diacritics ("Café" and "cafe" are equal).
// Titles keep a map back to their original indices so matches can be highlighted in place.

// Letters that carry no combining mark under NFD, folded the way fuse.js folds them.
const UNDECOMPOSABLE: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ŧ: 't', ı: 'i', ß: 'ss', ς: 'σ' };
const MARKS = /\p{M}/gu;

const UNDECOMPOSABLE_CHARACTERS = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join('')}]`, 'g');

const NON_ASCII_RUN = /[^\x00-\x7F]+/g;

/** Lower case, diacritics removed. */
export function foldText(text: string): string {
  // Markdown is mostly ASCII: folding only the non-ASCII runs is many times faster than
  // normalizing the whole text, and gives the same result.
  return text.toLowerCase().replace(NON_ASCII_RUN, foldRun);
}

function foldRun(run: string): string {
  return run
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSABLE_CHARACTERS, (letter) => UNDECOMPOSABLE[letter]!);
}

export interface FoldedText {
  text: string;
  /** origin[i] is the index in the original string of the code point folded into text[i]; origin[text.length] is its length. */
  origin: number[];
}

export function foldTextWithOrigin(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const codePoint of text) {
    const piece = codePoint.length === 1 && codePoint < '\x80' ? codePoint.toLowerCase() : foldRun(codePoint);
    for (let i = 0; i < piece.length; i++) origin.push(index);
    folded += piece;
    index += codePoint.length;
  }
  origin.push(index);
  return { text: folded, origin };
}

/** Maps a [start, end) range in the folded text back to the original text. */
export function originalRange(folded: FoldedText, start: number, end: number): [number, number] {
  const originalStart = folded.origin[start] ?? 0;
  // The end must cover the whole original code point the last folded character came from.
  let endIndex = end;
  while (endIndex < folded.text.length && folded.origin[endIndex] === folded.origin[end - 1]) endIndex++;
  return [originalStart, folded.origin[endIndex] ?? originalStart];
}
