import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, createSearcher, parseQuery, searchPosts, tagCounts } from '../src/core/search/index.js';
import type { Post } from '../src/core/types.js';
import { generatePosts } from './fixtures/generate-blog.js';

function makePost(fields: Partial<Post> & { slug: string }): Post {
  return { title: fields.slug, date: null, tags: [], categories: [], summary: '', body: '', path: `posts/${fields.slug}.md`, readingMinutes: 1, wordCount: 0, draft: false, future: false, expired: false, aliases: [], ...fields };
}

const seedFile = matter(readFileSync(new URL('../content/posts/building-scalable-ml-pipelines.md', import.meta.url), 'utf8'));
const seed = makePost({ slug: 'building-scalable-ml-pipelines', title: seedFile.data.title, tags: seedFile.data.tags, summary: seedFile.data.summary, body: seedFile.content });
// Generated bodies say "pipeline" and "throughput" often; their titles never do.
const generated = generatePosts(300, 7).map((post) => makePost({ ...post, summary: post.summary ?? '' }));
const blog = [...generated.slice(0, 150), seed, ...generated.slice(150)];

const slugs = (hits: { post: Post }[]) => hits.map((hit) => hit.post.slug);

describe('searchPosts ranking', () => {
  const index = createSearchIndex(blog);

  it('ranks the post whose title matches above posts that only mention the word in the body', () => {
    const hits = searchPosts(index, 'pipelin');
    expect(hits[0]!.post.slug).toBe(seed.slug);
    expect(hits.length).toBeGreaterThan(100);
    expect(hits[1]!.score).toBeGreaterThan(hits[0]!.score);
    expect(hits[0]!.titleRanges).toEqual([[35, 42]]);
    expect(seed.title.slice(35, 42)).toBe('Pipelin');
  });

  it('forgives a typo in a title word', () => {
    expect(searchPosts(index, 'piplines')[0]!.post.slug).toBe(seed.slug);
    expect(searchPosts(index, 'scalabel machne')[0]!.post.slug).toBe(seed.slug);
  });

  it('matches nothing for nonsense', () => {
    expect(searchPosts(index, 'zzzz')).toEqual([]);
    expect(searchPosts(index, 'qxjv')).toEqual([]);
  });

  it('finds words that are only in the body', () => {
    const hits = searchPosts(index, 'SparkSession');
    expect(slugs(hits)).toEqual([seed.slug]);
    expect(hits[0]!.titleRanges).toEqual([]);
  });

  it('needs every word of the query', () => {
    expect(slugs(searchPosts(index, 'machine spark'))).toEqual([seed.slug]);
    expect(searchPosts(index, 'machine zzzz')).toEqual([]);
  });
});

describe('case and accents', () => {
  const posts = [
    makePost({ slug: 'cafe', title: 'Le Café du Commerce', tags: ['Voyage'] }),
    makePost({ slug: 'other', title: 'Tea time', body: 'Nothing about coffee.' }),
    makePost({ slug: 'naive', title: 'Naïve Bayes', summary: 'A NAÏVE classifier in Ärger-free Python.' }),
  ];
  const index = createSearchIndex(posts);

  it('"cafe" finds "Café" and highlights it in the original title', () => {
    const hits = searchPosts(index, 'cafe');
    expect(slugs(hits)).toEqual(['cafe']);
    expect(hits[0]!.titleRanges).toEqual([[3, 7]]);
  });

  it('ignores case and accents in the query too', () => {
    expect(slugs(searchPosts(index, 'CAFÉ'))).toEqual(['cafe']);
    expect(slugs(searchPosts(index, 'NAIVE'))).toEqual(['naive']);
    expect(slugs(searchPosts(index, 'arger'))).toEqual(['naive']);
  });
});

describe('tag filters', () => {
  const posts = [
    makePost({ slug: 'a', title: 'Rust ownership', tags: ['Rust', 'memory'] }),
    makePost({ slug: 'b', title: 'Python memory', tags: ['python', 'memory'] }),
    makePost({ slug: 'c', title: 'Rust async', tags: ['rust'] }),
  ];
  const index = createSearchIndex(posts);

  it('#word filters by tag, case-insensitively and exactly', () => {
    expect(slugs(searchPosts(index, '#RUST'))).toEqual(['a', 'c']);
    expect(slugs(searchPosts(index, '#rus'))).toEqual([]);
  });

  it('combines tags: all must match, from the query and the parameter', () => {
    expect(slugs(searchPosts(index, '#rust #memory'))).toEqual(['a']);
    expect(slugs(searchPosts(index, '#rust', ['memory']))).toEqual(['a']);
    expect(slugs(searchPosts(index, 'memory', ['python']))).toEqual(['b']);
  });

  it('ignores a bare #', () => {
    expect(slugs(searchPosts(index, '# async'))).toEqual(['c']);
    expect(parseQuery('rust # #memory')).toEqual({ text: 'rust', tags: ['memory'] });
  });

  it('returns every post in the given order for an empty query', () => {
    expect(slugs(searchPosts(index, ''))).toEqual(['a', 'b', 'c']);
    expect(slugs(searchPosts(index, '   '))).toEqual(['a', 'b', 'c']);
    expect(slugs(searchPosts(index, '', ['memory']))).toEqual(['a', 'b']);
  });
});

describe('parseQuery', () => {
  it('caps the query at 100 characters', () => {
    expect(parseQuery('x'.repeat(150)).text).toHaveLength(100);
    expect(parseQuery(`${'é'.repeat(99)}#tag`)).toEqual({ text: `${'é'.repeat(99)}#`, tags: [] });
  });
});

describe('incremental search', () => {
  const index = createSearchIndex(blog);

  it('gives the same results as a fresh search at every keystroke, Backspace included', () => {
    const searcher = createSearcher(index);
    const typed: string[] = [];
    for (const query of ['pipeline throughput', 'scalabel machne', '#rust-tips data', 'cafe routers']) {
      for (let i = 1; i <= query.length; i++) typed.push(query.slice(0, i));
      for (let i = query.length - 1; i >= query.length - 4; i--) typed.push(query.slice(0, i));
    }
    for (const query of typed) {
      const fresh = createSearcher(createSearchIndex(blog)).search(query);
      expect(searcher.search(query), query).toEqual(fresh);
    }
  });
});

describe('tagCounts', () => {
  it('counts every tag, most used first, then by name, merging case variants', () => {
    const posts = [makePost({ slug: 'a', tags: ['b', 'Go'] }), makePost({ slug: 'b', tags: ['go', 'a'] }), makePost({ slug: 'c', tags: ['c', 'b'] })];
    expect(tagCounts(posts)).toEqual([
      { tag: 'Go', count: 2 },
      { tag: 'b', count: 2 },
      { tag: 'a', count: 1 },
      { tag: 'c', count: 1 },
    ]);
  });
});
