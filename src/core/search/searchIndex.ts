// What search needs from each post, folded once. Cheap to build (titles, tags and summaries
// only); bodies and the typo vocabulary are prepared by the first search that needs them.
import type { Post } from '../types.js';
import { foldText, foldTextWithOrigin, type FoldedText } from './normalize.js';

/**
 * Only the first 64 KB of a body is searched: typing stays fast even with 2 MB posts, and
 * what a post is about is nearly always said early.
 */
export const MAX_SEARCHED_BODY = 64 * 1024;

export interface IndexedPost {
  post: Post;
  title: FoldedText;
  tags: string[];
  summary: string;
}

/**
 * Folded, capped bodies, each with a 8,192-bit signature of its character pairs and triples:
 * a body can contain a term only if every pair and triple of the term is in its signature, so
 * most bodies without the term are ruled out without being scanned.
 */
export interface SearchedBodies {
  texts: string[];
  /** Post i's signature is words [i * SIGNATURE_WORDS, (i + 1) * SIGNATURE_WORDS). */
  signatures: Uint32Array;
}

const SIGNATURE_BITS = 8192;
const SIGNATURE_WORDS = SIGNATURE_BITS / 32;
/** Keeps the top 13 bits of a 32-bit hash: 2^13 = SIGNATURE_BITS. */
const HASH_SHIFT = 32 - Math.log2(SIGNATURE_BITS);

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
  vocabulary?: TypoVocabulary;
  bodies?: SearchedBodies;
}

export function createSearchIndex(posts: readonly Post[]): SearchIndex {
  const entries = posts.map((post) => ({
    post,
    title: foldTextWithOrigin(post.title),
    tags: post.tags.map(foldText),
    summary: foldText(post.summary),
  }));
  return { posts, entries };
}

export function searchedBodies(index: SearchIndex): SearchedBodies {
  if (index.bodies) return index.bodies;
  const texts = index.posts.map((post) => foldText(post.body.slice(0, MAX_SEARCHED_BODY)));
  const signatures = new Uint32Array(texts.length * SIGNATURE_WORDS);
  texts.forEach((text, position) => {
    addToSignature(text, signatures, position * SIGNATURE_WORDS);
  });
  index.bodies = { texts, signatures };
  return index.bodies;
}

/** Sets one bit per character pair and triple of the text in the signature starting at `base`. */
function addToSignature(text: string, signatures: Uint32Array, base: number): void {
  for (let i = 1; i < text.length; i++) {
    const pair = Math.imul(text.charCodeAt(i - 1), 0x9e3779b1) ^ Math.imul(text.charCodeAt(i), 0x85ebca6b);
    let bit = pair >>> HASH_SHIFT;
    signatures[base + (bit >>> 5)]! |= 1 << (bit & 31);
    if (i < 2) continue;
    bit = (pair ^ Math.imul(text.charCodeAt(i - 2), 0xc2b2ae35)) >>> HASH_SHIFT;
    signatures[base + (bit >>> 5)]! |= 1 << (bit & 31);
  }
}

/** The signature bits of a term, as [word index, mask] pairs to test against a body's signature. */
export function termSignature(term: string): [number, number][] {
  const signature = new Uint32Array(SIGNATURE_WORDS);
  addToSignature(term, signature, 0);
  const words: [number, number][] = [];
  signature.forEach((mask, word) => {
    if (mask !== 0) words.push([word, mask]);
  });
  return words;
}

export function mayContain(bodies: SearchedBodies, position: number, termSignature: readonly [number, number][]): boolean {
  const base = position * SIGNATURE_WORDS;
  for (const [word, mask] of termSignature) if ((mask & ~bodies.signatures[base + word]!) !== 0) return false;
  return true;
}

export function typoVocabulary(index: SearchIndex): TypoVocabulary {
  if (index.vocabulary) return index.vocabulary;
  const titlePosts = new Map<string, number[]>();
  const tagPosts = new Map<string, number[]>();
  index.entries.forEach((entry, position) => {
    for (const word of new Set(entry.title.text.split(/\s+/))) if (word) addPosting(titlePosts, word, position);
    for (const tag of new Set(entry.tags)) addPosting(tagPosts, tag, position);
  });
  const words = [...new Set([...titlePosts.keys(), ...tagPosts.keys()])];
  index.vocabulary = { words, titlePosts, tagPosts };
  return index.vocabulary;
}

function addPosting(postings: Map<string, number[]>, word: string, position: number): void {
  const posts = postings.get(word);
  if (posts) posts.push(position);
  else postings.set(word, [position]);
}
