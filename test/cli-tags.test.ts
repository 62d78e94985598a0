// `blog-tui tags`: every tag with its post count, most used first, then by name.
import { describe, expect, it } from 'vitest';
import { CLI_FIXTURES, ESC, runCli } from './cli-run.js';

const BLOG = `${CLI_FIXTURES}blog`;

describe('tags', () => {
  it('lists the seed post tags of the bundled blog', () => {
    const run = runCli(['tags']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    for (const tag of ['machine-learning', 'mlops', 'python', 'data-engineering']) {
      expect(run.stdout).toMatch(new RegExp(`^ *\\d+  ${tag}$`, 'm'));
    }
    expect(run.stdout).not.toContain(ESC);
  });

  it('counts visible posts only, most used first, counts right-aligned', () => {
    const run = runCli(['tags', BLOG]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('2  python\n1  terminals\n1  unicode\n');
    // The broken post is summed up, as by list.
    expect(run.stderr).toBe('blog-tui: 1 file skipped (--verbose lists them)\n');
  });

  it('counts drafts and future posts when they are shown', () => {
    expect(runCli(['tags', BLOG, '--drafts', '--future']).stdout).toBe('2  python\n2  terminals\n1  time\n1  unicode\n');
  });

  it('--json prints {tag, count} objects in the same order', () => {
    expect(JSON.parse(runCli(['tags', BLOG, '--json']).stdout)).toEqual([
      { tag: 'python', count: 2 },
      { tag: 'terminals', count: 1 },
      { tag: 'unicode', count: 1 },
    ]);
  });

  it('--tag counts the tags of the matching posts only', () => {
    expect(runCli(['tags', BLOG, '--tag', 'terminals']).stdout).toBe('1  python\n1  terminals\n');
  });
});
