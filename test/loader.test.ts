// The content loader on the committed fixture folder (test/fixtures/content/basic) and on the
// bundled content/.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPosts } from '../src/core/content/loadPosts.js';
import { hasUnsafeCharacters } from '../src/core/sanitize.js';
import type { LoadResult, Post } from '../src/core/types.js';

const FIXTURE = join(import.meta.dirname, 'fixtures/content/basic');
const NOW = new Date('2025-06-01T00:00:00Z');

// The ---js fixture would write this file if it were ever evaluated.
const probeFolder = mkdtempSync(join(tmpdir(), 'blog-tui-js-probe-'));
const probe = join(probeFolder, 'evaluated.txt');
process.env.BLOG_TUI_JS_PROBE = probe;

let result: LoadResult;
beforeAll(() => {
  result = loadPosts(FIXTURE, { now: NOW });
});
afterAll(() => rmSync(probeFolder, { recursive: true, force: true }));

function post(path: string): Post {
  const found = result.posts.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`no post ${path}; have ${result.posts.map((p) => p.path).join(', ')}`);
  return found;
}

function reasonFor(path: string): string | undefined {
  return result.warnings.find((warning) => warning.path === path)?.reason;
}

describe('which files are posts', () => {
  it('loads .md files anywhere, but not section pages, bundle resources, or hidden posts', () => {
    expect(result.error).toBeUndefined();
    expect(result.posts.map((p) => p.path).sort()).toEqual([
      'posts/2023-04-05-jekyll-style.md',
      'posts/code-then-heading.md',
      'posts/guides/lastmod.md',
      'posts/guides/publish-date.md',
      'posts/hostile.md',
      'posts/json-post.md',
      'posts/long-summary.md',
      'posts/map-title.md',
      'posts/odd-titles.md',
      'posts/photo-trip/index.md',
      'posts/plain_file-name.md',
      'posts/same-a.md',
      'posts/same-b.md',
      'posts/summary-front-matter.md',
      'posts/toml-post.md',
      'posts/unicode-slug.md',
      'posts/yaml-post.md',
    ]);
  });

  it('names the blog after the root _index.md title', () => {
    expect(result.blogName).toBe('Fixture Blog');
  });

  it('names the bundled blog "blog-tui" and loads the seed post with its divider summary', () => {
    const bundled = loadPosts(join(import.meta.dirname, '../content'));
    expect(bundled.blogName).toBe('blog-tui');
    expect(bundled.warnings).toEqual([]);
    const seed = bundled.posts.find((p) => p.slug === 'building-scalable-ml-pipelines');
    expect(seed?.title).toBe('Building Scalable Machine Learning Pipelines');
    expect(seed?.date).toBe('2025-01-13T11:30:00.000Z');
    expect(seed?.tags).toEqual(['machine-learning', 'mlops', 'python', 'data-engineering']);
    expect(seed?.summary).toBe(
      "In today's data-driven world, building machine learning pipelines that can scale effectively is crucial for success. Let me share some insights from my experience in cloud AI and MLOps.",
    );
  });
});

describe('front matter', () => {
  it('reads YAML with keys in any case, TOML with TOML dates, and Hugo JSON objects', () => {
    expect(post('posts/yaml-post.md')).toMatchObject({ title: 'YAML *Front* Matter', date: '2024-03-10T08:15:00.000Z' });
    expect(post('posts/toml-post.md')).toMatchObject({ title: 'TOML Front Matter', date: '2024-02-01T08:00:00.000Z', tags: ['rust', 'cli'] });
    expect(post('posts/json-post.md')).toMatchObject({ title: 'JSON {braces} in a string', date: '2024-01-15T00:00:00.000Z' });
    expect(post('posts/json-post.md').body).toBe('Body of the JSON post.\n');
  });

  it('keeps the raw Markdown body without the front matter', () => {
    expect(post('posts/toml-post.md').body).toBe('Body of the TOML post.\n');
    expect(post('posts/yaml-post.md').body).toContain('<!--more-->\n\nAfter the divider.');
    expect(post('posts/yaml-post.md').body).not.toContain('aliases:');
  });

  it('reports invalid YAML with its line, without the hostile bytes it quotes', () => {
    const reason = reasonFor('posts/invalid-yaml.md');
    expect(reason).toMatch(/^invalid YAML front matter \(line 2: .+\)$/);
    expect(hasUnsafeCharacters(reason!)).toBe(false);
  });

  it('never evaluates ---js front matter, which gray-matter alone would run', () => {
    expect(reasonFor('posts/js-front-matter.md')).toBe('unsupported front matter (---js): not evaluated');
    expect(existsSync(probe)).toBe(false);
    // Control: the same file through gray-matter's defaults does execute (so the probe works).
    const unsafe = matter.read(join(FIXTURE, 'posts/js-front-matter.md'), {});
    expect(unsafe.data).toEqual({ title: 'evaluated' });
    expect(existsSync(probe)).toBe(true);
  });

  it("never fills gray-matter's shared cache", () => {
    loadPosts(FIXTURE, { now: NOW });
    // gray-matter's typings omit its cache.
    const { cache } = matter as unknown as { cache: Record<string, unknown> };
    expect(Object.keys(cache)).toEqual([]);
  });

  it('reports an empty file', () => {
    expect(reasonFor('posts/empty.md')).toBe('empty file');
  });
});

describe('titles', () => {
  it('falls back to the first # heading outside code, then to the file name made readable', () => {
    expect(post('posts/code-then-heading.md').title).toBe('The Real Title');
    expect(post('posts/plain_file-name.md').title).toBe('Plain file name');
  });

  it('turns a title YAML reads as a date or a map into text, never [object Object]', () => {
    expect(post('posts/odd-titles.md').title).toBe('2024-05-06');
    expect(post('posts/map-title.md').title).toBe('Map, Title');
  });
});

describe('dates and order', () => {
  it('uses publishDate, then lastmod, then a Jekyll file-name date', () => {
    expect(post('posts/guides/publish-date.md').date).toBe('2022-06-30T00:00:00.000Z');
    expect(post('posts/guides/lastmod.md').date).toBe('2021-12-24T18:30:00.000Z');
    expect(post('posts/2023-04-05-jekyll-style.md').date).toBe('2023-04-05T00:00:00.000Z');
  });

  it('sorts newest first, undated last, ties by title', () => {
    expect(result.posts.map((p) => p.title)).toEqual([
      'YAML *Front* Matter',
      'TOML Front Matter',
      'JSON {braces} in a string',
      'Photo Trip',
      'Jekyll Style',
      'Publish Date Only',
      'Lastmod Only',
      '2024-05-06',
      'Hostile ]0;pwned Title [2J',
      'Long Summary',
      'Map, Title',
      'Plain file name',
      'Same Slug A',
      'Same Slug B',
      'Summary From Front Matter',
      'The Real Title',
      'Unicode',
    ]);
  });

  it('hides drafts, future and expired posts unless asked, and marks the ones shown', () => {
    const titles = (options: Parameters<typeof loadPosts>[1]) => loadPosts(FIXTURE, { now: NOW, ...options }).posts;
    expect(titles({}).some((p) => p.draft || p.future || p.expired)).toBe(false);
    expect(
      titles({ drafts: true })
        .filter((p) => p.draft)
        .map((p) => p.title),
    ).toEqual(['A Draft']);
    expect(
      titles({ future: true })
        .filter((p) => p.future)
        .map((p) => p.title),
    ).toEqual(['From The Future']);
    expect(
      titles({ expired: true })
        .filter((p) => p.expired)
        .map((p) => p.title),
    ).toEqual(['Expired Post']);
    // "now" decides: in 2019 the expired post is live.
    expect(loadPosts(FIXTURE, { now: new Date('2019-06-01T00:00:00Z') }).posts.map((p) => p.title)).toContain('Expired Post');
  });
});

describe('summaries', () => {
  it('prefers the text before <!--more--> over front matter summary, as plain text', () => {
    expect(post('posts/yaml-post.md').summary).toBe('Intro with bold, emphasis, code, a link and an diagram & an entity.');
  });

  it('uses front matter summary without Markdown or HTML', () => {
    expect(post('posts/summary-front-matter.md').summary).toBe('A bold claim with a link and HTML.');
  });

  it('else takes the first 70 words of prose, skipping code blocks', () => {
    const { summary } = post('posts/long-summary.md');
    expect(summary).not.toContain('echo');
    expect(summary.startsWith('A heading w1 w2 w3')).toBe(true);
    expect(summary.replace(/…$/, '').split(' ')).toHaveLength(70);
    expect(summary.endsWith(' w67 w68…')).toBe(true);
  });
});

describe('slugs', () => {
  it('come from front matter, the bundle folder, or the file name without a Jekyll date', () => {
    expect(post('posts/toml-post.md').slug).toBe('toml');
    expect(post('posts/photo-trip/index.md').slug).toBe('photo-trip');
    expect(post('posts/2023-04-05-jekyll-style.md').slug).toBe('jekyll-style');
    expect(post('posts/plain_file-name.md').slug).toBe('plain-file-name');
  });

  it('are URL-safe and keep non-ASCII letters', () => {
    expect(post('posts/unicode-slug.md').slug).toBe('café-crème-part-2');
  });

  it('may be shared: posts are told apart by their ids, and that is no warning', () => {
    expect(post('posts/same-a.md')).toMatchObject({ slug: 'same', id: 'posts/same-a' });
    expect(post('posts/same-b.md')).toMatchObject({ slug: 'same', id: 'posts/same-b' });
    expect(reasonFor('posts/same-b.md')).toBeUndefined();
  });
});

describe('lists and aliases', () => {
  it('turns tags and categories into de-duplicated lists of strings', () => {
    expect(post('posts/yaml-post.md')).toMatchObject({ tags: ['Go', 'terminal', '42'], categories: ['notes'] });
    expect(post('posts/json-post.md').tags).toEqual(['single-tag']);
    expect(post('posts/odd-titles.md')).toMatchObject({ tags: ['value'], categories: ['a, b', 'true'] });
  });

  it('collects aliases and url for the link resolver', () => {
    expect(post('posts/yaml-post.md').aliases).toEqual(['/old/yaml-post/', '/older/yaml/', '/custom/yaml/']);
  });
});

describe('untrusted text', () => {
  it('strips control sequences and bidi overrides from every field', () => {
    const hostile = post('posts/hostile.md');
    const fields = [hostile.title, hostile.summary, hostile.slug, hostile.path, ...hostile.tags];
    expect(fields.filter(hasUnsafeCharacters)).toEqual([]);
    expect(hostile.title).toBe('Hostile ]0;pwned Title [2J');
    expect(hostile.tags).toEqual(['ok', 'bad [31m', '2J']);
    // `&#27;` decodes to ESC, which must not survive either.
    expect(hostile.summary).toBe('Entity [31m decoded');
  });

  it('sanitizes every string of every post and warning', () => {
    const strings = [
      ...result.posts.flatMap((p) => [p.title, p.summary, p.slug, p.path, p.date ?? '', ...p.tags, ...p.categories, ...p.aliases]),
      ...result.warnings.flatMap((w) => [w.path, w.reason]),
    ];
    expect(strings.filter(hasUnsafeCharacters)).toEqual([]);
  });
});
