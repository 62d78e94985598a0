// Which texts hold which character n-grams, one bitset over all texts per gram: a term's
// candidate texts are then the AND of a few bitsets, and only those are scanned. Indexing is
// resumable, so it can run in idle slices after the first frame; texts not indexed yet are
// simply scanned.

// Gram ids. Single characters and pairs of ASCII characters are exact; anything else (non-ASCII
// pairs, all triples) is hashed into a fixed number of buckets, which bounds memory whatever the
// language, at the price of false candidates that the scan then rules out.
const SINGLES = 0;
const ASCII_PAIRS = SINGLES + 256;
const OTHER_PAIRS = ASCII_PAIRS + 128 * 128;
const OTHER_PAIR_BITS = 12;
const TRIPLES = OTHER_PAIRS + 2 ** OTHER_PAIR_BITS;

function singleId(c: number): number {
  return SINGLES + (c < 128 ? c : 128 + (c & 127));
}

function pairId(a: number, b: number): number {
  if ((a | b) < 128) return ASCII_PAIRS + a * 128 + b;
  return OTHER_PAIRS + (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) >>> (32 - OTHER_PAIR_BITS));
}

const ASCII = /^[\x00-\x7f]*$/;

export interface GramIndex {
  readonly count: number;
  readonly textOf: (position: number) => string;
  /** Triples are hashed into 2^tripleBits buckets: more buckets, fewer false candidates, more memory. */
  readonly tripleBits: number;
  /** Texts [0, indexed) have their grams recorded. */
  indexed: number;
  /** Gram id → bitset of the indexed texts that have it (undefined: none has). */
  readonly grams: (Uint32Array | undefined)[];
}

export function createGramIndex(count: number, textOf: (position: number) => string, tripleBits: number): GramIndex {
  return { count, textOf, tripleBits, indexed: 0, grams: new Array<Uint32Array | undefined>(TRIPLES + 2 ** tripleBits) };
}

function tripleId(a: number, b: number, c: number, tripleBits: number): number {
  return TRIPLES + (Math.imul(Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c, 0xc2b2ae35) >>> (32 - tripleBits));
}

/** Texts are indexed 32 at a time: one bitset word each, gathered in a small table that stays in cache. */
const BLOCK = 32;

/** Indexes texts until `deadline` (a performance.now() time); true once all are indexed. */
export function prepareGrams(index: GramIndex, deadline = Infinity): boolean {
  const { count, tripleBits } = index;
  const words = Math.ceil(count / BLOCK);
  const block = new Uint32Array(index.grams.length);
  while (index.indexed < count && performance.now() < deadline) {
    const first = index.indexed;
    const end = Math.min(count, first + BLOCK);
    block.fill(0);
    for (let position = first; position < end; position++) {
      const text = index.textOf(position);
      const bit = 1 << (position % BLOCK);
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
    }
    const word = first / BLOCK;
    for (let id = 0; id < block.length; id++) if (block[id] !== 0) (index.grams[id] ??= new Uint32Array(words))[word] = block[id]!;
    index.indexed = end;
  }
  return index.indexed === count;
}

/** Which texts may hold a term, worked out once per term from the grams. */
export interface GramCandidates {
  /** Texts below this position are decided by `bits`; the others must be scanned. */
  indexed: number;
  bits: Uint32Array | undefined;
  /** A set bit proves the term is there (short ASCII terms): no scan needed to know. */
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
  return { indexed: index.indexed, bits, exact: term.length <= 2 && ASCII.test(term) };
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
