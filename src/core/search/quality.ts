// Match quality (1 = best, 0 = no match). The title weighs most; a match at a word start beats
// one inside a word ("pipe" is better in "Pipelines" than in "bagpipes"); a typo beats a summary match.
export const TITLE = 1;
export const TAG = 0.7;
export const SUMMARY = 0.35;
export const BODY = 0.15;
export const INSIDE_WORD = 0.6;
export const WITH_TYPO = 0.5;

/** The field qualities, worst first, so a table can store the index of one in a byte. */
export const FIELD_QUALITIES = [0, SUMMARY * INSIDE_WORD, SUMMARY, TAG * INSIDE_WORD, TITLE * INSIDE_WORD, TAG, TITLE];

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

export function atWordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  // Folded text is mostly ASCII: decide those without a regular expression.
  if (before < 128) return !((before >= 97 && before <= 122) || (before >= 48 && before <= 57) || (before >= 65 && before <= 90));
  return !WORD_CHARACTER.test(text[at - 1]!);
}
