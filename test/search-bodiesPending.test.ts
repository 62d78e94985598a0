// A reader's search never waits for post bodies: until they are indexed (in idle time after the
// first frame), a searcher that does not wait for them answers from titles, tags and summaries,
// says that body matches (and typo matches, whose vocabulary is gathered then too) may still
// come, and finds them once the index is prepared, also for a query typed on from a result that
// lacked them.
import { describe, expect, it } from 'vitest';
import { createSearchIndex, createSearcher, prepareSearchIndex, type SearchHit } from '../src/core/search/index.js';
import type { Post } from '../src/core/types.js';
import { makePost } from './tui-support/posts.js';
import { generatePosts } from './fixtures/generate-blog.js';

/** Posts whose bodies count their reads, as a post that reads its body from its file would. */
function countingBodies(posts: Post[]): { posts: Post[]; reads: () => number } {
  let reads = 0;
  const counted = posts.map((post) => {
    const copy = { ...post };
    Object.defineProperty(copy, 'body', {
      enumerable: true,
      get: () => {
        reads++;
        return post.body;
      },
    });
    return copy;
  });
  return { posts: counted, reads: () => reads };
}

const slugs = (hits: readonly SearchHit[]) => hits.map((hit) => hit.post.slug);

const blog = [
  makePost({ slug: 'titled', title: 'Pipelines in practice', summary: 'How we run them.', body: 'Nothing more.' }),
  makePost({ slug: 'in-body', title: 'Operations notes', summary: 'Day to day.', body: 'We rebuilt the pipeline twice.' }),
  makePost({ slug: 'unrelated', title: 'Gardening', summary: 'Tomatoes.', body: 'Water them daily.' }),
];

describe('a searcher that does not wait for bodies', () => {
  it('reads no body before they are indexed, says body matches are pending, and finds them afterwards', () => {
    const { posts, reads } = countingBodies(blog);
    const index = createSearchIndex(posts);
    const searcher = createSearcher(index, { waitForBodies: false });
    expect(slugs(searcher.search('pipeline'))).toEqual(['titled']);
    expect(searcher.bodiesPending()).toBe(true);
    expect(reads()).toBe(0);

    prepareSearchIndex(index);
    expect(slugs(searcher.search('pipeline'))).toEqual(['titled', 'in-body']);
    expect(searcher.bodiesPending()).toBe(false);
  });

  it('finds body matches for a query typed on from a result that lacked them', () => {
    const index = createSearchIndex(blog);
    const searcher = createSearcher(index, { waitForBodies: false });
    expect(slugs(searcher.search('pip'))).toEqual(['titled']);
    prepareSearchIndex(index);
    expect(slugs(searcher.search('pipe'))).toEqual(['titled', 'in-body']);
    expect(searcher.bodiesPending()).toBe(false);
  });

  it('does not gather the title vocabulary for typos on a key either: typo matches come with the bodies', () => {
    const index = createSearchIndex(blog);
    const searcher = createSearcher(index, { waitForBodies: false });
    expect(slugs(searcher.search('pipleines'))).toEqual([]);
    expect(index.vocabulary).toBeUndefined();
    expect(searcher.bodiesPending()).toBe(true);
    prepareSearchIndex(index);
    expect(slugs(searcher.search('pipleines'))).toEqual(['titled']);
    expect(searcher.bodiesPending()).toBe(false);
  });

  it('is not pending when the fields alone decide (a word nowhere, a filter on tags)', () => {
    const index = createSearchIndex(blog);
    const searcher = createSearcher(index, { waitForBodies: false });
    expect(slugs(searcher.search('tomatoes'))).toEqual(['unrelated']);
    expect(searcher.bodiesPending()).toBe(true);
    expect(slugs(searcher.search('', ['nosuchtag']))).toEqual([]);
    expect(searcher.bodiesPending()).toBe(false);
  });

  it('once bodies are indexed, gives what a waiting searcher gives, query by query and key by key', () => {
    const posts = generatePosts(300, 3).map((post) => makePost({ ...post, summary: post.summary ?? '' }));
    const waiting = createSearcher(createSearchIndex(posts));
    const index = createSearchIndex(posts);
    const eager = createSearcher(index, { waitForBodies: false });
    const queries = ['pipeline lat', 'throughput', '#rust data', 'schedlr', 'cafe'];
    // Half typed before the bodies are indexed, half after: the later keys must catch up.
    for (const query of queries) for (let length = 1; length <= query.length / 2; length++) eager.search(query.slice(0, length));
    prepareSearchIndex(index);
    for (const query of queries) {
      for (let length = 1; length <= query.length; length++) {
        const typed = query.slice(0, length);
        expect(slugs(eager.search(typed)), typed).toEqual(slugs(waiting.search(typed)));
        expect(eager.bodiesPending()).toBe(false);
      }
    }
  });
});
