// Golden outputs of `blog-tui read` for the real-world fixtures: every test/fixtures/real-world/*.md
// printed at each width (piped: plain text), stored as golden/<name>.<width>.txt; posts that
// declare `math: true` (as Hugo themes ask) are also printed with `--math source`, stored as
// golden/<name>.<width>.source.txt. `npm run golden` rewrites them (GOLDEN_UPDATE=1); read
// every changed line before committing them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../cli-run.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/real-world/', import.meta.url));
export const GOLDEN_DIR = join(FIXTURE_DIR, 'golden');
export const WIDTHS = [80, 50];
export const UPDATING = process.env.GOLDEN_UPDATE === '1';

export type MathMode = 'unicode' | 'source';

export interface GoldenCase {
  /** The fixture's file name without `.md`. */
  name: string;
  slug: string;
  /** `unicode` (the default) always; `source` too for posts with math. */
  modes: MathMode[];
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
      const hasMath = /^math:\s*true\s*$/m.test(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
      return { name: file.replace(/\.md$/, ''), slug: post.slug, modes: hasMath ? ['unicode', 'source'] : ['unicode'] };
    });
}

export function goldenPath(name: string, width: number, mode: MathMode = 'unicode'): string {
  return join(GOLDEN_DIR, `${name}.${width}${mode === 'unicode' ? '' : `.${mode}`}.txt`);
}

export function readOutput(slug: string, width: number, mode: MathMode = 'unicode'): string {
  const run = runCli(['read', slug, FIXTURE_DIR, '--width', String(width), '--math', mode]);
  if (run.status !== 0) throw new Error(`read ${slug} failed: ${run.stderr}`);
  return run.stdout;
}
