import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBlog, generatePosts } from './fixtures/generate-blog.js';

describe('generateBlog', () => {
  const dir = mkdtempSync(join(tmpdir(), 'blog-tui-generator-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generatePosts(20, 3)).toEqual(generatePosts(20, 3));
    expect(generatePosts(20, 4).map((post) => post.title)).not.toEqual(generatePosts(20, 3).map((post) => post.title));
  });

  it('writes N posts of 2–6 KB with front matter, code, tables, links and some leaf bundles', () => {
    const posts = generateBlog(dir, 200, 5);
    const files = readdirSync(join(dir, 'posts'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
    expect(files).toHaveLength(200);
    expect(files.filter((file) => file.endsWith('index.md')).length).toBeGreaterThan(5);
    expect(readFileSync(join(dir, '_index.md'), 'utf8')).toContain('title:');
    for (const post of posts) {
      const source = readFileSync(join(dir, post.path), 'utf8');
      expect(source).toBe(post.source);
      expect(source).toMatch(/^---\ntitle: ".+"\ndate: \d{4}-\d{2}-\d{2}\ntags: \[.+\]\n/);
      expect(Buffer.byteLength(source)).toBeGreaterThanOrEqual(2000);
      expect(Buffer.byteLength(source)).toBeLessThanOrEqual(7000);
    }
    const all = posts.map((post) => post.source).join('\n');
    for (const feature of ['```python', '| --- |', '](https://example.com/', '](../post-', '](#', '<!--more-->', 'summary: '])
      expect(all).toContain(feature);
    expect(new Set(generatePosts(2000, 1).flatMap((post) => post.tags)).size).toBe(200);
  });
});
