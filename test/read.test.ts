import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { ESC, REPO_ROOT, runCli } from './cli-run.js';

const BLOG = `${REPO_ROOT}test/fixtures/render/blog`;

describe('blog-tui read', () => {
  it('prints the header, the body and the links as plain text when piped', () => {
    const run = runCli(['read', 'links-and-code', BLOG, '--width', '60']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain(ESC);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Links and code', '2024-05-01 · 1 min read · #render']);
    expect(run.stdout).toContain('    def main():');
    expect(run.stdout).toMatch(/│ x +│ 2 +│/);
    expect(run.stdout).toContain('1. the other post → post posts/other');
    expect(run.stdout).toContain('2. its section → post posts/other');
    expect(run.stdout).toContain('3. top → #links-and-code-2');
    expect(run.stdout).toContain('4. x → https://example.com/');
  });

  it('uses colour and OSC 8 when forced, and keeps every line inside --width', () => {
    const run = runCli(['read', 'links-and-code', BLOG, '--width', '40'], { FORCE_COLOR: '1' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${ESC}[35mdef${ESC}[39m`);
    expect(run.stdout).toContain(`${ESC}]8;;https://example.com/${ESC}\\`);
    for (const line of run.stdout.split('\n')) expect(stringWidth(stripAnsi(line))).toBeLessThanOrEqual(40);
  });

  it('renders the bundled seed post', () => {
    const run = runCli(['read', 'building-scalable-ml-pipelines']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('## The Challenge of Scale');
    expect(run.stdout).not.toContain('<!--more-->');
  });

  it('exits 1 with one line naming an unknown slug', () => {
    const run = runCli(['read', 'nope', BLOG]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('blog-tui: no post "nope" (try: blog-tui list)\n');
  });
});
