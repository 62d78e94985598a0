// Incremental search: each keystroke usually extends the previous query, and a post that does
// not contain "pip" cannot contain "pipe", so the next search only re-examines the previous
// hits (plus the few posts a longer term now reaches through a typo). Recent results are kept,
// so Backspace is instant too, and so is each term's quality per post, so a query's earlier
// words are not matched again while its last word is typed. A searcher that does not wait for
// bodies answers at once while they are still being indexed (after a start): its results then
// lack the body-only matches of the bodies not indexed yet, and say so (bodiesPending).
import type { Post } from '../types.js';
import { foldText, foldTextWithOrigin, originalRange } from './normalize.js';
import { parseQuery, queryTerms } from './query.js';
import type { SearchIndex } from './searchIndex.js';
import {
  BODY_NOT_INDEXED,
  createTermState,
  refreshCandidates,
  rememberedQuality,
  termQuality,
  titleMatchRange,
  type TermState,
} from './termMatch.js';

export interface SearchHit {
  post: Post;
  /** 0 = perfect match; larger is worse. */
  score: number;
  /** [start, end) UTF-16 index ranges in post.title that matched the query, for highlighting. */
  titleRanges: [number, number][];
}

export interface Searcher {
  /** Free text plus `#tag` tokens; `tags` are extra filters (all must match). Best first. */
  search(query: string, tags?: readonly string[]): SearchHit[];
  /**
   * Whether the last search's hits may still grow: it did not wait for bodies not indexed yet
   * (never true when the searcher waits for bodies). Search again once they are indexed.
   */
  bodiesPending(): boolean;
}

export interface SearcherOptions {
  /**
   * True (the default): a body a search needs is read and folded at once, however long that
   * takes. False: such bodies are left out until prepareSearchIndex has indexed them.
   */
  waitForBodies?: boolean;
}

/** A query's result, kept compact (typed arrays) because recent ones are remembered. */
interface Evaluation {
  filterKey: string;
  terms: string[];
  /** Positions in the index of the hits, best first. */
  positions: Int32Array;
  /** Their scores, same order. */
  scores: Float64Array;
  /** The query's terms, to work out title ranges. */
  states: TermState[];
  /** Posts from `bodiesIndexed` on may be missing: only their unindexed bodies could tell. */
  partial: boolean;
  bodiesIndexed: number;
}

/** Bonus when the title holds the whole query text, so "machine learning" prefers that phrase. */
const PHRASE_BONUS = 0.1;
const PERFECT = 1 + PHRASE_BONUS;
/** Queries and terms remembered, for instant Backspace: each costs about 0.1 MB per 10,000 posts. */
const REMEMBERED_QUERIES = 64;
export function createSearcher(index: SearchIndex, { waitForBodies = true }: SearcherOptions = {}): Searcher {
  const recent = new Map<string, Evaluation>();
  const termStates = new Map<string, TermState>();
  let previous: Evaluation | undefined;
  return {
    bodiesPending: () => previous?.partial === true,
    search(query, tags = []) {
      const parsed = parseQuery(query);
      const filters = [...new Set([...parsed.tags, ...tags].map(foldText))].sort();
      const filterKey = filters.join('\n');
      const terms = queryTerms(parsed.text);
      const key = `${filterKey}\t${terms.join(' ')}`;
      let evaluation = recent.get(key);
      // Bodies indexed (or typos looked for) since a partial result may add hits to it.
      if (evaluation?.partial && (evaluation.bodiesIndexed < index.bodies.grams.indexed || (evaluation.bodiesIndexed === 0 && index.vocabulary)))
        evaluation = undefined;
      if (!evaluation) {
        const bodiesIndexed = index.bodies.grams.indexed;
        const states = terms.map((term) => termStateOf(index, termStates, term, waitForBodies));
        const pool = candidatePositions(index, previous, filters, filterKey, terms, states);
        const evaluated = evaluate(index, pool, terms, states, waitForBodies);
        // Typos not looked for yet may be anywhere: every post is to be looked at again.
        const typosPending = states.some((state) => state.typosPending);
        evaluation = { filterKey, terms, ...evaluated, partial: evaluated.partial || typosPending, bodiesIndexed: typosPending ? 0 : bodiesIndexed };
        remember(recent, key, evaluation);
      }
      previous = evaluation;
      return toHits(index, evaluation);
    },
  };
}

function termStateOf(index: SearchIndex, termStates: Map<string, TermState>, term: string, waitForIndex: boolean): TermState {
  let state = termStates.get(term);
  // Made before the vocabulary was gathered: made again, with its typos.
  if (state?.typosPending && index.vocabulary) state = undefined;
  if (state) refreshCandidates(index, state);
  else {
    // Typing usually adds one character: the shorter term's results prune this one's work.
    state = createTermState(index, term, termStates.get(term.slice(0, -1)), waitForIndex);
    remember(termStates, term, state);
  }
  return state;
}

function passesFilters(index: SearchIndex, filters: readonly string[], position: number): boolean {
  if (filters.length === 0) return true;
  const facets = index.entries[position]!.facets;
  return filters.every((filter) => facets.includes(filter));
}

/**
 * The posts that can match: the previous hits when the query extends the previous one (plus
 * those it could not rule out for want of their bodies), else all.
 */
function candidatePositions(
  index: SearchIndex,
  previous: Evaluation | undefined,
  filters: readonly string[],
  filterKey: string,
  terms: string[],
  states: TermState[],
): Int32Array {
  const extension = previous?.filterKey === filterKey ? extendedTerm(previous.terms, terms) : undefined;
  if (!previous || !extension) {
    const all = new Int32Array(index.posts.length);
    let count = 0;
    for (let position = 0; position < index.posts.length; position++) if (passesFilters(index, filters, position)) all[count++] = position;
    return all.subarray(0, count);
  }
  if (!extension.lengthened && !previous.partial) return previous.positions;
  const inPool = new Uint8Array(index.posts.length);
  for (const position of previous.positions) inPool[position] = 1;
  const reached: number[] = [];
  const reach = (position: number): void => {
    if (inPool[position] === 1 || !passesFilters(index, filters, position)) return;
    inPool[position] = 1;
    reached.push(position);
  };
  // Typo tolerance grows with term length, so a longer term may reach posts the shorter one missed.
  if (extension.lengthened) for (const position of states[previous.terms.length - 1]!.typos.keys()) reach(position);
  if (previous.partial) for (let position = previous.bodiesIndexed; position < index.posts.length; position++) reach(position);
  const pool = new Int32Array(previous.positions.length + reached.length);
  pool.set(previous.positions);
  pool.set(reached, previous.positions.length);
  return pool;
}

/**
 * Whether `terms` only narrows `before`: same terms, the last one possibly longer (`lengthened`),
 * maybe more after it. Undefined when not an extension.
 */
function extendedTerm(before: string[], terms: string[]): { lengthened: boolean } | undefined {
  if (terms.length < before.length) return undefined;
  if (before.length === 0) return { lengthened: false };
  const last = before.length - 1;
  for (let i = 0; i < last; i++) if (terms[i] !== before[i]) return undefined;
  const term = terms[last]!;
  if (!term.startsWith(before[last]!)) return undefined;
  return { lengthened: term !== before[last] };
}

function evaluate(
  index: SearchIndex,
  pool: Int32Array,
  terms: string[],
  states: TermState[],
  waitForBodies: boolean,
): Pick<Evaluation, 'positions' | 'scores' | 'states' | 'partial'> {
  if (terms.length === 0) {
    const positions = pool.slice().sort();
    return { positions, scores: new Float64Array(positions.length), states: [], partial: false };
  }
  const phrase = terms.join(' ');
  // The last term is the one being typed: the likeliest to rule a post out, and so checked first.
  const checkOrder = [...states].reverse();
  const scoreAt = new Float64Array(index.posts.length);
  const { keys, positionBits, scoreLevels } = sortKeys(pool.length, index.posts.length);
  const positionRange = 2 ** positionBits;
  let count = 0;
  let partial = false;
  for (let i = 0; i < pool.length; i++) {
    const position = pool[i]!;
    let sum = 0;
    let unknown = false;
    for (const state of checkOrder) {
      const quality = termQuality(index, position, state, waitForBodies);
      if (quality === 0) {
        sum = -1;
        break;
      }
      if (quality === BODY_NOT_INDEXED) unknown = true;
      else sum += quality;
    }
    if (sum < 0) continue;
    if (unknown) {
      partial = true;
      continue;
    }
    let quality = sum / terms.length;
    // A title holding the phrase holds every term: that test, already paid for, spares most title reads.
    if (states.every((state) => state.inTitle[position] === 1) && (states.length === 1 || index.entries[position]!.title.includes(phrase)))
      quality += PHRASE_BONUS;
    const score = Math.max(0, PERFECT - quality);
    scoreAt[position] = score;
    keys[count++] = Math.round((score / PERFECT) * (scoreLevels - 1)) * positionRange + position;
  }
  const ranked = keys.subarray(0, count).sort();
  const positions = new Int32Array(count);
  const scores = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const position = ranked[i]! % positionRange;
    positions[i] = position;
    scores[i] = scoreAt[position]!;
  }
  return { positions, scores, states, partial };
}

/**
 * Hits sort on one number: the score, quantized, then the position (index order is newest first).
 * Up to 2^18 posts that fits 32 bits, and a Uint32Array sorts about five times faster than a
 * Float64Array; beyond, a double holds it. Scores closer than a quantum count as equal.
 */
function sortKeys(count: number, posts: number): { keys: Uint32Array | Float64Array; positionBits: number; scoreLevels: number } {
  const positionBits = Math.max(1, Math.ceil(Math.log2(posts + 1)));
  const narrow = positionBits <= 18;
  return { keys: narrow ? new Uint32Array(count) : new Float64Array(count), positionBits, scoreLevels: 2 ** (narrow ? 32 - positionBits : 20) };
}

function toHits(index: SearchIndex, { positions, scores, states }: Evaluation): SearchHit[] {
  const hits: SearchHit[] = new Array(positions.length);
  for (let i = 0; i < positions.length; i++) hits[i] = new RankedHit(index.posts[positions[i]!]!, scores[i]!, positions[i]!, states);
  return hits;
}

/**
 * A hit whose title ranges are worked out only when read: a search may have 10,000 hits, the
 * list draws a screenful.
 */
class RankedHit implements SearchHit {
  readonly #position: number;
  readonly #states: readonly TermState[];
  #titleRanges: [number, number][] | undefined;

  constructor(
    readonly post: Post,
    readonly score: number,
    position: number,
    states: readonly TermState[],
  ) {
    this.#position = position;
    this.#states = states;
  }

  get titleRanges(): [number, number][] {
    if (this.#titleRanges) return this.#titleRanges;
    if (this.#states.length === 0) return (this.#titleRanges = []);
    const title = foldTextWithOrigin(this.post.title);
    const ranges: [number, number][] = [];
    for (const state of this.#states) {
      const quality = rememberedQuality(state, this.#position);
      const range = titleMatchRange(title, quality, state.term, state.typos.get(this.#position)?.titleWord);
      if (range) ranges.push(originalRange(title, ...range));
    }
    this.#titleRanges = mergeRanges(ranges);
    return this.#titleRanges;
  }
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  cache.set(key, value);
  if (cache.size > REMEMBERED_QUERIES) cache.delete(cache.keys().next().value!);
}
