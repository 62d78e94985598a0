// `blog-tui list` (and no subcommand, piped) as a script or a pipe sees it: bytes and exit codes.
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { killAllPtyApps, startBlogTui } from './e2e/harness.js';
import { findForbiddenSequences } from './support/terminalSafety.js';
import { CLI_FIXTURES, ESC, runCli } from './cli-run.js';

const BLOG = `${CLI_FIXTURES}blog`;
const SEED_SLUG = 'building-scalable-ml-pipelines';

describe('list on the bundled blog', () => {
  it('--json prints the seed post with the documented fields', () => {
    const run = runCli(['list', '--json']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const posts = JSON.parse(run.stdout) as Record<string, unknown>[];
    const seed = posts.find((post) => post.slug === SEED_SLUG);
    expect(seed).toEqual({
      id: `posts/${SEED_SLUG}`,
      slug: SEED_SLUG,
      title: 'Building Scalable Machine Learning Pipelines',
      date: expect.stringMatching(/^2025-01-13/),
      tags: ['machine-learning', 'mlops', 'python', 'data-engineering'],
      summary:
        "In today's data-driven world, building machine learning pipelines that can scale effectively is crucial " +
        'for success. Let me share some insights from my experience in cloud AI and MLOps.',
      path: `posts/${SEED_SLUG}.md`,
      readingMinutes: expect.any(Number),
      section: 'posts',
      weight: 0,
      taxonomies: {},
    });
    expect(seed?.readingMinutes).toBeGreaterThan(1);
  });

  it('prints a plain table row for the seed post, with no escape byte when piped', () => {
    const run = runCli(['list']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^2025-01-13 {2}Building Scalable Machine Learning Pipelines +machine-learning, mlops, python, data-engineering$/m);
    expect(run.stdout).not.toContain(ESC);
  });

  it('without a subcommand and without a terminal, prints the same list', () => {
    const run = runCli([]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe(runCli(['list']).stdout);
  });
});

describe('list on a folder', () => {
  it('prints visible posts newest first, undated last, and one stderr line summing up the warnings', () => {
    const run = runCli(['list', BLOG]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        '2025-03-02  Newest Post About Terminals      terminals, python',
        '2024-11-20  Older Notes on Python Packaging  python',
        '2024-06-01  日本語のタイトル                 unicode',
        '            Undated and Untagged',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('blog-tui: 1 file skipped (--verbose lists them)\n');
    expect(runCli(['list', BLOG, '--verbose']).stderr).toMatch(/^blog-tui: warning: posts\/broken\.md: [^\n]+\n$/);
  });

  it('shows drafts and future posts only when asked, marked', () => {
    const lines = runCli(['list', BLOG, '--drafts', '--future']).stdout.split('\n');
    expect(lines[0]).toMatch(/^2999-01-01 {2}From the Future \[future\] +time$/);
    expect(lines[2]).toMatch(/^2025-02-01 {2}Work in Progress \[draft\] +terminals$/);
    expect(lines).toHaveLength(7);
  });

  it('--json with --drafts prints the same posts in the same order', () => {
    const slugs = (JSON.parse(runCli(['list', BLOG, '--drafts', '--json']).stdout) as { slug: string }[]).map((post) => post.slug);
    expect(slugs).toEqual(['newest', 'work-in-progress', 'older', 'wide', 'untagged']);
  });

  it('--tag keeps the posts carrying every given tag, newest first', () => {
    expect(runCli(['list', BLOG, '--tag', 'python']).stdout).toMatch(/^2025-03-02 +Newest[^\n]+\n2024-11-20 +Older[^\n]+\n$/);
    expect(runCli(['list', BLOG, '--tag', 'python', '--tag', 'terminals']).stdout).toMatch(/^2025-03-02 +Newest[^\n]+\n$/);
  });

  it('--width cuts rows to that many columns, also when piped', () => {
    const lines = runCli(['list', BLOG, '--width', '40']).stdout.trimEnd().split('\n');
    expect(lines[1]).toBe('2024-11-20  Older Notes on…   python');
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
  });

  it('--search lists the best match first', () => {
    const run = runCli(['list', BLOG, '--search', 'packagng']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^2024-11-20 +Older Notes on Python Packaging/);
  });

  it('a search without hits exits 0 with empty output and says so on stderr', () => {
    expect(runCli(['list', BLOG, '--search', 'zzzz'])).toMatchObject({
      status: 0,
      stdout: '',
      stderr: expect.stringMatching(/\nblog-tui: no posts match --search "zzzz"\n$/),
    });
    // JSON consumers still get a valid (empty) array.
    expect(runCli(['list', BLOG, '--search', 'zzzz', '--json', '--tag', 'python']).stdout).toBe('[]\n');
  });
});

describe('colour', () => {
  it('FORCE_COLOR turns on bold titles and dim dates; NO_COLOR and --no-color win over it', () => {
    const forced = runCli(['list', BLOG], { FORCE_COLOR: '1' }).stdout;
    expect(forced).toContain(`${ESC}[2m2025-03-02${ESC}[22m  ${ESC}[1mNewest Post About Terminals${ESC}[22m`);
    expect(findForbiddenSequences(forced)).toEqual([]);
    expect(runCli(['list', BLOG], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(runCli(['list', BLOG, '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
  });

  it('hostile titles and tags reach the terminal without their control sequences', () => {
    const piped = runCli(['list', `${CLI_FIXTURES}hostile`]);
    expect(piped.status).toBe(0);
    expect(piped.stdout).toMatch(/Evil.*Red.*Title/);
    expect(piped.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(findForbiddenSequences(runCli(['list', `${CLI_FIXTURES}hostile`], { FORCE_COLOR: '1' }).stdout)).toEqual([]);
  });
});

describe('list in a terminal', () => {
  afterEach(killAllPtyApps);

  it('fits rows to the terminal width, cutting with an ellipsis, in colour', async () => {
    const app = await startBlogTui(['list', BLOG], { cols: 44, rows: 12 });
    expect((await app.exited).exitCode).toBe(0);
    // One screen row per post: nothing wrapped. (The loader's warning comes first, on stderr.)
    expect(app.text()).toContain(
      [
        '2025-03-02  Newest Post About…   terminals…',
        '2024-11-20  Older Notes on Pyt…  python',
        '2024-06-01  日本語のタイトル     unicode',
        '            Undated and Untagg…',
      ].join('\n'),
    );
    const title = app.find('Newest Post');
    expect(title && app.cell(title.row, title.col)).toMatchObject({ char: 'N', bold: true });
    expect(title && app.cell(title.row, 0)).toMatchObject({ char: '2', dim: true });
  });

  it('--json without a command prints the list as JSON instead of opening the reader', async () => {
    const app = await startBlogTui(['--json'], { cols: 200 });
    expect((await app.exited).exitCode).toBe(0);
    expect(app.text()).toContain('"title": "Building Scalable Machine Learning Pipelines"');
    expect(app.altScreen()).toBe(false);
  });
});
