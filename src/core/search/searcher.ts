// Incremental search: each keystroke usually extends the previous query, and a post that does
// not contain "pip" cannot contain "pipe", so the next search only re-examines the previous
// hits (plus the few posts a longer term now reaches through a typo). Recent results are kept,
// so Backspace is instant too, and so is each term's quality per post, so a query's earlier
// words are not matched again while its last word is typed.
import type { Post } from '../types.js';
import { foldText, foldTextWithOrigin, originalRange } from './normalize.js';
import { parseQuery, queryTerms } from './query.js';
import type { SearchIndex } from './searchIndex.js';
import { findTypoMatches, prepareTermMatches, termQuality, titleMatchRange, type TermMatches } from './termMatch.js';

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
}

interface Evaluation {
  filterKey: string;
  terms: string[];
  hits: SearchHit[];
  /** Positions in the index of the posts in hits, same order. */
  positions: ArrayLike<number>;
}

/** One term's matching data and its quality per post position (-1 = not computed yet). */
interface TermState {
  matches: TermMatches;
  qualities: Float64Array;
}

/** Bonus when the title holds the whole query text, so "machine learning" prefers that phrase. */
const PHRASE_BONUS = 0.1;
const PERFECT = 1 + PHRASE_BONUS;
const REMEMBERED_QUERIES = 64;
// Hits sort on one number: the score in steps of 2^-20 (scores closer than that count as equal),
// then the position (index order is newest first). Both fit a double exactly.
const SCORE_STEPS = 2 ** 20;
const POSITIONS = 2 ** 24;

export function createSearcher(index: SearchIndex): Searcher {
  const recent = new Map<string, Evaluation>();
  const termStates = new Map<string, TermState>();
  let previous: Evaluation | undefined;

  const termStateOf = (term: string): TermState => {
    let state = termStates.get(term);
    if (!state) {
      state = { matches: prepareTermMatches(index, term, findTypoMatches(index, term)), qualities: new Float64Array(index.posts.length).fill(-1) };
      remember(termStates, term, state);
    } else if (state.matches.body.indexed < index.bodies.indexed) {
      // More bodies were prepared since: let their grams rule bodies out.
      state.matches = prepareTermMatches(index, term, state.matches.typos);
    }
    return state;
  };

  return {
    search(query, tags = []) {
      const parsed = parseQuery(query);
      const filters = [...new Set([...parsed.tags, ...tags].map(foldText))].sort();
      const filterKey = filters.join('\n');
      const terms = queryTerms(parsed.text);
      const key = `${filterKey}\t${terms.join(' ')}`;
      let evaluation = recent.get(key);
      if (!evaluation) {
        const passesFilters = (position: number): boolean => {
          const postTags = index.entries[position]!.tags;
          return filters.every((filter) => postTags.includes(filter));
        };
        const pool = candidatePositions(index, previous, filterKey, terms, passesFilters, termStateOf);
        evaluation = { filterKey, terms, ...evaluate(index, pool, terms, termStateOf) };
        remember(recent, key, evaluation);
      }
      previous = evaluation;
      return evaluation.hits;
    },
  };
}

/** The posts that can match: the previous hits when the query extends the previous one, else all. */
function candidatePositions(
  index: SearchIndex,
  previous: Evaluation | undefined,
  filterKey: string,
  terms: string[],
  passesFilters: (position: number) => boolean,
  termStateOf: (term: string) => TermState,
): ArrayLike<number> {
  const extension = previous?.filterKey === filterKey ? extendedTerm(previous.terms, terms) : undefined;
  if (!previous || !extension) {
    const all: number[] = [];
    for (let position = 0; position < index.posts.length; position++) if (passesFilters(position)) all.push(position);
    return all;
  }
  if (extension.term === undefined) return previous.positions;
  // Typo tolerance grows with term length, so a longer term may reach posts the shorter one missed.
  const pool = Array.from(previous.positions);
  const inPool = new Uint8Array(index.posts.length);
  for (const position of pool) inPool[position] = 1;
  for (const position of termStateOf(extension.term).matches.typos.keys()) {
    if (inPool[position] === 0 && passesFilters(position)) pool.push(position);
  }
  return pool;
}

/**
 * Whether `terms` only narrows `before`: same terms, the last one possibly longer, maybe more
 * after it. Returns the lengthened term (undefined when none was), or undefined when not an extension.
 */
function extendedTerm(before: string[], terms: string[]): { term?: string } | undefined {
  if (terms.length < before.length) return undefined;
  if (before.length === 0) return {};
  const last = before.length - 1;
  for (let i = 0; i < last; i++) if (terms[i] !== before[i]) return undefined;
  const term = terms[last]!;
  if (!term.startsWith(before[last]!)) return undefined;
  return term === before[last] ? {} : { term };
}

function evaluate(
  index: SearchIndex,
  pool: ArrayLike<number>,
  terms: string[],
  termStateOf: (term: string) => TermState,
): Pick<Evaluation, 'hits' | 'positions'> {
  if (terms.length === 0) {
    const positions = Int32Array.from(pool).sort();
    return { positions, hits: Array.from(positions, (position) => ({ post: index.posts[position]!, score: 0, titleRanges: [] })) };
  }
  const phrase = terms.join(' ');
  // The last term is the one being typed: the likeliest to rule a post out, and so checked first.
  const states = terms.map(termStateOf).reverse();
  const scores = new Float64Array(index.posts.length);
  const keys = new Float64Array(pool.length);
  let count = 0;
  for (let i = 0; i < pool.length; i++) {
    const position = pool[i]!;
    let sum = 0;
    for (const { matches, qualities } of states) {
      let quality = qualities[position]!;
      if (quality < 0) quality = qualities[position] = termQuality(index, position, matches);
      if (quality === 0) {
        sum = -1;
        break;
      }
      sum += quality;
    }
    if (sum < 0) continue;
    const entry = index.entries[position]!;
    let quality = sum / terms.length;
    // Terms hold no line breaks, so an occurrence ending by titleEnd lies in the title.
    if (entry.titleEnd >= phrase.length && entry.fields.lastIndexOf(phrase, entry.titleEnd - phrase.length) >= 0) quality += PHRASE_BONUS;
    const score = Math.max(0, PERFECT - quality);
    scores[position] = score;
    keys[count++] = Math.round(score * SCORE_STEPS) * POSITIONS + position;
  }
  const ranked = keys.subarray(0, count).sort();
  const positions = new Int32Array(count);
  const highlight = { terms: states.map((state) => ({ matches: state.matches, qualities: state.qualities })).reverse() };
  const hits: SearchHit[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const position = ranked[i]! % POSITIONS;
    positions[i] = position;
    hits[i] = new RankedHit(index.posts[position]!, scores[position]!, position, highlight);
  }
  return { hits, positions };
}

interface Highlight {
  terms: { matches: TermMatches; qualities: Float64Array }[];
}

/**
 * A hit whose title ranges are worked out only when read: a search may have 10,000 hits, the
 * list draws a screenful.
 */
class RankedHit implements SearchHit {
  readonly #position: number;
  readonly #highlight: Highlight;
  #titleRanges: [number, number][] | undefined;

  constructor(
    readonly post: Post,
    readonly score: number,
    position: number,
    highlight: Highlight,
  ) {
    this.#position = position;
    this.#highlight = highlight;
  }

  get titleRanges(): [number, number][] {
    if (this.#titleRanges) return this.#titleRanges;
    const title = foldTextWithOrigin(this.post.title);
    const ranges: [number, number][] = [];
    for (const { matches, qualities } of this.#highlight.terms) {
      const quality = qualities[this.#position]!;
      const range = titleMatchRange(title, quality, matches.term, matches.typos.get(this.#position)?.titleWord);
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
