// A post's public URL under Hugo's and Jekyll's rules, and the site config keys they come from.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPosts } from '../src/core/content/loadPosts.js';
import { permalinkOf, type PermalinkPost } from '../src/core/content/permalink.js';
import type { SiteInfo } from '../src/core/types.js';

const HUGO: SiteInfo = { kind: 'hugo', contentLabel: 'content/', taxonomies: [], baseURL: 'https://example.org/' };
const JEKYLL: SiteInfo = { kind: 'jekyll', contentLabel: '_posts/', taxonomies: [], baseURL: 'https://example.github.io/blog' };

function post(path: string, fields: Partial<PermalinkPost> = {}): PermalinkPost {
  const id = path.replace(/\/index\.md$|\.md$/, '');
  const section = id.includes('/') ? id.slice(0, id.indexOf('/')).replace(/^_/, '') : '';
  return { id, path, title: 'Hello, World', date: '2024-03-05T10:00:00.000Z', categories: [], section, ...fields };
}

describe('permalinkOf: Hugo', () => {
  const cases: [string, PermalinkPost, SiteInfo, string][] = [
    ['section and file name', post('posts/first-post.md'), HUGO, 'https://example.org/posts/first-post/'],
    ['nested sections', post('docs/guides/Setup Guide.md'), HUGO, 'https://example.org/docs/guides/setup-guide/'],
    ['front matter slug', post('posts/first-post.md', { urlFrontMatter: { slug: 'My Slug' } }), HUGO, 'https://example.org/posts/my-slug/'],
    ['a leaf bundle: its folder', post('posts/trip/index.md'), HUGO, 'https://example.org/posts/trip/'],
    ['a Jekyll-style date stays in a Hugo file name', post('posts/2024-03-05-launch.md'), HUGO, 'https://example.org/posts/2024-03-05-launch/'],
    [
      'front matter url, on the base',
      post('posts/a.md', { urlFrontMatter: { url: '/about/me/', slug: 'x' } }),
      HUGO,
      'https://example.org/about/me/',
    ],
    ['front matter url without a slash', post('posts/a.md', { urlFrontMatter: { url: 'legacy.html' } }), HUGO, 'https://example.org/legacy.html'],
    ['base URL with a path', post('posts/a.md'), { ...HUGO, baseURL: 'https://example.org/blog/' }, 'https://example.org/blog/posts/a/'],
    [
      '[permalinks] date pattern with :slug (falls back to the title)',
      post('posts/first-post.md'),
      { ...HUGO, permalinks: { posts: '/:year/:month/:day/:slug/' } },
      'https://example.org/2024/03/05/hello-world/',
    ],
    [
      ':slug from front matter, :section, :filename',
      post('posts/trip/index.md', { urlFrontMatter: { slug: 'road-trip' } }),
      { ...HUGO, permalinks: { posts: '/:section/:slug-:filename/' } },
      'https://example.org/posts/road-trip-trip/',
    ],
    [
      ':title, :contentbasename and :slugorfilename',
      post('posts/first-post.md'),
      { ...HUGO, permalinks: { posts: '/:title/:contentbasename/:slugorfilename/:monthname/:yearday/' } },
      'https://example.org/hello-world/first-post/first-post/march/65/',
    ],
    ['another section keeps the default', post('notes/n1.md'), { ...HUGO, permalinks: { posts: '/:year/:slug/' } }, 'https://example.org/notes/n1/'],
    ['non-ASCII is percent-encoded', post('posts/café.md'), HUGO, 'https://example.org/posts/caf%C3%A9/'],
  ];
  it.each(cases)('%s', (_name, value, site, expected) => {
    expect(permalinkOf(value, site)).toEqual({ url: expected });
  });
});

describe('permalinkOf: Jekyll', () => {
  const dated = post('_posts/2024-03-05-Hello-World.md', { categories: ['Web Dev', 'js'] });
  const cases: [string, PermalinkPost, SiteInfo, string][] = [
    ['date style by default', dated, JEKYLL, 'https://example.github.io/blog/web%20dev/js/2024/03/05/Hello-World.html'],
    ['pretty', dated, { ...JEKYLL, permalinks: { posts: 'pretty' } }, 'https://example.github.io/blog/web%20dev/js/2024/03/05/Hello-World/'],
    ['ordinal', dated, { ...JEKYLL, permalinks: { posts: 'ordinal' } }, 'https://example.github.io/blog/web%20dev/js/2024/065/Hello-World.html'],
    ['none', dated, { ...JEKYLL, permalinks: { posts: 'none' } }, 'https://example.github.io/blog/web%20dev/js/Hello-World.html'],
    ['no categories: the empty segment goes', post('_posts/2024-03-05-hello.md'), JEKYLL, 'https://example.github.io/blog/2024/03/05/hello.html'],
    ['a custom pattern with :slug', dated, { ...JEKYLL, permalinks: { posts: '/:year/:slug' } }, 'https://example.github.io/blog/2024/hello-world'],
    [
      'front matter permalink wins, with placeholders',
      post('_posts/2024-03-05-hello.md', { urlFrontMatter: { url: '/notes/:title/' } }),
      { ...JEKYLL, permalinks: { posts: 'pretty' } },
      'https://example.github.io/blog/notes/hello/',
    ],
    [
      'front matter slug for :title',
      post('_posts/2024-03-05-hello.md', { urlFrontMatter: { slug: 'Greetings' } }),
      JEKYLL,
      'https://example.github.io/blog/2024/03/05/Greetings.html',
    ],
    ['another collection', post('_recipes/soups/leek.md'), JEKYLL, 'https://example.github.io/blog/recipes/soups/leek.html'],
  ];
  it.each(cases)('%s', (_name, value, site, expected) => {
    expect(permalinkOf(value, site)).toEqual({ url: expected });
  });
});

describe('permalinkOf without a base URL', () => {
  it('says what to add', () => {
    const { baseURL: _hugo, ...hugo } = HUGO;
    expect(permalinkOf(post('posts/a.md'), hugo)).toEqual({ missing: 'no baseURL in the site config: add baseURL to hugo.toml' });
    const { baseURL: _jekyll, ...jekyll } = JEKYLL;
    expect(permalinkOf(post('_posts/2024-01-01-a.md'), jekyll)).toEqual({ missing: 'no url in _config.yml: add url to _config.yml' });
    expect(permalinkOf(post('posts/a.md'), { ...HUGO, baseURL: '/' })).toEqual({ missing: 'baseURL "/" is not a web address (https://…)' });
    expect(permalinkOf(post('a.md'), { kind: 'folder', contentLabel: '', taxonomies: [] })).toEqual({
      missing: 'no Hugo or Jekyll site config with a base URL',
    });
  });
});

describe('permalinks from real site files', () => {
  it('reads Hugo [permalinks.page] and front matter url and slug', () => {
    const site = mkdtempSync(join(tmpdir(), 'blog-tui-permalink-'));
    writeFileSync(join(site, 'hugo.toml'), "baseURL = 'https://example.org/'\n[permalinks.page]\n  posts = '/articles/:year/:slug/'\n");
    mkdirSync(join(site, 'content', 'posts'), { recursive: true });
    writeFileSync(join(site, 'content', 'posts', 'one.md'), "+++\ntitle = 'One'\ndate = 2023-07-01\nslug = 'first'\n+++\nBody.\n");
    writeFileSync(join(site, 'content', 'posts', 'two.md'), "+++\ntitle = 'Two'\ndate = 2023-07-02\nurl = '/special/'\n+++\nBody.\n");
    const loaded = loadPosts(site);
    const urls = loaded.posts.map((loadedPost) => permalinkOf(loadedPost, loaded.site));
    expect(urls).toEqual([{ url: 'https://example.org/special/' }, { url: 'https://example.org/articles/2023/first/' }]);
  });

  it('reads Jekyll url, baseurl and permalink', () => {
    const site = mkdtempSync(join(tmpdir(), 'blog-tui-permalink-'));
    writeFileSync(join(site, '_config.yml'), 'url: "https://me.github.io"\nbaseurl: "/blog"\npermalink: pretty\n');
    mkdirSync(join(site, '_posts'));
    writeFileSync(join(site, '_posts', '2022-12-24-Winter-Notes.md'), '---\ntitle: Winter\ncategories: [Travel]\n---\nBody.\n');
    const loaded = loadPosts(site);
    expect(permalinkOf(loaded.posts[0]!, loaded.site)).toEqual({ url: 'https://me.github.io/blog/travel/2022/12/24/Winter-Notes/' });
  });
});
