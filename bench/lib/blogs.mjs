// Generated blogs are written once under bench/.out and reused by later runs.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { articleMarkdown } from './article.mjs';
import { join } from 'node:path';
import { loadCore } from './core.mjs';
import { outDir } from './paths.mjs';

export async function generatedBlog(n, seed = 1, name = `blog-${n}-seed-${seed}`) {
  const dir = join(outDir, name);
  const complete = join(dir, '.complete');
  if (!existsSync(complete)) {
    rmSync(dir, { recursive: true, force: true });
    (await loadCore()).generator.generateBlog(dir, n, seed);
    writeFileSync(complete, '');
  }
  return dir;
}

/** Loads a blog with the real loader; `reason` says why not when the loader cannot. */
export async function loadBlog(dir) {
  const { loader } = await loadCore();
  const result = loader.loadPosts(dir);
  if (result.error || result.posts.length === 0) return { reason: `loader: ${result.error ?? 'no posts loaded'}` };
  return { posts: result.posts };
}

/** The largest post the loader reads (MAX_POST_BYTES in src/core/limits.ts), front matter included. */
const MAX_POST_BYTES = 2 * 1024 * 1024;

/**
 * Posts to open in the benchmarks, newest first so the 5 KB one is the List's first row and the
 * 2 MB one (the largest allowed) its second. Each body opens with `firstSentence`, which the List
 * never shows (front matter summaries), so seeing it means the post's body is on screen.
 */
export const ARTICLES = [
  {
    slug: 'bench-article-5kb',
    title: 'Benchmark article, 5 KB',
    date: '2025-03-02',
    bodyBytes: 5 * 1024,
    firstSentence: 'The 5 KB benchmark article begins here.',
  },
  {
    slug: 'bench-article-2mb',
    title: 'Benchmark article, 2 MB',
    date: '2025-03-01',
    bodyBytes: MAX_POST_BYTES - 512,
    firstSentence: 'The 2 MB benchmark article begins here.',
  },
].map((article) => ({ ...article, summary: `Summary of the ${article.title.split(', ')[1]} benchmark article.` }));

/** The 1,000-post generated blog plus ARTICLES (rewritten each run, so they follow article.mjs). */
export async function articleBlog() {
  const dir = await generatedBlog(1_000, 1, 'blog-1000-with-articles');
  for (const article of ARTICLES) {
    const frontMatter = [
      '---',
      `title: ${JSON.stringify(article.title)}`,
      `date: ${article.date}`,
      'tags: ["benchmark"]',
      `summary: ${JSON.stringify(article.summary)}`,
      '---',
    ].join('\n');
    writeFileSync(join(dir, 'posts', `${article.slug}.md`), `${frontMatter}\n\n${articleMarkdown(article.bodyBytes, article.firstSentence)}`);
  }
  return dir;
}

/** Sections of the docs-like site, each a folder with an `_index.md` and its pages. */
const DOCS_SECTIONS = [
  'getting-started',
  'installation',
  'configuration',
  'deployment',
  'operations',
  'monitoring',
  'security',
  'networking',
  'storage',
  'scheduling',
  'pipelines',
  'api-reference',
  'cli-reference',
  'integrations',
  'troubleshooting',
  'migration-guides',
  'tutorials',
  'concepts',
  'best-practices',
  'release-notes',
];
const DOCS_TOPICS = ['overview', 'setup', 'options', 'limits', 'examples', 'internals', 'faq', 'upgrading', 'tuning', 'recipes'];

/**
 * A documentation site as Hugo docs themes lay it out: `pages` pages in sections (nested
 * folders with `_index.md`), ordered by `weight`, with a `description` and `lastmod` instead of a
 * blog's date and summary, and bodies of headings, prose, code and tables (2–12 KB).
 */
export function docsSite(pages = 1_000) {
  const dir = join(outDir, `docs-${pages}`);
  const complete = join(dir, '.complete');
  if (existsSync(complete)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '_index.md'), '---\ntitle: "Platform Documentation"\n---\n');
  for (let page = 0; page < pages; page++) {
    const section = DOCS_SECTIONS[page % DOCS_SECTIONS.length];
    const topic = DOCS_TOPICS[Math.floor(page / DOCS_SECTIONS.length) % DOCS_TOPICS.length];
    const part = Math.floor(page / (DOCS_SECTIONS.length * DOCS_TOPICS.length)) + 1;
    const folder = join(dir, 'docs', section, `part-${part}`);
    if (!existsSync(folder)) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(dir, 'docs', section, '_index.md'), `---\ntitle: ${JSON.stringify(titleCase(section))}\nweight: ${page % 20}\n---\n`);
      writeFileSync(join(folder, '_index.md'), `---\ntitle: "Part ${part}"\n---\n`);
    }
    const title = `${titleCase(topic)} of ${titleCase(section)} (part ${part})`;
    const frontMatter = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `description: ${JSON.stringify(`The ${topic} of ${section.replace(/-/g, ' ')}, part ${part}.`)}`,
      `weight: ${page}`,
      `lastmod: 2025-${String((page % 12) + 1).padStart(2, '0')}-${String((page % 28) + 1).padStart(2, '0')}`,
      `tags: [${JSON.stringify(section)}, ${JSON.stringify(topic)}]`,
      '---',
    ].join('\n');
    const body = articleMarkdown(2048 + ((page * 977) % 10_240), `This page covers ${topic} for ${section.replace(/-/g, ' ')}.`, page + 1);
    writeFileSync(join(folder, `${topic}.md`), `${frontMatter}\n\n${body}`);
  }
  writeFileSync(complete, '');
  return dir;
}

const titleCase = (slug) => slug.replace(/(^|-)(\w)/g, (_, dash, c) => `${dash ? ' ' : ''}${c.toUpperCase()}`);
