// Bodies are most of the text (about 60 MB for 10,000 posts), so each is folded once and its
// character n-grams are recorded per post: a term's candidate bodies are then the AND of a few
// bitsets, and only those are scanned. Preparation is resumable, so it can run in idle slices
// after the first frame; a body not prepared yet is folded when a search first needs it.
import type { Post } from '../types.js';
import { foldText } from './normalize.js';

/**
 * Only the first 64 KB of a body is searched: typing stays fast even with 2 MB posts, and
 * what a post is about is nearly always said early.
 */
export const MAX_SEARCHED_BODY = 64 * 1024;

// Gram ids. Single characters and pairs of ASCII characters are exact; anything else (non-ASCII
// pairs, all triples) is hashed into a fixed number of buckets, which bounds memory whatever the
// language, at the price of false candidates that the scan then rules out.
const SINGLES = 0;
const ASCII_PAIRS = SINGLES + 256;
const OTHER_PAIRS = ASCII_PAIRS + 128 * 128;
const OTHER_PAIR_BUCKETS = 4096;
const TRIPLES = OTHER_PAIRS + OTHER_PAIR_BUCKETS;
const TRIPLE_BUCKETS = 8192;
const GRAM_IDS = TRIPLES + TRIPLE_BUCKETS;

function singleId(c: number): number {
  return SINGLES + (c < 128 ? c : 128 + (c & 127));
}

function pairId(a: number, b: number): number {
  if ((a | b) < 128) return ASCII_PAIRS + a * 128 + b;
  return OTHER_PAIRS + ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 20) % OTHER_PAIR_BUCKETS;
}

function tripleId(a: number, b: number, c: number): number {
  return TRIPLES + ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 19) % TRIPLE_BUCKETS;
}

const ASCII = /^[\x00-\x7f]*$/;

export interface BodyIndex {
  readonly posts: readonly Post[];
  /** Folded, capped bodies, filled on first need. */
  readonly texts: (string | undefined)[];
  /** Posts [0, indexed) have their grams recorded. */
  indexed: number;
  /** Gram id → bitset of the indexed posts whose body has it (undefined: none has). */
  readonly grams: (Uint32Array | undefined)[];
}

export function createBodyIndex(posts: readonly Post[]): BodyIndex {
  return { posts, texts: new Array<string | undefined>(posts.length), indexed: 0, grams: new Array<Uint32Array | undefined>(GRAM_IDS) };
}

function bodyText(bodies: BodyIndex, position: number): string {
  return (bodies.texts[position] ??= foldText(bodies.posts[position]!.body.slice(0, MAX_SEARCHED_BODY)));
}

/** Bodies are indexed 32 at a time: one bitset word each, gathered in a small table that stays in cache. */
const BLOCK = 32;

/** Indexes bodies until `deadline` (a performance.now() time); true once every body is indexed. */
export function prepareBodies(bodies: BodyIndex, deadline = Infinity): boolean {
  const count = bodies.posts.length;
  const words = Math.ceil(count / BLOCK);
  const block = new Uint32Array(GRAM_IDS);
  while (bodies.indexed < count && performance.now() < deadline) {
    const first = bodies.indexed;
    const end = Math.min(count, first + BLOCK);
    block.fill(0);
    for (let position = first; position < end; position++) {
      const text = bodyText(bodies, position);
      const bit = 1 << (position % BLOCK);
      let b = -1;
      let a = -1;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        block[singleId(c)]! |= bit;
        if (a >= 0) block[pairId(a, c)]! |= bit;
        if (b >= 0) block[tripleId(b, a, c)]! |= bit;
        b = a;
        a = c;
      }
    }
    const word = first / BLOCK;
    for (let id = 0; id < GRAM_IDS; id++) if (block[id] !== 0) (bodies.grams[id] ??= new Uint32Array(words))[word] = block[id]!;
    bodies.indexed = end;
  }
  return bodies.indexed === count;
}

/** Which bodies may hold a term, decided once per search from the grams. */
export interface BodyCandidates {
  /** Posts below this position are decided by `bits`; others are scanned. */
  indexed: number;
  bits: Uint32Array | undefined;
  /** A set bit proves the term is there (short ASCII terms), no scan needed. */
  exact: boolean;
}

export function bodyCandidates(bodies: BodyIndex, term: string): BodyCandidates {
  const ids = new Set<number>();
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (term.length === 1) ids.add(singleId(c));
    if (i >= 1) ids.add(pairId(term.charCodeAt(i - 1), c));
    if (i >= 2) ids.add(tripleId(term.charCodeAt(i - 2), term.charCodeAt(i - 1), c));
  }
  let bits: Uint32Array | undefined;
  for (const id of ids) {
    const gram = bodies.grams[id];
    if (!gram) {
      bits = undefined;
      break;
    }
    if (bits) for (let w = 0; w < bits.length; w++) bits[w]! &= gram[w]!;
    else bits = gram.slice();
  }
  // Singles and pairs of ASCII characters are exact.
  const exact = term.length <= 2 && ASCII.test(term);
  return { indexed: bodies.indexed, bits, exact };
}

/**
 * -1 when the term is not in the body; else where a search for a longer term starting with it
 * may begin: the first occurrence at or after `from` (before which the term is known not to
 * start), or `from` itself when an exact candidate bit proves presence without a scan.
 */
export function findInBody(bodies: BodyIndex, position: number, term: string, candidates: BodyCandidates, from: number): number {
  if (position < candidates.indexed) {
    const bits = candidates.bits;
    if (!bits || (bits[position >>> 5]! & (1 << (position & 31))) === 0) return -1;
    if (candidates.exact) return from;
  }
  return bodyText(bodies, position).indexOf(term, from);
}
