import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  createSearcher,
  parseQuery,
  prepareSearchIndex,
  searchPosts,
  tagCounts,
  type SearchHit,
} from '../src/core/search/index.js';
import type { Post } from '../src/core/types.js';
import { generatePosts } from './fixtures/generate-blog.js';

function makePost(fields: Partial<Post> & { slug: string }): Post {
  return {
    id: `posts/${fields.slug}`,
    title: fields.slug,
    date: null,
    tags: [],
    categories: [],
    taxonomies: {},
    keywords: [],
    section: '',
    weight: 0,
    linkTitle: '',
    summary: '',
    body: '',
    path: `posts/${fields.slug}.md`,
    readingMinutes: 1,
    wordCount: 0,
    draft: false,
    future: false,
    expired: false,
    aliases: [],
    ...fields,
  };
}

const seedFile = matter(readFileSync(new URL('../content/posts/building-scalable-ml-pipelines.md', import.meta.url), 'utf8'));
const seed = makePost({
  slug: 'building-scalable-ml-pipelines',
  title: seedFile.data.title,
  tags: seedFile.data.tags,
  summary: seedFile.data.summary,
  body: seedFile.content,
});
// Generated bodies say "pipeline" and "throughput" often; their titles never do.
const generated = generatePosts(300, 7).map((post) => makePost({ ...post, summary: post.summary ?? '' }));
const blog = [...generated.slice(0, 150), seed, ...generated.slice(150)];

const slugs = (hits: { post: Post }[]) => hits.map((hit) => hit.post.slug);
// Title ranges are worked out when read, so comparisons read them explicitly.
const described = (hits: SearchHit[]) => hits.map((hit) => ({ slug: hit.post.slug, score: hit.score, titleRanges: hit.titleRanges }));

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
    expect(parseQuery('rust # #memory')).toEqual({ text: 'rust', tags: ['memory'], flags: [] });
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
    expect(parseQuery(`${'é'.repeat(99)}#tag`)).toEqual({ text: `${'é'.repeat(99)}#`, tags: [], flags: [] });
    expect(parseQuery('rust is:unread #cli is:')).toEqual({ text: 'rust is:', tags: ['cli'], flags: ['unread'] });
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
      expect(described(searcher.search(query)), query).toEqual(described(fresh));
    }
  });
});

describe('index preparation', () => {
  // Body-only words ("pipeline", "sparksession", "trade-off"), a pair and a triple of letters,
  // accents ("über" stays hashed), punctuation, typos, tags, several words, nonsense.
  const queries = [
    'p',
    'pi',
    'pip',
    'pipe',
    'pipeline',
    'pipeline th',
    'sparksession',
    'trade-of',
    'über',
    'détail',
    'c++',
    'x',
    'scalabel machne',
    '#rust-tips data',
    'cafe',
    'zzzz',
  ];
  const unprepared = queries.map((query) => described(createSearcher(createSearchIndex(blog)).search(query)));

  it('gives the same results before, during and after idle preparation', () => {
    const index = createSearchIndex(blog);
    let slices = 0;
    for (let done = false; !done; slices++) {
      // A deadline already passed still prepares one step (about one post): every slice makes progress.
      done = prepareSearchIndex(index, 0);
      if (slices % 40 !== 0 && !done) continue;
      const searcher = createSearcher(index);
      queries.forEach((query, i) => expect(described(searcher.search(query)), `${query} after ${slices + 1} slices`).toEqual(unprepared[i]));
    }
    expect(slices).toBeGreaterThan(blog.length);
  });

  it('keeps incremental results right while preparation runs between keystrokes', () => {
    const index = createSearchIndex(blog);
    const searcher = createSearcher(index);
    for (const query of ['pipeline', 'trade-off', 'über']) {
      for (let i = 1; i <= query.length; i++) {
        prepareSearchIndex(index, 0);
        const typed = query.slice(0, i);
        expect(described(searcher.search(typed)), typed).toEqual(described(createSearcher(createSearchIndex(blog)).search(typed)));
      }
    }
  });

  it('does not take a body that has every piece of a word for one that has the word', () => {
    // "pipit snipe" has the pairs and triples of "pipe" (pi ip pe, pip ipe) but not "pipe".
    const posts = [
      makePost({ slug: 'pieces', title: 'Birds', body: 'A pipit, a snipe.' }),
      makePost({ slug: 'word', title: 'Tools', body: 'A pipe.' }),
    ];
    const index = createSearchIndex(posts);
    prepareSearchIndex(index);
    expect(slugs(searchPosts(index, 'pipe'))).toEqual(['word']);
    expect(slugs(searchPosts(index, 'ipe'))).toEqual(['pieces', 'word']);
    expect(slugs(searchPosts(index, 'pit'))).toEqual(['pieces']);
  });

  it('finds body words and nonsense alike once prepared', () => {
    const index = createSearchIndex(blog);
    prepareSearchIndex(index);
    expect(searchPosts(index, 'zzzz')).toEqual([]);
    expect(slugs(searchPosts(index, 'sparksession'))).toEqual([seed.slug]);
    expect(searchPosts(index, 'trade-off').length).toBeGreaterThan(10);
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
