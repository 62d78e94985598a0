// How well one folded query term matches one post. A term matches when it is a substring of the
// title, a tag, the summary or the body; long terms also match title words and tags with typos.
import Fuse from 'fuse.js';
import { bodyCandidates, bodyContains, type BodyCandidates } from './bodyIndex.js';
import type { FoldedText } from './normalize.js';
import { typoVocabulary, type IndexedPost, type SearchIndex } from './searchIndex.js';

// Match quality (1 = best, 0 = no match). The title weighs most; a match at a word start beats
// one inside a word ("pipe" is better in "Pipelines" than in "bagpipes"); a typo beats a summary match.
const TITLE = 1;
const TAG = 0.7;
const SUMMARY = 0.35;
const BODY = 0.15;
const INSIDE_WORD = 0.6;
const WITH_TYPO = 0.5;
const TITLE_INSIDE_WORD = TITLE * INSIDE_WORD;
const TITLE_WITH_TYPO = TITLE * WITH_TYPO;

/** Posts whose title words or tags match a term only with typos, by post position. */
export type TypoMatches = Map<number, { quality: number; titleWord?: string }>;

/** Typos forgiven per term length: none below 4 characters (too many accidental hits), then 1, then 2 from 8. */
export function typosAllowed(term: string): number {
  return term.length < 4 ? 0 : term.length < 8 ? 1 : 2;
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
    for (const position of vocabulary.titlePosts.get(word) ?? []) matches.set(position, { quality: TITLE_WITH_TYPO, titleWord: word });
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

/** What matching a term needs beyond the post: its typo matches and which bodies may hold it. */
export interface TermMatches {
  term: string;
  typos: TypoMatches;
  body: BodyCandidates;
}

export function prepareTermMatches(index: SearchIndex, term: string, typos: TypoMatches): TermMatches {
  return { term, typos, body: bodyCandidates(index.bodies, term) };
}

/** The quality of the term's best match in the post; 0 when it matches nowhere. */
export function termQuality(index: SearchIndex, position: number, { term, typos, body }: TermMatches): number {
  let quality = fieldQuality(index.entries[position]!, term);
  const typo = typos.get(position);
  if (typo && typo.quality > quality) quality = typo.quality;
  // The body weighs least and is the slowest field: looked at only when nothing else matched.
  if (quality > 0) return quality;
  return bodyContains(index.bodies, position, term, body) ? BODY : 0;
}

/**
 * The best quality among the term's occurrences in title, tags and summary. Walks occurrences in
 * field order and stops as soon as no later occurrence can do better.
 */
function fieldQuality({ fields, titleEnd, tagsEnd }: IndexedPost, term: string): number {
  let best = 0;
  for (let at = fields.indexOf(term); at >= 0; at = fields.indexOf(term, at + 1)) {
    const fieldBest = at < titleEnd ? TITLE : at < tagsEnd ? TAG : SUMMARY;
    const quality = atWordStart(fields, at) ? fieldBest : fieldBest * INSIDE_WORD;
    if (quality > best) best = quality;
    if (best >= fieldBest) break;
  }
  return best;
}

/**
 * Where the term's best match lies in the title, when the title is where it matched best:
 * [start, end) in `title.text`. `quality` is termQuality's answer for this post.
 */
export function titleMatchRange(title: FoldedText, quality: number, term: string, typoWord: string | undefined): [number, number] | undefined {
  const word = quality === TITLE || quality === TITLE_INSIDE_WORD ? term : quality === TITLE_WITH_TYPO ? typoWord : undefined;
  if (word === undefined) return undefined;
  const at = findInText(title.text, word);
  return at < 0 ? undefined : [at, at + word.length];
}

/** The first occurrence at a word start, else the first occurrence, else -1. */
function findInText(text: string, term: string): number {
  const first = text.indexOf(term);
  for (let at = first; at >= 0; at = text.indexOf(term, at + 1)) if (atWordStart(text, at)) return at;
  return first;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function atWordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  // Folded text is mostly ASCII: decide those without a regular expression.
  if (before < 128) return !((before >= 97 && before <= 122) || (before >= 48 && before <= 57) || (before >= 65 && before <= 90));
  return !WORD_CHARACTER.test(text[at - 1]!);
}
