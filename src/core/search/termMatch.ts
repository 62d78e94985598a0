// How well one folded query term matches one post. A term matches when it is a substring of the
// title, a tag, the summary or the body; long terms also match title words and tags with typos.
import Fuse from 'fuse.js';
import { mayContain, termSignature, searchedBodies, typoVocabulary, type IndexedPost, type SearchedBodies, type SearchIndex } from './searchIndex.js';

// Match quality (1 = best). The title weighs most; a match at a word start beats one inside a
// word ("pipe" is better in "Pipelines" than in "bagpipes"); a typo beats a summary match.
const TITLE = 1;
const TAG = 0.7;
const SUMMARY = 0.35;
const BODY = 0.15;
const INSIDE_WORD = 0.6;
const WITH_TYPO = 0.5;

export interface TermMatch {
  quality: number;
  /** [start, end) in the folded title, when the title matched. */
  titleRange?: [number, number];
}

/** Posts whose title words or tags match a term only with typos, by post position. */
export type TypoMatches = Map<number, { quality: number; titleWord?: string }>;

/** Typos forgiven per term length: none below 4 characters (too many accidental hits), then 1, then 2 from 8. */
export function typosAllowed(term: string): number {
  return term.length < 4 ? 0 : term.length < 8 ? 1 : 2;
}

/** What the body check of a term needs: the folded bodies and the term's signature. */
export interface BodySearch {
  bodies: SearchedBodies;
  signature: [number, number][];
}

export function prepareBodySearch(index: SearchIndex, term: string): BodySearch {
  return { bodies: searchedBodies(index), signature: termSignature(term) };
}

export function findTypoMatches(index: SearchIndex, term: string): TypoMatches {
  const matches: TypoMatches = new Map();
  const typos = typosAllowed(term);
  if (typos === 0) return matches;
  const vocabulary = typoVocabulary(index);
  // With k typos, one of k + 1 pieces of the term survives intact: only words holding a piece
  // can match, which spares running bitap over the whole vocabulary.
  const pieces = splitIntoPieces(term, typos + 1);
  const candidates = vocabulary.words.filter((word) => pieces.some((piece) => word.includes(piece)));
  // Bitap scores errors / length; the half step keeps exactly `typos` errors under the threshold.
  const fuse = new Fuse(candidates, {
    isCaseSensitive: true,
    ignoreLocation: true,
    shouldSort: false,
    threshold: (typos + 0.5) / term.length,
  });
  for (const { item: word } of fuse.search(term.slice(0, 32))) {
    for (const position of vocabulary.titlePosts.get(word) ?? []) matches.set(position, { quality: TITLE * WITH_TYPO, titleWord: word });
    for (const position of vocabulary.tagPosts.get(word) ?? []) {
      if (!matches.has(position)) matches.set(position, { quality: TAG * WITH_TYPO });
    }
  }
  return matches;
}

function splitIntoPieces(term: string, count: number): string[] {
  const size = Math.floor(term.length / count);
  return Array.from({ length: count }, (_, i) => term.slice(i * size, i === count - 1 ? term.length : (i + 1) * size));
}

export interface TermMatches {
  term: string;
  typos: TypoMatches;
  body: BodySearch;
}

export function matchTerm(entry: IndexedPost, position: number, { term, typos, body }: TermMatches): TermMatch | null {
  const found: TermMatch[] = [];
  const inTitle = findInText(entry.title.text, term);
  if (inTitle) found.push({ quality: TITLE * (inTitle.atWordStart ? 1 : INSIDE_WORD), titleRange: [inTitle.at, inTitle.at + term.length] });
  for (const tag of entry.tags) {
    const inTag = findInText(tag, term);
    if (inTag) found.push({ quality: TAG * (inTag.atWordStart ? 1 : INSIDE_WORD) });
  }
  const typo = typos.get(position);
  if (typo) {
    const word = typo.titleWord;
    const inWord = word === undefined ? undefined : findInText(entry.title.text, word);
    found.push({ quality: typo.quality, titleRange: inWord && word ? [inWord.at, inWord.at + word.length] : undefined });
  }
  const inSummary = findInText(entry.summary, term);
  if (inSummary) found.push({ quality: SUMMARY * (inSummary.atWordStart ? 1 : INSIDE_WORD) });
  // The body weighs least and is the slowest field: looked at only when nothing else matched.
  if (found.length === 0) {
    const inBody = mayContain(body.bodies, position, body.signature) && body.bodies.texts[position]!.includes(term);
    return inBody ? { quality: BODY } : null;
  }
  return found.reduce((best, match) => (match.quality > best.quality ? match : best));
}

/** The first occurrence at a word start, else the first occurrence. */
function findInText(text: string, term: string): { at: number; atWordStart: boolean } | undefined {
  let at = text.indexOf(term);
  if (at < 0) return undefined;
  const first = at;
  while (at >= 0) {
    if (at === 0 || !WORD_CHARACTER.test(text[at - 1]!)) return { at, atWordStart: true };
    at = text.indexOf(term, at + 1);
  }
  return { at: first, atWordStart: false };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
