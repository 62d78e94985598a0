// The search prompt's language: free text plus filters: `#tag`, `#taxonomy:term` (a term of
// another taxonomy, e.g. `#categories:notes`) and `@section` (a top-level section's folder).
import { foldText } from './normalize.js';

/** Longer queries are cut: nobody types more, and it bounds the work per keystroke. */
export const MAX_QUERY_LENGTH = 100;

export interface ParsedQuery {
  /** The free text, filter tokens removed, whitespace collapsed. */
  text: string;
  /** Filters as typed: tags and `taxonomy:term` without `#`, sections with their `@` (see facetsOf). */
  tags: string[];
}

export function parseQuery(query: string): ParsedQuery {
  const capped = Array.from(query).slice(0, MAX_QUERY_LENGTH).join('');
  const words: string[] = [];
  const tags: string[] = [];
  for (const token of capped.split(/\s+/)) {
    if (token === '' || token === '#' || token === '@') continue;
    if (token.startsWith('#')) tags.push(token.slice(1));
    else if (token.startsWith('@')) tags.push(token);
    else words.push(token);
  }
  return { text: words.join(' '), tags };
}

/** The folded words of the free text; a post must contain every one of them. */
export function queryTerms(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter((term) => term !== '');
}
