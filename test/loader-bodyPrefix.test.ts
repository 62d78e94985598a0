// Search reads only the start of each body (bodyPrefix): the same characters as the whole body's
// start, whatever the file's line ends, encoding or shortcodes, while reading only that start of
// a 2 MB file; a file edited since the load is read again whole, as the body would be.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPosts } from '../src/core/content/loadPosts.js';
import { bodyPrefix } from '../src/core/content/postBody.js';
import type { Post } from '../src/core/types.js';
import { makeTempContent, type TempContent } from './fixtures/make-content.js';

// Bytes read from files (node:fs as the source code sees it).
const reads = vi.hoisted(() => ({ bytes: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const readSync = ((...args: unknown[]) => {
    const read = (real.readSync as (...rest: unknown[]) => number)(...args);
    reads.bytes += read;
    return read;
  }) as typeof real.readSync;
  return { ...real, default: { ...real, readSync }, readSync };
});

const TWO_MB_LINE = 'A plain line of ASCII text for a very long post.\n';
const LONG_BODY = TWO_MB_LINE.repeat(Math.floor((2 * 1024 * 1024 - 1024) / TWO_MB_LINE.length));

let temp: TempContent;
beforeEach(() => {
  temp = makeTempContent();
  temp.write({
    'content/posts/long.md': `---\ntitle: Long\ndate: 2024-01-01\n---\n${LONG_BODY}`,
    'content/posts/windows.md': `\uFEFF---\r\ntitle: Windows\r\n---\r\n${'Line one\r\nLine two\r\n'.repeat(500)}`,
    // Two-byte characters before the body and in it: a character's bytes may be cut by a read.
    'content/posts/accents.md': `---\ntitle: Crème brûlée à la française\n---\n${'Déjà vu, café, naïve €. '.repeat(400)}`,
    'content/posts/included.md': '---\ntitle: Included\n---\nBefore. {{% include "/_common/shared.md" %}} After.\n',
    'content/_common/shared.md': 'Shared words from another file.\n',
  });
});
afterEach(() => temp.remove());

function load(): Post[] {
  return loadPosts(temp.content, { now: new Date('2025-06-01T00:00:00Z') }).posts;
}

const postAt = (posts: Post[], path: string): Post => posts.find((post) => post.path === path)!;

describe('bodyPrefix', () => {
  it('gives the start of the body as the whole body has it', () => {
    const posts = load();
    for (const path of ['posts/long.md', 'posts/windows.md', 'posts/accents.md', 'posts/included.md']) {
      const whole = postAt(posts, path).body;
      for (const length of [1, 7, 100, 1001, 64 * 1024])
        expect(bodyPrefix(postAt(load(), path), length), `${path}, ${length}`).toBe(whole.slice(0, length));
    }
    expect(bodyPrefix(postAt(posts, 'posts/included.md'), 100)).toContain('Shared words from another file.');
  });

  it('reads only the start of a 2 MB file', () => {
    const post = postAt(load(), 'posts/long.md');
    reads.bytes = 0;
    expect(bodyPrefix(post, 64 * 1024)).toHaveLength(64 * 1024);
    expect(reads.bytes).toBeLessThan(70 * 1024);
  });

  it('reads a file edited since the load whole, as the body would be', () => {
    const post = postAt(load(), 'posts/windows.md');
    temp.write({ 'content/posts/windows.md': '---\ntitle: Windows, edited\nsummary: a much longer front matter than before\n---\nNew body.\n' });
    expect(bodyPrefix(post, 6)).toBe('New bo');
  });
});
