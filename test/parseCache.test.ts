// The parse cache (core/cache): warm loads give exactly the cold result, and edited, new,
// removed and racily changed files, corrupt cache files and BLOG_TUI_NO_CACHE are all handled.
// Every cache lives in the test's temp folder (XDG_CACHE_HOME), never in ~/.cache.
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFilePath, openParseCache, type StoredParseCache } from '../src/core/cache/parseCache.js';
import { loadPosts } from '../src/core/content/loadPosts.js';
import type { LoadOptions, LoadResult } from '../src/core/types.js';
import { runCli } from './cli-run.js';
import { A_MINUTE_LATER, makeTempContent, type TempContent } from './fixtures/make-content.js';

const NOW = new Date('2025-06-01T00:00:00Z');

let temp: TempContent;
let content: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  temp = makeTempContent();
  ({ content, cacheEnv: env } = temp);
  temp.write({
    'content/_index.md': '---\ntitle: Cached Blog\n---\n',
    'content/posts/first.md': '---\ntitle: First\ndate: 2024-01-01\ntags: [a, b]\n---\nHello **world**.\n',
    'content/posts/second.md': '---\ntitle: Second café 🙂\ndate: 2024-02-01\n---\r\nCRLF body\r\nline two\r\n',
    'content/posts/broken.md': '---\ntitle: [unclosed\n---\nBody\n',
    'content/posts/later.md': '---\ntitle: Later\npublishDate: 2030-01-01\n---\nNot yet.\n',
  });
});
afterEach(() => temp.remove());

/** Loads through a fresh cache (as a new process would), closes it, and counts cache hits. */
function warmLoad(options: LoadOptions = { now: NOW }): { result: LoadResult; hits: number; cache: StoredParseCache } {
  const cache = openParseCache(content, env, A_MINUTE_LATER);
  let hits = 0;
  const counting = {
    lookup: (relPath: string, stamp: Parameters<StoredParseCache['lookup']>[1]) => {
      const found = cache.lookup(relPath, stamp);
      if (found) hits += 1;
      return found;
    },
    remember: cache.remember,
  };
  const result = loadPosts(content, { ...options, cache: counting });
  cache.close();
  return { result, hits, cache };
}

const cacheFile = () => cacheFilePath(content, env)!;
const titles = (result: LoadResult) => result.posts.map((post) => post.title);

describe('parse cache', () => {
  it('gives a warm load exactly the cold result, from the cache alone', () => {
    const cold = loadPosts(content, { now: NOW });
    expect(warmLoad().hits).toBe(0);
    const warm = warmLoad();
    // Every file (home page, posts, the broken one) came from the cache.
    expect(warm.hits).toBe(5);
    expect(warm.result).toEqual(cold);
    expect(warm.result.posts.find((post) => post.title === 'Second café 🙂')?.body).toBe('CRLF body\nline two\n');
  });

  it('keeps the cache in XDG_CACHE_HOME/blog-tui, and does not rewrite it when nothing changed', () => {
    warmLoad();
    expect(cacheFile().startsWith(join(temp.root, 'cache', 'blog-tui'))).toBe(true);
    const longAgo = new Date('2020-01-01T00:00:00Z');
    utimesSync(cacheFile(), longAgo, longAgo);
    warmLoad();
    expect(statSync(cacheFile()).mtime).toEqual(longAgo);
    // Written by rename: no temp file is left beside it.
    expect(readdirSync(join(temp.root, 'cache', 'blog-tui'))).toHaveLength(1);
  });

  it('decides future and expired at load time, not when the parse was cached', () => {
    warmLoad();
    expect(titles(warmLoad().result)).not.toContain('Later');
    const inFuture = warmLoad({ now: new Date('2031-01-01T00:00:00Z') });
    expect(inFuture.hits).toBe(5);
    expect(titles(inFuture.result)).toContain('Later');
  });

  it('parses an edited file again, even one edited to the same size', () => {
    warmLoad();
    const path = join(content, 'posts/first.md');
    const before = statSync(path);
    writeFileSync(path, readFileSync(path, 'utf8').replace('First', 'Fresh'));
    expect(statSync(path).size).toBe(before.size);
    // An editor or tool that puts the old mtime back: the ctime still differs.
    utimesSync(path, before.atime, before.mtime);
    const warm = warmLoad();
    expect(warm.hits).toBe(4);
    expect(titles(warm.result)).toContain('Fresh');
    expect(titles(warm.result)).not.toContain('First');
  });

  it('shows new files and forgets removed ones', () => {
    warmLoad();
    temp.write({ 'content/posts/third.md': '---\ntitle: Third\n---\nNew.\n' });
    rmSync(join(content, 'posts/second.md'));
    const warm = warmLoad();
    expect(titles(warm.result)).toEqual(['First', 'Third']);
    const stored = Object.keys(JSON.parse(readFileSync(cacheFile(), 'utf8')).entries);
    expect(stored).toContain('posts/third.md');
    expect(stored).not.toContain('posts/second.md');
  });

  it('does not keep parses of files changed within the racy window', () => {
    const cache = openParseCache(content, env);
    loadPosts(content, { now: NOW, cache });
    cache.close();
    expect(JSON.parse(readFileSync(cacheFile(), 'utf8')).entries).toEqual({});
  });

  it.each([
    ['a truncated', (text: string) => text.slice(0, text.length / 2)],
    ['a garbage', () => '\u0000\u00ff not json {{{'],
    ["another program's", () => JSON.stringify({ version: 'x', entries: [] })],
  ])('ignores %s cache file, loads correctly and rewrites it', (_kind, damage) => {
    const cold = loadPosts(content, { now: NOW });
    warmLoad();
    writeFileSync(cacheFile(), damage(readFileSync(cacheFile(), 'utf8')));
    const warm = warmLoad();
    expect(warm.hits).toBe(0);
    expect(warm.result).toEqual(cold);
    expect(warmLoad().hits).toBe(5);
  });

  it("ignores a cached entry that does not have the loader's shape or carries control characters", () => {
    warmLoad();
    const data = JSON.parse(readFileSync(cacheFile(), 'utf8'));
    data.entries['posts/first.md'][3].fields.title = 'Evil\u001b]0;pwned\u0007';
    data.entries['posts/second.md'][3].fields.tags = 'not a list';
    // Written the way the cache writes itself: as ASCII, with escapes.
    writeFileSync(
      cacheFile(),
      JSON.stringify(data).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
    );
    const warm = warmLoad();
    expect(warm.hits).toBe(3);
    expect(titles(warm.result)).toEqual(['Second café 🙂', 'First']);
  });

  it('is off with BLOG_TUI_NO_CACHE=1', () => {
    env.BLOG_TUI_NO_CACHE = '1';
    expect(warmLoad().hits).toBe(0);
    expect(warmLoad().hits).toBe(0);
    expect(cacheFilePath(content, env)).toBeUndefined();
    expect(() => readdirSync(join(temp.root, 'cache'))).toThrow();
  });

  it('is written by the CLI after it prints, and a later run prints the same', () => {
    const cacheHome = join(temp.root, 'cache');
    const first = runCli(['list', content, '--json'], { XDG_CACHE_HOME: cacheHome });
    expect(first.status).toBe(0);
    expect(readdirSync(join(cacheHome, 'blog-tui'))).toHaveLength(1);
    const second = runCli(['list', content, '--json'], { XDG_CACHE_HOME: cacheHome });
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe(first.stderr);
  });
});
