// A documentation site of about 1,000 pages, given by its root and by its content folder: the
// list is quiet (one stderr line), in weight order, without the headless bundle, and `read`
// finds pages by id and by a unique end of it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-run.js';
import { generateDocsSite, type DocsSite } from './fixtures/generate-docs-site.js';

let site: DocsSite;

beforeAll(() => {
  site = generateDocsSite(mkdtempSync(join(tmpdir(), 'blog-tui-docs-')));
});

afterAll(() => rmSync(site.root, { recursive: true, force: true }));

interface JsonPost {
  id: string;
  weight: number;
}

describe('a ~1,000-page docs site', () => {
  it('lists every page but the headless ones, in weight order, with one summary line on stderr', () => {
    const run = runCli(['list', '--json', site.root]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('blog-tui: 2 files skipped (--verbose lists them)\n');
    const posts = JSON.parse(run.stdout) as JsonPost[];
    expect(posts).toHaveLength(site.listed);
    expect(site.listed).toBeGreaterThanOrEqual(900);
    expect(posts.filter((post) => post.id.startsWith('_common/'))).toEqual([]);
    const weights = posts.map((post) => post.weight);
    const firstUnweighted = weights.indexOf(0);
    expect(weights.slice(0, firstUnweighted)).toEqual([...weights.slice(0, firstUnweighted)].sort((a, b) => a - b));
    expect(weights.slice(firstUnweighted).every((weight) => weight === 0)).toBe(true);
    expect(runCli(['list', '--verbose', site.root]).stderr.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('opens the same posts given its root or its content folder', () => {
    expect(runCli(['list', '--json', join(site.root, 'content')]).stdout).toBe(runCli(['list', '--json', site.root]).stdout);
  });

  it('reads a page by id; a name many pages share lists ten candidates with their ids', () => {
    expect(runCli(['read', 'functions/advanced/options', site.root])).toMatchObject({ status: 0, stderr: '' });
    expect(runCli(['read', 'templates/reference/reference-topic-9', site.root]).stdout.split('\n')[0]).toBe('Templates reference topic 9');
    expect(runCli(['read', 'advanced-topic-7', site.root]).status).toBe(1);
    const ambiguous = runCli(['read', 'overview', site.root]);
    expect(ambiguous.status).toBe(1);
    const lines = ambiguous.stderr.split('\n');
    expect(lines[0]).toBe('blog-tui: "overview" matches 30 posts; give its id (or more of it):');
    expect(lines.slice(1, 11).every((line) => /^ {2}\S+\/overview {2}/.test(line))).toBe(true);
    expect(lines[11]).toBe('  … and 20 more');
  });
});
