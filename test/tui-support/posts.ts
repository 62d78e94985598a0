// In-memory posts for the reader's component and reducer tests.
import type { Post } from '../../src/core/types.js';

export function makePost(fields: Partial<Post> & Pick<Post, 'slug' | 'title'>): Post {
  return {
    // The slug as id keeps these posts' keys short in the reader's tests (the loader's ids are paths).
    id: fields.slug,
    date: null,
    tags: [],
    categories: [],
    taxonomies: {},
    keywords: [],
    section: '',
    weight: 0,
    linkTitle: '',
    summary: `Summary of ${fields.title}.`,
    body: `# ${fields.title}\n\nBody of ${fields.title}.\n`,
    path: `posts/${fields.slug}.md`,
    readingMinutes: 1,
    wordCount: 10,
    draft: false,
    future: false,
    expired: false,
    aliases: [],
    ...fields,
  };
}

export const POSTS: Post[] = [
  makePost({ slug: 'pipelines', title: 'Building Scalable ML Pipelines', date: '2025-01-13T11:30:00.000Z', tags: ['python', 'mlops'] }),
  makePost({ slug: 'rust-cli', title: 'Writing a CLI in Rust', date: '2024-11-02T00:00:00.000Z', tags: ['rust', 'cli'] }),
  makePost({ slug: 'python-typing', title: 'Gradual Typing in Python', date: '2024-08-20T00:00:00.000Z', tags: ['python'] }),
  makePost({ slug: 'terminal-colours', title: 'Terminal Colours Explained', date: '2024-03-05T00:00:00.000Z', tags: ['cli', 'terminal'] }),
  makePost({ slug: 'undated', title: 'Notes Without a Date', tags: [] }),
];

/** `n` posts with distinct titles and dates, newest first. */
export function manyPosts(n: number): Post[] {
  return Array.from({ length: n }, (_, i) =>
    makePost({
      slug: `post-${i}`,
      title: `Post number ${i}`,
      date: new Date(Date.UTC(2024, 0, 1) - i * 86_400_000).toISOString(),
      tags: [i % 2 ? 'odd' : 'even'],
    }),
  );
}
