// The print commands over the hostile blog (test/fixtures/make-hostile.ts): every command finishes,
// runs no front-matter code, reads nothing outside the folder, reports each bad file, and prints
// not one control sequence of the content's making, in colour or not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './cli-run.js';
import { makeHostileBlog, NORMAL_POST_TITLE, type HostileBlog } from './fixtures/make-hostile.js';
import { findForbiddenSequences } from './support/terminalSafety.js';

/** Colour on, so the renderer's own SGR and OSC 8 sequences are in the output the scanner checks. */
const COLOR = { FORCE_COLOR: '1' };

let root: string;
let blog: HostileBlog;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-tui-hostile-'));
  blog = makeHostileBlog(root);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Asserts the command ended by itself and printed nothing unsafe on either stream. */
function expectSafeRun(run: CliRun, what: string): void {
  expect(run.status, `${what} was killed or failed:\n${run.stderr}`).toBe(0);
  expect(findForbiddenSequences(run.stdout), `${what} stdout`).toEqual([]);
  expect(findForbiddenSequences(run.stderr), `${what} stderr`).toEqual([]);
}

interface ListedPost {
  slug: string;
  title: string;
  tags: string[];
  summary: string;
  path: string;
}

describe('print commands over hostile content', () => {
  let listed: ListedPost[];
  beforeAll(() => {
    const run = runCli(['list', blog.dir, '--json']);
    expectSafeRun(run, 'list --json');
    listed = JSON.parse(run.stdout) as ListedPost[];
  });

  it('lists the readable posts with every field free of control characters', () => {
    const paths = listed.map((post) => post.path);
    for (const name of [
      'normal.md',
      'every-construct.md',
      'entities.md',
      'links.md',
      'underscores.md',
      'deep-quote.md',
      'deep-list.md',
      'code-39kb.md',
      'code-1mb.md',
      'just-under-2mb.md',
    ]) {
      expect(paths).toContain(`posts/${name}`);
    }
    expect(listed.map((post) => post.title)).toContain(NORMAL_POST_TITLE);
    // Posts named by escape-laden file names are listed, under cleaned names.
    expect(paths.filter((file) => /named\.md$|cleared\.md$/.test(file))).toHaveLength(2);
    for (const post of listed) {
      const fields = [post.slug, post.title, post.summary, post.path, ...post.tags].join('\n');
      expect(findForbiddenSequences(fields), post.path).toEqual([]);
    }
  });

  it('never evaluates code front matter and never reads through symlinks leading outside', () => {
    for (const sentinel of blog.sentinels) expect(fs.existsSync(sentinel), sentinel).toBe(false);
    expect(JSON.stringify(listed)).not.toMatch(/OUTSIDE SECRET|evaluated/);
    expect(listed.map((post) => post.path).filter((file) => file.includes('cycle/back'))).toEqual([]);
  });

  it('reports every file it skipped on stderr, in colour mode too, without unsafe bytes', () => {
    const run = runCli(['list', blog.dir, '--verbose'], COLOR);
    expectSafeRun(run, 'list');
    expect(run.stdout).toContain(NORMAL_POST_TITLE);
    // One line per warning: alone (`blog-tui: warning: …`) or under its cause's `N files:` line.
    const warned = run.stderr.split('\n').filter((line) => line.startsWith('blog-tui: warning:') || line.startsWith('  '));
    for (const name of [
      'front-matter-js.md',
      'front-matter-javascript.md',
      'over-2mb.md',
      'binary.md',
      'every-construct-nul.md',
      'invalid-utf8.md',
      'empty.md',
      'loop.md',
      'x.md',
      'z.md',
    ]) {
      expect(
        warned.some((line) => line.includes(`posts/${name}`)),
        `no warning for ${name}:\n${run.stderr}`,
      ).toBe(true);
    }
  });

  it('prints tags without unsafe bytes', () => {
    const run = runCli(['tags', blog.dir], COLOR);
    expectSafeRun(run, 'tags');
    expect(run.stdout).toContain('ok');
  });

  it('renders every listed post in colour with only its own escape sequences, each within 15 s', () => {
    const failures: string[] = [];
    for (const post of listed) {
      const run = runCli(['read', post.slug, blog.dir, '--width', '80'], COLOR);
      const problems = run.status === 0 ? findForbiddenSequences(run.stdout + run.stderr) : [`exit ${run.status}: ${run.stderr}`];
      if (problems.length > 0) failures.push(`${post.path}: ${problems.slice(0, 3).join('; ')}`);
    }
    expect(failures).toEqual([]);
    for (const sentinel of blog.sentinels) expect(fs.existsSync(sentinel)).toBe(false);
  }, 300_000);

  it('shows where a link that looks like another URL really goes, and links no dangerous scheme', () => {
    const run = runCli(['read', 'links', blog.dir, '--width', '100'], COLOR);
    expectSafeRun(run, 'read links');
    expect(run.stdout).toContain('evil.example.com');
    // Dangerous URLs may be shown as text, but never become hyperlinks (the scanner allows only http(s)/mailto ones).
    expect(run.stdout).not.toMatch(/\x1b\]8;[^;]*;(javascript|file|data|vbscript|-)/i);
  });
});
