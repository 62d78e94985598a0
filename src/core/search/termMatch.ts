// How well one folded query term matches one post. A term matches when it is a substring of the
// title, a tag, the summary or the body; long terms also match title words and tags with typos.
import Fuse from 'fuse.js';
import { advanceAhead, findInBody } from './bodyIndex.js';
import { characterMatch } from './characterQualities.js';
import { gramCandidates, mayHold, type GramCandidates } from './gramIndex.js';
import type { FoldedText } from './normalize.js';
import { atWordStart, BODY, FIELD_QUALITIES, INSIDE_WORD, SUMMARY, TAG, TITLE, WITH_TYPO } from './quality.js';
import { typoVocabulary, type SearchIndex } from './searchIndex.js';

const TITLE_INSIDE_WORD = TITLE * INSIDE_WORD;
const TITLE_WITH_TYPO = TITLE * WITH_TYPO;
const TAG_WITH_TYPO = TAG * WITH_TYPO;
/** Every quality a term can have in a post, so that one byte per post remembers it. */
const QUALITIES = [...new Set([0, BODY, TITLE_WITH_TYPO, TAG_WITH_TYPO, ...FIELD_QUALITIES])];

/** Posts whose title words or tags match a term only with typos, by post position. */
export type TypoMatches = Map<number, { quality: number; titleWord?: string }>;

/** Typos forgiven per term length: none below 4 characters (too many accidental hits), then 1, then 2 from 8. */
function typosAllowed(term: string): number {
  return term.length < 4 ? 0 : term.length < 8 ? 1 : 2;
}

function findTypoMatches(index: SearchIndex, term: string): TypoMatches {
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
      if (!matches.has(position)) matches.set(position, { quality: TAG_WITH_TYPO });
    }
  }
  return matches;
}

function splitIntoPieces(term: string, count: number): string[] {
  const size = Math.floor(term.length / count);
  return Array.from({ length: count }, (_, i) => term.slice(i * size, i === count - 1 ? term.length : (i + 1) * size));
}

/** A query term, what matching it needs beyond the post, and its results per post so far. */
export interface TermState {
  term: string;
  typos: TypoMatches;
  /** Which posts' title, tags and summary, and which bodies, may hold the term. */
  fields: GramCandidates;
  body: GramCandidates;
  /** Per post position, the index in QUALITIES of its quality; -1 until computed (see rememberedQuality). */
  qualities: Int8Array;
  /** Per post position, 1 when the title holds the term (known once its quality is). */
  inTitle: Uint8Array;
  /** Per post position, where a longer term's body search may start (see findInBody). */
  bodyAt: Int32Array;
  /** Per post position, characters known to follow bodyAt's occurrence (see findInBody). */
  bodyAhead: Uint32Array;
  /** The state of the term minus its last character: where that is absent, so is this term. */
  prefix?: TermState;
  /** Typos were not looked for: the vocabulary was not gathered yet (see createTermState). */
  typosPending: boolean;
}

/**
 * `prefix`, when known, is the state of the term minus its last character. Without
 * `waitForIndex`, typos are not looked for while the title vocabulary is still being gathered
 * (a once-only cost of tens of milliseconds at 10,000 posts): `typosPending` then says so.
 */
export function createTermState(index: SearchIndex, term: string, prefix?: TermState, waitForIndex = true): TermState {
  const count = index.posts.length;
  // Only the direct prefix is consulted: dropping its own prefix keeps the chain from growing.
  if (prefix) prefix.prefix = undefined;
  const typosPending = !waitForIndex && typosAllowed(term) > 0 && index.vocabulary === undefined;
  return {
    term,
    typosPending,
    typos: typosPending ? new Map() : findTypoMatches(index, term),
    fields: gramCandidates(index.fieldGrams, term),
    body: gramCandidates(index.bodies.grams, term),
    qualities: new Int8Array(count).fill(-1),
    inTitle: new Uint8Array(count),
    bodyAt: new Int32Array(count),
    bodyAhead: new Uint32Array(count),
    prefix,
  };
}

/** Lets texts indexed since the state was made be ruled out without a scan. */
export function refreshCandidates(index: SearchIndex, state: TermState): void {
  if (state.fields.indexed < index.fieldGrams.indexed) state.fields = gramCandidates(index.fieldGrams, state.term);
  if (state.body.indexed < index.bodies.grams.indexed) state.body = gramCandidates(index.bodies.grams, state.term);
}

/** termQuality's answer when only the body could tell and it is not indexed yet (see `waitForBodies`). */
export const BODY_NOT_INDEXED = -1;

/**
 * The quality of the term's best match in the post (0 when it matches nowhere), remembered.
 * Without `waitForBodies`, a body that is not indexed yet is not read: when only it could
 * tell, the answer is BODY_NOT_INDEXED (not remembered; ask again once it is indexed).
 */
export function termQuality(index: SearchIndex, position: number, state: TermState, waitForBodies = true): number {
  const known = rememberedQuality(state, position);
  if (known >= 0) return known;
  const quality = computeQuality(index, position, state, waitForBodies);
  if (quality !== BODY_NOT_INDEXED) state.qualities[position] = QUALITIES.indexOf(quality);
  return quality;
}

/** The term's quality in the post if computed already, else -1. */
export function rememberedQuality(state: TermState, position: number): number {
  const code = state.qualities[position]!;
  return code < 0 ? -1 : QUALITIES[code]!;
}

function computeQuality(index: SearchIndex, position: number, state: TermState, waitForBodies: boolean): number {
  const prefixQuality = state.prefix ? rememberedQuality(state.prefix, position) : -1;
  // A prefix found nowhere, or only in the body (BODY is no field's quality), proves the term is in no field.
  const inNoField = prefixQuality === 0 || prefixQuality === BODY;
  let quality = inNoField || !mayHold(state.fields, position) ? 0 : fieldQuality(index, position, state);
  const typo = state.typos.get(position);
  if (typo && typo.quality > quality) quality = typo.quality;
  // The body weighs least and is the slowest field: looked at only when nothing else matched.
  if (quality > 0 || prefixQuality === 0) return quality;
  if (!waitForBodies && position >= state.body.indexed) return BODY_NOT_INDEXED;
  const at =
    prefixQuality === BODY
      ? findExtensionInBody(index, position, state, state.prefix!)
      : findInBody(index.bodies, position, state.term, state.body, 0, state.bodyAhead);
  state.bodyAt[position] = at;
  return at >= 0 ? BODY : 0;
}

/**
 * Finds the term in a body where its prefix was found: the term starts at or after the prefix's
 * occurrence, and the characters seen after that occurrence often settle it without a scan.
 */
function findExtensionInBody(index: SearchIndex, position: number, state: TermState, prefix: TermState): number {
  const from = prefix.bodyAt[position]!;
  // The prefix is the term minus its last character (createTermState's caller makes sure).
  const ahead = advanceAhead(prefix.bodyAhead[position]!, state.term.charCodeAt(state.term.length - 1));
  if (ahead >= 0) {
    state.bodyAhead[position] = ahead;
    return from;
  }
  return findInBody(index.bodies, position, state.term, state.body, from, state.bodyAhead);
}

/**
 * The best quality among the term's occurrences in title, tags and summary. Walks occurrences in
 * field order and stops as soon as no later occurrence can do better.
 */
function fieldQuality(index: SearchIndex, position: number, state: TermState): number {
  const { term } = state;
  const tabulated = characterMatch(index.characters, position, term);
  if (tabulated) {
    if (tabulated.inTitle) state.inTitle[position] = 1;
    return tabulated.quality;
  }
  const { fields, titleEnd, tagsEnd } = index.entries[position]!;
  const first = fields.indexOf(term);
  // The title comes first in fields, and a term cannot run past its end (no line breaks in terms).
  if (first >= 0 && first < titleEnd) state.inTitle[position] = 1;
  let best = 0;
  for (let at = first; at >= 0; at = fields.indexOf(term, at + 1)) {
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
