// Golden outputs of `blog-tui read` for the real-world fixtures: every test/fixtures/real-world/*.md
// printed at each width (piped: plain text), stored as golden/<name>.<width>.txt. `npm run golden`
// rewrites them (GOLDEN_UPDATE=1); read every changed line before committing them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../cli-run.js';

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/real-world/', import.meta.url));
const GOLDEN_DIR = join(FIXTURE_DIR, 'golden');
export const WIDTHS = [80, 50];
export const UPDATING = process.env.GOLDEN_UPDATE === '1';

export interface GoldenCase {
  /** The fixture's file name without `.md`. */
  name: string;
  slug: string;
}

/** Every top-level fixture with the slug the loader gives it. */
export function goldenCases(): GoldenCase[] {
  const listed = runCli(['list', '--json', FIXTURE_DIR]);
  const posts = JSON.parse(listed.stdout) as { slug: string; path: string }[];
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const post = posts.find((candidate) => candidate.path === file);
      if (!post) throw new Error(`${file} is not listed by blog-tui list: ${listed.stderr}`);
      return { name: file.replace(/\.md$/, ''), slug: post.slug };
    });
}

export function goldenPath(name: string, width: number): string {
  return join(GOLDEN_DIR, `${name}.${width}.txt`);
}

export function readOutput(slug: string, width: number): string {
  const run = runCli(['read', slug, FIXTURE_DIR, '--width', String(width)]);
  if (run.status !== 0) throw new Error(`read ${slug} failed: ${run.stderr}`);
  return run.stdout;
}
