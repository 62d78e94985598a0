// Bodies are most of the text (about 60 MB for 10,000 posts): each is folded once, capped, and
// its grams indexed (gramIndex.ts), in idle slices after the first frame; a body not folded yet
// is folded when a search first needs it.
import { bodyPrefix } from '../content/postBody.js';
import type { Post } from '../types.js';
import { createGramIndex, mayHold, prepareGrams, surelyHolds, type GramCandidates, type GramIndex } from './gramIndex.js';
import { foldText } from './normalize.js';

/**
 * Only the first 64 KB of a body is searched: typing stays fast even with 2 MB posts, and
 * what a post is about is nearly always said early.
 */
const MAX_SEARCHED_BODY = 64 * 1024;
/**
 * Searched body text in all, so that memory has a ceiling whatever the number of posts: past
 * 1,500 posts each keeps its share (10,000 posts: 9.8 K each; the bench's average body is ~6 K).
 */
const SEARCHED_TEXT_BUDGET = 96 * 1024 * 1024;

/** 8,192 triple buckets: a 4 KB body fills about a fifth of them. */
const TRIPLE_BITS = 13;

export interface BodyIndex {
  readonly grams: GramIndex;
}

export function createBodyIndex(posts: readonly Post[]): BodyIndex {
  // Folded, capped bodies, filled on first need.
  const texts = new Array<string | undefined>(posts.length);
  const share = Math.min(MAX_SEARCHED_BODY, Math.floor(SEARCHED_TEXT_BUDGET / Math.max(1, posts.length)));
  const bodyText = (position: number): string => (texts[position] ??= compact(foldText(bodyPrefix(posts[position]!, share))));
  return { grams: createGramIndex(posts.length, bodyText, TRIPLE_BITS) };
}

/** Folds and indexes bodies until `deadline` (a performance.now() time); true once all are. */
export function prepareBodies(bodies: BodyIndex, deadline = Infinity): boolean {
  return prepareGrams(bodies.grams, deadline);
}

/**
 * -1 when the term is not in the body; else where a search for a longer term starting with it
 * may begin: the first occurrence at or after `from` (before which the term is known not to
 * start), or `from` itself when the grams prove presence without a scan. After a scan that finds
 * it, `ahead[position]` gets the characters that follow (see charactersAfter), else 0.
 */
export function findInBody(bodies: BodyIndex, position: number, term: string, candidates: GramCandidates, from: number, ahead: Uint32Array): number {
  ahead[position] = 0;
  if (!mayHold(candidates, position)) return -1;
  if (surelyHolds(candidates, position)) return from;
  const text = bodies.grams.textOf(position);
  const at = text.indexOf(term, from);
  if (at >= 0) ahead[position] = charactersAfter(text, at + term.length);
  return at;
}

/** Characters packed into `ahead` values: up to three, one byte each, their count in the top byte. */
const AHEAD = 3;

/**
 * The (Latin-1) characters at `offset`, packed: typing a term out, the next keystrokes can be
 * checked against them without reading the body again.
 */
function charactersAfter(text: string, offset: number): number {
  let packed = 0;
  let count = 0;
  for (; count < AHEAD && offset + count < text.length; count++) {
    const c = text.charCodeAt(offset + count);
    if (c > 0xff) break;
    packed |= c << (8 * count);
  }
  return packed | (count << 24);
}

/** Whether `next` is the first packed character; if so, the value for the longer term, else -1. */
export function advanceAhead(ahead: number, next: number): number {
  const count = ahead >>> 24;
  if (count === 0 || (ahead & 0xff) !== next) return -1;
  return ((count - 1) << 24) | ((ahead & 0xffffff) >>> 8);
}

/**
 * A copy of the text that shares nothing with the body it was cut from (a slice, or a folded
 * text equal to it, would keep the whole body alive), stored one byte a character when it is
 * ASCII (a body with one `€` is two bytes a character throughout).
 */
function compact(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
