// Incremental search: each keystroke usually extends the previous query, and a post that does
// not contain "pip" cannot contain "pipe", so the next search only re-examines the previous
// hits (plus the few posts a longer term now reaches through a typo). Recent results are kept,
// so Backspace is instant too.
import type { Post } from '../types.js';
import { foldText, originalRange } from './normalize.js';
import { parseQuery, queryTerms } from './query.js';
import type { SearchIndex } from './searchIndex.js';
import { findTypoMatches, matchTerm, prepareBodySearch, type TermMatches } from './termMatch.js';

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
  /** Positions in the index of the posts in hits. */
  positions: number[];
}

/** Bonus when the title holds the whole query text, so "machine learning" prefers that phrase. */
const PHRASE_BONUS = 0.1;
const PERFECT = 1 + PHRASE_BONUS;
const REMEMBERED_QUERIES = 64;

export function createSearcher(index: SearchIndex): Searcher {
  const recent = new Map<string, Evaluation>();
  const termMatches = new Map<string, TermMatches>();
  let previous: Evaluation | undefined;

  const termMatchesOf = (term: string): TermMatches => {
    let matches = termMatches.get(term);
    if (!matches) {
      matches = { term, typos: findTypoMatches(index, term), body: prepareBodySearch(index, term) };
      remember(termMatches, term, matches);
    }
    return matches;
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
        const pool = candidatePositions(index, previous, filterKey, terms, passesFilters, termMatchesOf);
        evaluation = { filterKey, terms, ...evaluate(index, pool, terms, termMatchesOf) };
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
  termMatchesOf: (term: string) => TermMatches,
): number[] {
  const extension = previous?.filterKey === filterKey ? extendedTerm(previous.terms, terms) : undefined;
  if (!previous || !extension) return index.entries.map((_, position) => position).filter(passesFilters);
  if (extension.term === undefined) return previous.positions;
  // Typo tolerance grows with term length, so a longer term may reach posts the shorter one missed.
  const reachedByTypo = [...termMatchesOf(extension.term).typos.keys()].filter(passesFilters);
  return [...new Set([...previous.positions, ...reachedByTypo])];
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
  pool: number[],
  terms: string[],
  termMatchesOf: (term: string) => TermMatches,
): Pick<Evaluation, 'hits' | 'positions'> {
  if (terms.length === 0) {
    const positions = [...pool].sort((a, b) => a - b);
    return { positions, hits: positions.map((position) => ({ post: index.posts[position]!, score: 0, titleRanges: [] })) };
  }
  const phrase = terms.join(' ');
  const matchesByTerm = terms.map(termMatchesOf);
  const scored: { position: number; hit: SearchHit }[] = [];
  for (const position of pool) {
    const entry = index.entries[position]!;
    let quality = 0;
    const ranges: [number, number][] = [];
    const matchedAll = matchesByTerm.every((matches) => {
      const match = matchTerm(entry, position, matches);
      if (!match) return false;
      quality += match.quality;
      if (match.titleRange) ranges.push(originalRange(entry.title, ...match.titleRange));
      return true;
    });
    if (!matchedAll) continue;
    quality /= terms.length;
    if (entry.title.text.includes(phrase)) quality += PHRASE_BONUS;
    scored.push({ position, hit: { post: entry.post, score: Math.max(0, PERFECT - quality), titleRanges: mergeRanges(ranges) } });
  }
  // Equal scores keep the index order (newest first).
  scored.sort((a, b) => a.hit.score - b.hit.score || a.position - b.position);
  return { hits: scored.map((item) => item.hit), positions: scored.map((item) => item.position) };
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
