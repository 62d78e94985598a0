// Real site layouts given as DIR: a Hugo docs site (config folder, custom contentDir, theme,
// archetypes, a headless `_common` bundle, weights, the same slug in two sections), a plain Hugo
// blog, and a Jekyll site. What is listed, in which order, the ids, what `read` accepts, and
// exactly what stderr holds.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-run.js';

const SITES = fileURLToPath(new URL('./fixtures/sites/', import.meta.url));
const DOCS = `${SITES}hugo-docs`;
const BLOG = `${SITES}hugo-blog`;
const JEKYLL = `${SITES}jekyll-blog`;

interface JsonPost {
  id: string;
  slug: string;
  title: string;
  section: string;
  weight: number;
  taxonomies: Record<string, string[]>;
}

function listJson(args: string[]): JsonPost[] {
  const run = runCli(['list', '--json', ...args]);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as JsonPost[];
}

const SKIPPED_ONE = 'blog-tui: 1 file skipped (--verbose lists them)\n';

describe('a Hugo docs site given by its root', () => {
  it('lists its content folder in Hugo order, without theme, archetypes, README, generated files or headless pages', () => {
    const run = runCli(['list', DOCS]);
    expect(run.stdout).toBe(
      [
        '            Quick start',
        '            strings.Title',
        '2024-02-01  Basic usage',
        '2023-05-01  Installing',
        '            strings.Trim',
        '2020-01-01  Date',
        '            Title',
        '2025-02-01  Release 1.0       release',
        '            About these docs',
        '            urls.Ref',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe(SKIPPED_ONE);
  });

  it('gives each post its path as id, and two posts may share a slug', () => {
    const posts = listJson([DOCS]);
    expect(posts.map((post) => post.id)).toEqual([
      'getting-started/quick-start',
      'functions/strings/title',
      'getting-started/usage',
      'getting-started/installing',
      'functions/strings/trim',
      'methods/page/date',
      'methods/page/title',
      'news/release-1',
      'about',
      'functions/urls/ref',
    ]);
    expect(posts.filter((post) => post.slug === 'title').map((post) => post.section)).toEqual(['functions', 'methods']);
    expect(posts.find((post) => post.id === 'getting-started/installing')).toMatchObject({
      weight: 20,
      taxonomies: { categories: ['setup'], authors: ['Ann Lee'] },
    });
  });

  it('opens the same posts as its content folder', () => {
    expect(runCli(['list', '--json', `${DOCS}/docs`]).stdout).toBe(runCli(['list', '--json', DOCS]).stdout);
  });

  it('--verbose lists each warning; --sort and --section change the list', () => {
    expect(runCli(['list', DOCS, '--verbose']).stderr).toMatch(
      /^blog-tui: warning: news\/broken\.md: invalid YAML front matter \(line 3: [^\n]+\)\n$/,
    );
    expect(listJson([DOCS, '--sort', 'path']).map((post) => post.id)[0]).toBe('about');
    expect(listJson([DOCS, '--sort', 'date']).map((post) => post.id)[0]).toBe('news/release-1');
    expect(listJson([DOCS, '--sort', 'title']).map((post) => post.title)[0]).toBe('About these docs');
    expect(listJson([DOCS, '--section', 'Getting started']).map((post) => post.id)).toEqual([
      'getting-started/quick-start',
      'getting-started/usage',
      'getting-started/installing',
    ]);
    expect(runCli(['list', DOCS, '--sort', 'size'])).toMatchObject({
      status: 2,
      stderr: 'blog-tui: --sort must be one of weight, date, title, path, got "size"\n',
    });
  });

  it('searches @section and #taxonomy:term, and keywords', () => {
    expect(listJson([DOCS, '--search', '@getting-started #categories:setup']).map((post) => post.id)).toEqual([
      'getting-started/usage',
      'getting-started/installing',
    ]);
    expect(listJson([DOCS, '--search', 'tutorial']).map((post) => post.id)).toEqual(['getting-started/quick-start']);
  });

  it('tags --sections counts the listed posts of each section', () => {
    const run = runCli(['tags', '--sections', DOCS]);
    expect(run.stdout).toBe(['3  functions', '3  getting-started  Getting started', '2  methods', '1  news', ''].join('\n'));
    expect(run.stderr).toBe(SKIPPED_ONE);
    expect(JSON.parse(runCli(['tags', '--sections', '--json', DOCS]).stdout)).toContainEqual({ section: 'news', title: 'News', count: 1 });
  });

  it('read takes an id, a unique end of one or a unique slug, and prints only its own warnings', () => {
    for (const name of ['functions/strings/title', 'strings/title']) {
      const run = runCli(['read', name, DOCS]);
      expect(run).toMatchObject({ status: 0, stderr: '' });
      expect(run.stdout.split('\n')[0]).toBe('strings.Title');
    }
    expect(runCli(['read', 'trim', DOCS]).stdout.split('\n')[0]).toBe('strings.Trim');
  });

  it('read of an ambiguous name exits 1 and lists the candidates with their ids', () => {
    expect(runCli(['read', 'title', DOCS])).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        'blog-tui: "title" matches 2 posts; give its id (or more of it):',
        '  functions/strings/title  strings.Title',
        '  methods/page/title  Title',
        '',
      ].join('\n'),
    });
  });

  it('reads and links to unlisted pages, but not to pages that are never rendered', () => {
    expect(runCli(['read', 'glossary', DOCS]).stdout.split('\n')[0]).toBe('Glossary');
    expect(runCli(['read', 'release-0.9', DOCS]).stdout.split('\n')[0]).toBe('Release 0.9');
    expect(runCli(['read', '_common/installation/01-editions', DOCS])).toEqual({
      status: 1,
      stdout: '',
      stderr: `${SKIPPED_ONE}blog-tui: no post "_common/installation/01-editions" (try: blog-tui list)\n`,
    });
    const links = runCli(['read', 'quick-start', DOCS, '--width', '100']).stdout.split('Links\n')[1];
    expect(links).toBe(
      [
        '1. title function → post functions/strings/title',
        '2. Title method → post methods/page/title',
        '3. glossary → post getting-started/glossary',
        '4. editions → /_common/installation/01-editions/ (no post at /_common/installation/01-editions/)',
        '',
      ].join('\n'),
    );
  });
});

describe('a Hugo blog with hugo.yaml and content/', () => {
  it('reads its leaf bundles by folder, hides a headless bundle, and matches its content folder', () => {
    const posts = listJson([BLOG]);
    expect(posts.map((post) => [post.id, post.taxonomies])).toEqual([
      ['posts/second', { series: ['basics'] }],
      ['posts/first', {}],
    ]);
    expect(runCli(['list', '--json', `${BLOG}/content`]).stdout).toBe(runCli(['list', '--json', BLOG]).stdout);
    expect(runCli(['read', 'headless', BLOG]).status).toBe(1);
  });
});

describe('a Jekyll site given by its root', () => {
  it('lists _posts and declared collections, not README, pages, _site or vendor; drafts with --drafts', () => {
    const run = runCli(['list', JEKYLL]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe(
      ['2024-03-10  Hello, World  intro', '2023-12-01  Year end      review', '2022-01-01  Hello again', '            Pasta', ''].join('\n'),
    );
    expect(listJson([JEKYLL, '--drafts']).map((post) => [post.id, post.section])).toEqual([
      ['_posts/2024-03-10-hello-world', 'posts'],
      ['_posts/2023-12-01-year-end', 'posts'],
      ['_posts/2022-01-01-hello-world', 'posts'],
      ['_drafts/next-post', 'posts'],
      ['_recipes/pasta', 'recipes'],
    ]);
  });

  it('read takes the slug without the date, and lists both posts of one name', () => {
    expect(runCli(['read', 'year-end', JEKYLL]).stdout.split('\n')[0]).toBe('Year end');
    expect(runCli(['read', 'hello-world', JEKYLL]).stderr).toBe(
      [
        'blog-tui: "hello-world" matches 2 posts; give its id (or more of it):',
        '  _posts/2022-01-01-hello-world  Hello again',
        '  _posts/2024-03-10-hello-world  Hello, World',
        '',
      ].join('\n'),
    );
    expect(runCli(['read', '2024-03-10-hello-world', JEKYLL]).stdout.split('\n')[0]).toBe('Hello, World');
  });
});
