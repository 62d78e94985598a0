// Which texts hold which character n-grams, one bitset over all texts per gram: a term's
// candidate texts are then the AND of a few bitsets, and only those are scanned. Indexing is
// resumable, so it can run in idle slices after the first frame; texts not indexed yet are
// simply scanned.

// Gram ids. Single characters, pairs of ASCII characters and triples of lower-case letters and
// digits (what typed words are made of) are exact: a text has the gram iff its bit is set. The
// rest (non-ASCII pairs, other triples) is hashed into a fixed number of buckets, which bounds
// memory whatever the language, at the price of false candidates that the scan then rules out.
// Bitsets exist only for grams some text has.
const SINGLES = 0;
const ASCII_PAIRS = SINGLES + 256;
const OTHER_PAIRS = ASCII_PAIRS + 128 * 128;
const OTHER_PAIR_BITS = 12;
const WORD_TRIPLES = OTHER_PAIRS + 2 ** OTHER_PAIR_BITS;
/** a–z and 0–9; anything else is symbol OTHER. */
const SYMBOLS = 36;
const OTHER = SYMBOLS;
const OTHER_TRIPLES = WORD_TRIPLES + SYMBOLS ** 3;

function singleId(c: number): number {
  return SINGLES + (c < 128 ? c : 128 + (c & 127));
}

function pairId(a: number, b: number): number {
  if ((a | b) < 128) return ASCII_PAIRS + a * 128 + b;
  return OTHER_PAIRS + (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) >>> (32 - OTHER_PAIR_BITS));
}

function symbol(c: number): number {
  return c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 48 + 26 : OTHER;
}

function tripleId(a: number, b: number, c: number, tripleBits: number): number {
  const sa = symbol(a);
  const sb = symbol(b);
  const sc = symbol(c);
  if (sa !== OTHER && sb !== OTHER && sc !== OTHER) return WORD_TRIPLES + (sa * SYMBOLS + sb) * SYMBOLS + sc;
  return OTHER_TRIPLES + (Math.imul(Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c, 0xc2b2ae35) >>> (32 - tripleBits));
}

const ASCII = /^[\x00-\x7f]*$/;
const WORD_TRIPLE = /^[a-z0-9]{3}$/;

export interface GramIndex {
  readonly count: number;
  readonly textOf: (position: number) => string;
  /** Triples other than word triples are hashed into 2^tripleBits buckets: more buckets, fewer false candidates, more memory. */
  readonly tripleBits: number;
  /** Texts [0, indexed) have their grams recorded. */
  indexed: number;
  /** The next text to read: texts [indexed, next) are read but their block is not complete. */
  next: number;
  /** Gram id → bitset of the indexed texts that have it (undefined: none has). */
  readonly grams: (Uint32Array | undefined)[];
  /** One block's bits per gram while indexing (kept between slices, dropped when done). */
  block?: Uint32Array;
  /** Where new bitsets are carved from, and how many it has given. */
  slab?: Uint32Array;
  slabUsed: number;
}

/**
 * Bitsets are carved from slabs of this many: the first texts bring most grams at once, and one
 * allocation instead of a thousand keeps that slice short.
 */
const SLAB_BITSETS = 1024;

function newBitset(index: GramIndex, words: number): Uint32Array {
  if (!index.slab || index.slabUsed === SLAB_BITSETS) {
    index.slab = new Uint32Array(words * SLAB_BITSETS);
    index.slabUsed = 0;
  }
  index.slabUsed++;
  return index.slab.subarray(words * (index.slabUsed - 1), words * index.slabUsed);
}

export function createGramIndex(count: number, textOf: (position: number) => string, tripleBits: number): GramIndex {
  return { count, textOf, tripleBits, indexed: 0, next: 0, grams: new Array<Uint32Array | undefined>(OTHER_TRIPLES + 2 ** tripleBits), slabUsed: 0 };
}

/** Texts are indexed 32 at a time: one bitset word each, gathered in a small table that stays in cache. */
const BLOCK = 32;

/** Indexes texts until `deadline` (a performance.now() time), at least one text; true once all are indexed. */
export function prepareGrams(index: GramIndex, deadline = Infinity): boolean {
  const { count, tripleBits } = index;
  const words = Math.ceil(count / BLOCK);
  const block = (index.block ??= new Uint32Array(index.grams.length));
  while (index.indexed < count) {
    const first = index.indexed;
    const end = Math.min(count, first + BLOCK);
    // A block may span slices: its texts' bits wait in `block` until the last one is in.
    while (index.next < end) {
      const text = index.textOf(index.next);
      const bit = 1 << (index.next % BLOCK);
      let b = -1;
      let a = -1;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        block[singleId(c)]! |= bit;
        if (a >= 0) block[pairId(a, c)]! |= bit;
        if (b >= 0) block[tripleId(b, a, c, tripleBits)]! |= bit;
        b = a;
        a = c;
      }
      index.next++;
      if (index.next < end && performance.now() >= deadline) return false;
    }
    const word = first / BLOCK;
    for (let id = 0; id < block.length; id++) {
      if (block[id] === 0) continue;
      (index.grams[id] ??= newBitset(index, words))[word] = block[id]!;
      block[id] = 0;
    }
    index.indexed = end;
    if (performance.now() >= deadline) break;
  }
  if (index.indexed < count) return false;
  index.block = undefined;
  index.slab = undefined;
  return true;
}

/** Which texts may hold a term, worked out once per term from the grams. */
export interface GramCandidates {
  /** Texts below this position are decided by `bits`; the others must be scanned. */
  indexed: number;
  bits: Uint32Array | undefined;
  /** A set bit proves the term is there (terms of exact grams only): no scan needed to know. */
  exact: boolean;
}

export function gramCandidates(index: GramIndex, term: string): GramCandidates {
  const ids = new Set<number>();
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (term.length === 1) ids.add(singleId(c));
    if (i >= 1) ids.add(pairId(term.charCodeAt(i - 1), c));
    if (i >= 2) ids.add(tripleId(term.charCodeAt(i - 2), term.charCodeAt(i - 1), c, index.tripleBits));
  }
  let bits: Uint32Array | undefined;
  for (const id of ids) {
    const gram = index.grams[id];
    if (!gram) {
      bits = undefined;
      break;
    }
    if (bits) for (let w = 0; w < bits.length; w++) bits[w]! &= gram[w]!;
    else bits = gram.slice();
  }
  return { indexed: index.indexed, bits, exact: (term.length <= 2 && ASCII.test(term)) || WORD_TRIPLE.test(term) };
}

/** Whether text `position` may hold the term; false is certain. */
export function mayHold(candidates: GramCandidates, position: number): boolean {
  if (position >= candidates.indexed) return true;
  const bits = candidates.bits;
  return bits !== undefined && (bits[position >>> 5]! & (1 << (position & 31))) !== 0;
}

/** Whether the grams prove text `position` holds the term. */
export function surelyHolds(candidates: GramCandidates, position: number): boolean {
  return candidates.exact && position < candidates.indexed && mayHold(candidates, position);
}
