// Generated blogs are written once under bench/.out and reused by later runs.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
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
