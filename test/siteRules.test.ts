// The pure rules behind site reading: path globs, Hugo build options and cascade, Hugo's page
// order, names `read` accepts, and link resolution that stays linear on hostile aliases.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cascadeRules, effectiveBuild, ownBuildOptions } from '../src/core/content/build.js';
import { toFields } from '../src/core/content/fields.js';
import { matchGlob } from '../src/core/content/glob.js';
import { sortPosts } from '../src/core/content/order.js';
import { PostIndex } from '../src/core/content/postIndex.js';
import { loadPosts } from '../src/core/content/loadPosts.js';
import { groupWarnings, summarizeWarnings } from '../src/core/content/warningGroups.js';
import { renderPost } from '../src/core/render/renderPost.js';
import { parseQuery } from '../src/core/search/query.js';
import type { Post } from '../src/core/types.js';
import { makeTempContent } from './fixtures/make-content.js';
import { makePost } from './render-support.js';

describe('path globs', () => {
  it('match as Hugo cascade targets write them', () => {
    expect(matchGlob('/docs/**', '/docs/a/b')).toBe(true);
    expect(matchGlob('/docs/*', '/docs/a/b')).toBe(false);
    expect(matchGlob('/docs/*', '/docs/a')).toBe(true);
    expect(matchGlob('/{news,blog}/**', '/blog/2024/x')).toBe(true);
    expect(matchGlob('/post-[0-9]', '/post-7')).toBe(true);
    expect(matchGlob('/post-[!0-9]', '/post-7')).toBe(false);
    expect(matchGlob('/a?c', '/abc')).toBe(true);
  });

  it('stay fast on patterns built to backtrack', () => {
    const started = performance.now();
    expect(matchGlob('*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(280))).toBe(false);
    expect(matchGlob('{a,b}'.repeat(20), 'ab')).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('build options and cascade', () => {
  const fields = (data: Record<string, unknown>) => toFields(data);

  it('reads build, _build, old booleans and headless', () => {
    expect(ownBuildOptions(fields({ build: { list: 'never' } }))).toEqual({ list: 'never' });
    expect(ownBuildOptions(fields({ _build: { render: false } }))).toEqual({ render: 'never' });
    expect(ownBuildOptions(fields({ headless: true }))).toEqual({ list: 'never', render: 'never' });
    expect(ownBuildOptions(fields({ title: 'x' }))).toBeUndefined();
  });

  it("applies the nearest matching cascade; a page's own options win", () => {
    const section = cascadeRules([{ _target: { path: '/news/archive/**' }, _build: { list: 'never' } }]);
    const home = cascadeRules({ build: { render: 'never' }, target: { kind: 'section' } });
    expect(effectiveBuild('news/archive/old', undefined, [section, home])).toEqual({ list: 'never' });
    expect(effectiveBuild('news/new', undefined, [section, home])).toEqual({});
    expect(effectiveBuild('news/archive/old', { list: 'always' }, [section])).toEqual({ list: 'always' });
  });
});

describe("Hugo's order", () => {
  const post = (id: string, weight: number, date: string | null, title = id): Post => makePost('', { id, path: `${id}.md`, weight, date, title });

  it('weight ascending with 0 last, then newest first, then link title, then path', () => {
    const posts = [
      post('z', 0, '2025-01-01T00:00:00.000Z'),
      post('b', 2, null),
      post('a', 2, '2020-01-01T00:00:00.000Z'),
      post('c', 1, null),
      post('d', 2, null, 'b'),
    ];
    expect(sortPosts(posts, 'weight').map((p) => p.id)).toEqual(['c', 'a', 'b', 'd', 'z']);
    expect(sortPosts(posts, 'date').map((p) => p.id)).toEqual(['z', 'a', 'b', 'd', 'c']);
    expect(sortPosts(posts, 'path').map((p) => p.id)).toEqual(['a', 'b', 'c', 'd', 'z']);
  });
});

describe('names read accepts', () => {
  const index = new PostIndex([
    makePost('', { id: 'functions/strings/title', path: 'functions/strings/title.md', slug: 'title' }),
    makePost('', { id: 'methods/page/title', path: 'methods/page/title.md', slug: 'title' }),
    makePost('', { id: 'about', path: 'about.md', slug: 'who-we-are' }),
  ]);
  const found = (name: string) => {
    const lookup = index.find(name);
    return 'post' in lookup ? lookup.post.id : lookup.candidates.map((post) => post.id);
  };

  it('an id, a unique end of one, a unique slug; several matches are candidates', () => {
    expect(found('functions/strings/title')).toBe('functions/strings/title');
    expect(found('Strings/Title')).toBe('functions/strings/title');
    expect(found('page/title')).toBe('methods/page/title');
    expect(found('who-we-are')).toBe('about');
    expect(found('title')).toEqual(['functions/strings/title', 'methods/page/title']);
    expect(found('nothing')).toEqual([]);
  });
});

describe('warnings', () => {
  it('group by cause and sum up skipped files apart from other warnings', () => {
    const warnings = [
      { path: 'a.md', reason: 'binary file (NUL byte)', skipped: true },
      { path: 'b.md', reason: 'binary file (invalid UTF-8)', skipped: true },
      { path: 'c.md', reason: 'unrecognized date "x": ignored' },
    ];
    expect(groupWarnings(warnings).map((group) => [group.cause, group.warnings.length])).toEqual([
      ['binary file', 2],
      ['unrecognized date', 1],
    ]);
    expect(summarizeWarnings(warnings)).toBe('2 files skipped, 1 warning');
  });
});

describe('search filters', () => {
  it('parse @section and #taxonomy:term as filters', () => {
    expect(parseQuery('@functions #categories:setup hugo')).toEqual({ text: 'hugo', tags: ['@functions', 'categories:setup'], flags: [] });
  });
});

describe('link resolution', () => {
  it('stays linear: 500 aliases of long slash runs and a post of 500 unknown links render at once', () => {
    const posts = Array.from({ length: 10 }, (_, n) =>
      makePost('', {
        id: `posts/p${n}`,
        path: `posts/p${n}.md`,
        slug: `p${n}`,
        aliases: Array.from({ length: 50 }, (_, a) => `x${'/'.repeat(290)}y${n * 50 + a}`),
      }),
    );
    const reader = makePost(Array.from({ length: 500 }, (_, n) => `[l](nope${n})`).join('\n\n'), { id: 'posts/reader', path: 'posts/reader.md' });
    const started = performance.now();
    const result = renderPost(reader, { width: 80, color: false, linkTargets: new PostIndex([...posts, reader]) });
    // Quadratic trimming made this take 15.9 s; linear, it takes a few hundred milliseconds.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.links).toHaveLength(500);
    expect(result.links.every((link) => link.kind === 'refused')).toBe(true);
    const aliased = renderPost(makePost(`[a](/x${'/'.repeat(290)}y77/)`), { width: 80, color: false, linkTargets: new PostIndex(posts) });
    expect(aliased.links[0]).toMatchObject({ kind: 'internal', target: 'posts/p1' });
  });
});

describe('site roots', () => {
  it("find a content folder mounted per language, as Hugo's own docs do, from the root or the folder itself", () => {
    const temp = makeTempContent();
    try {
      temp.write({
        'hugo.toml':
          "title = 'Hugo'\n[languages.en]\nweight = 1\n[module]\n[[module.mounts]]\nsource = 'assets'\ntarget = 'assets'\n[[module.mounts]]\nlang = 'en'\nsource = 'content/en'\ntarget = 'content'\n",
        'content/en/functions/strings/title.md': '---\ntitle: strings.Title\n---\n',
        'content/en/_common/_index.md': '---\ncascade:\n  _build:\n    list: never\n    render: never\n---\n',
        'content/en/_common/editions.md': '---\n_comment: Do not remove front matter.\n---\n',
      });
      const fromRoot = loadPosts(temp.root);
      expect(fromRoot.posts.map((post) => post.id)).toEqual(['functions/strings/title']);
      expect(fromRoot).toMatchObject({ blogName: 'Hugo', site: { kind: 'hugo', contentLabel: 'content/en/' } });
      const fromContent = loadPosts(join(temp.root, 'content', 'en'));
      expect(fromContent.posts.map((post) => post.id)).toEqual(['functions/strings/title']);
      expect(fromContent.site.kind).toBe('hugo');
    } finally {
      temp.remove();
    }
  });
});
