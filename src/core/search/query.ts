// The search prompt's language: free text plus filters: `#tag`, `#taxonomy:term` (a term of
// another taxonomy, e.g. `#categories:notes`), `@section` (a top-level section's folder) and `is:`
// marks (`is:unread`, `is:starred`), which the reader applies from its reading state.
import { foldText } from './normalize.js';

/** Longer queries are cut: nobody types more, and it bounds the work per keystroke. */
export const MAX_QUERY_LENGTH = 100;

export interface ParsedQuery {
  /** The free text, filter tokens removed, whitespace collapsed. */
  text: string;
  /** Filters as typed: tags and `taxonomy:term` without `#`, sections with their `@` (see facetsOf). */
  tags: string[];
  /** `is:` words, without `is:` (the reader knows which it can apply). */
  flags: string[];
}

export function parseQuery(query: string): ParsedQuery {
  const capped = Array.from(query).slice(0, MAX_QUERY_LENGTH).join('');
  const words: string[] = [];
  const tags: string[] = [];
  const flags: string[] = [];
  for (const token of capped.split(/\s+/)) {
    if (token === '' || token === '#' || token === '@') continue;
    if (token.startsWith('#')) tags.push(token.slice(1));
    else if (token.startsWith('@')) tags.push(token);
    else if (/^is:./i.test(token)) flags.push(token.slice(3).toLowerCase());
    else words.push(token);
  }
  return { text: words.join(' '), tags, flags };
}

/** The folded words of the free text; a post must contain every one of them. */
export function queryTerms(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter((term) => term !== '');
}
