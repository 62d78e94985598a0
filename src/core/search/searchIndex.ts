// What search needs from each post, folded once. Cheap to build (titles, tags and summaries
// only); the rest is prepared in idle time (prepareSearchIndex) or on first need.
import type { Post } from '../types.js';
import { createBodyIndex, prepareBodies, type BodyIndex } from './bodyIndex.js';
import { createCharacterQualities, prepareCharacterQualities, type CharacterQualities } from './characterQualities.js';
import { createGramIndex, prepareGrams, type GramIndex } from './gramIndex.js';
import { foldText } from './normalize.js';

export interface IndexedPost {
  /** Folded title. */
  title: string;
  /**
   * Folded title, tags and summary, one per line, so that one indexOf tells whether a term is in
   * any of them (terms never hold whitespace, so no match spans two fields).
   */
  fields: string;
  /** fields[0, titleEnd) is the title; tags end at tagsEnd; the summary follows. */
  titleEnd: number;
  tagsEnd: number;
  tags: string[];
  /** What filters match (see facetsOf), folded. */
  facets: string[];
}

/** Title words and tags, each with the posts that have it: where typos are forgiven. */
export interface TypoVocabulary {
  words: string[];
  titlePosts: Map<string, number[]>;
  tagPosts: Map<string, number[]>;
}

export interface SearchIndex {
  posts: readonly Post[];
  /** Same order as posts. */
  entries: readonly IndexedPost[];
  characters: CharacterQualities;
  /** The grams of each entry's fields. */
  fieldGrams: GramIndex;
  bodies: BodyIndex;
  /** Postings gathered so far, for the first `added` entries, until the vocabulary is complete. */
  vocabularyInProgress?: Omit<TypoVocabulary, 'words'> & { added: number };
  vocabulary?: TypoVocabulary;
}

/** 2,048 triple buckets: fields are short (a few hundred characters). */
const FIELD_TRIPLE_BITS = 11;

export function createSearchIndex(posts: readonly Post[]): SearchIndex {
  const entries = posts.map((post) => {
    const title = foldText(post.title);
    const tags = post.tags.map(foldText);
    const tagLines = tags.join('\n');
    // Keywords are searched with the summary: words the author chose, never shown as facets.
    const keywords = post.keywords.length > 0 ? `\n${foldText(post.keywords.join(' '))}` : '';
    return {
      title,
      fields: `${title}\n${tagLines}\n${foldText(post.summary)}${keywords}`,
      titleEnd: title.length,
      tagsEnd: title.length + 1 + tagLines.length,
      tags,
      facets: facetsOf(post, tags),
    };
  });
  return {
    posts,
    entries,
    characters: createCharacterQualities(posts.length),
    fieldGrams: createGramIndex(posts.length, (position) => entries[position]!.fields, FIELD_TRIPLE_BITS),
    bodies: createBodyIndex(posts),
  };
}

/**
 * The filters a post matches, folded: its tags, `taxonomy:term` for its other taxonomies
 * (`categories:notes`), and `@section` for its top-level section.
 */
function facetsOf(post: Post, foldedTags: readonly string[]): string[] {
  const facets = [...foldedTags];
  for (const [taxonomy, terms] of Object.entries(post.taxonomies)) for (const term of terms) facets.push(foldText(`${taxonomy}:${term}`));
  if (post.section !== '') facets.push(`@${foldText(post.section)}`);
  return facets;
}

/**
 * Prepares what searches use until `deadline` (a performance.now() time), at least one step per
 * call; true when done. Call it in idle slices after the first frame: searches give the same
 * results before, only slower.
 */
export function prepareSearchIndex(index: SearchIndex, deadline = Infinity): boolean {
  if (!prepareCharacterQualities(index.characters, index.entries, deadline)) return false;
  if (!prepareGrams(index.fieldGrams, deadline)) return false;
  if (!prepareVocabulary(index, deadline)) return false;
  return prepareBodies(index.bodies, deadline);
}

export function typoVocabulary(index: SearchIndex): TypoVocabulary {
  prepareVocabulary(index, Infinity);
  return index.vocabulary!;
}

/** Gathers title words and tags until `deadline`, at least one chunk of entries; true once complete. */
function prepareVocabulary(index: SearchIndex, deadline: number): boolean {
  if (index.vocabulary) return true;
  const progress = (index.vocabularyInProgress ??= { titlePosts: new Map(), tagPosts: new Map(), added: 0 });
  const { titlePosts, tagPosts } = progress;
  while (progress.added < index.entries.length) {
    const end = Math.min(index.entries.length, progress.added + 512);
    for (let position = progress.added; position < end; position++) {
      const entry = index.entries[position]!;
      for (const word of new Set(entry.title.split(/\s+/))) if (word) addPosting(titlePosts, word, position);
      for (const tag of new Set(entry.tags)) addPosting(tagPosts, tag, position);
    }
    progress.added = end;
    if (performance.now() >= deadline) break;
  }
  if (progress.added < index.entries.length) return false;
  index.vocabulary = { words: [...new Set([...titlePosts.keys(), ...tagPosts.keys()])], titlePosts, tagPosts };
  index.vocabularyInProgress = undefined;
  return true;
}

function addPosting(postings: Map<string, number[]>, word: string, position: number): void {
  const posts = postings.get(word);
  if (posts) posts.push(position);
  else postings.set(word, [position]);
}
