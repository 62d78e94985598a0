// Lazy bodies: a load keeps no body; each post reads its own file on first access. A warm load
// (every parse cached) opens no content file at all, and a file edited, emptied or removed
// after the load gives its current body or '' — never an exception in a running reader.
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openParseCache } from '../src/core/cache/parseCache.js';
import { loadPosts } from '../src/core/content/loadPosts.js';
import type { Post } from '../src/core/types.js';
import { A_MINUTE_LATER, makeTempContent, type TempContent } from './fixtures/make-content.js';

// Every file the loader and the bodies open, by path (node:fs as the source code sees it).
const opened = vi.hoisted(() => [] as string[]);
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const openSync = ((path: fs.PathLike, ...rest: unknown[]) => {
    opened.push(String(path));
    return (real.openSync as (...args: unknown[]) => number)(path, ...rest);
  }) as typeof real.openSync;
  return { ...real, default: { ...real, openSync }, openSync };
});

const NOW = new Date('2025-06-01T00:00:00Z');

let temp: TempContent;
let content: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  temp = makeTempContent();
  ({ content, cacheEnv: env } = temp);
  temp.write({
    'content/posts/first.md': '---\ntitle: First\ndate: 2024-01-01\n---\nHello **world**.\n',
    'content/posts/windows.md': '\uFEFF\r\n---\r\ntitle: Windows\r\ndate: 2024-02-01\r\n---\r\nLine one\r\nLine two\r\n',
  });
  opened.length = 0;
});
afterEach(() => temp.remove());

function cachedLoad(): Post[] {
  const cache = openParseCache(content, env, A_MINUTE_LATER);
  const { posts } = loadPosts(content, { now: NOW, cache });
  cache.close();
  return posts;
}

const postAt = (posts: Post[], path: string): Post => posts.find((post) => post.path === path)!;
const contentOpens = () => opened.filter((path) => path.startsWith(content));

describe('lazy bodies', () => {
  it('a warm load opens no content file; each body is read once, on first access', () => {
    cachedLoad();
    opened.length = 0;
    const posts = cachedLoad();
    expect(posts.map((post) => post.title)).toEqual(['Windows', 'First']);
    expect(contentOpens()).toEqual([]);

    const windows = postAt(posts, 'posts/windows.md');
    // BOM dropped, CRLF normalized, front matter cut: as a body read at load time was.
    expect(windows.body).toBe('Line one\nLine two\n');
    expect(windows.body).toBe('Line one\nLine two\n');
    expect(contentOpens()).toEqual([join(content, 'posts/windows.md')]);
  });

  it('gives warm and cold loads the same bodies, also through a copy (the render worker gets one)', () => {
    const cold = loadPosts(content, { now: NOW }).posts;
    cachedLoad();
    const warm = cachedLoad();
    expect(warm.map((post) => post.body)).toEqual(cold.map((post) => post.body));
    expect(structuredClone(postAt(warm, 'posts/first.md')).body).toBe('Hello **world**.\n');
  });

  it('reads a file edited after the load as it is now, front matter split off again', () => {
    const posts = loadPosts(content, { now: NOW }).posts;
    temp.write({ 'content/posts/first.md': '---\ntitle: First, longer front matter\ntags: [x]\n---\nEdited body.\n' });
    expect(postAt(posts, 'posts/first.md').body).toBe('Edited body.\n');
    // What the List shows stays as loaded until the next start.
    expect(postAt(posts, 'posts/first.md').title).toBe('First');
  });

  it('gives an empty body, not an exception, for a file removed, made binary or broken after the load', () => {
    temp.write({ 'content/posts/third.md': '---\ntitle: Third\n---\nThird body.\n' });
    const posts = loadPosts(content, { now: NOW }).posts;
    fs.rmSync(join(content, 'posts/first.md'));
    temp.write({ 'content/posts/windows.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff]) });
    temp.write({ 'content/posts/third.md': '---\ntitle: [unclosed\n---\nThird body.\n' });
    expect(posts.map((post) => post.body)).toEqual(['', '', '']);
  });
});
