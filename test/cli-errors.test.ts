// Failures of the print commands: one line on stderr, the documented exit code, no stack trace.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { CLI_FIXTURES, ESC, runCli } from './cli-run.js';

const scratch = mkdtempSync(join(tmpdir(), 'blog-tui-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** One line, prefixed, and nothing on stdout. */
function expectOneLineError(run: ReturnType<typeof runCli>, status: number, line: RegExp): void {
  expect(run.status).toBe(status);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^blog-tui: [^\n]+\n$/);
  expect(run.stderr.trimEnd()).toMatch(line);
}

describe('unreadable folders exit 1', () => {
  it('a missing folder', () => {
    expectOneLineError(runCli(['list', join(scratch, 'missing')]), 1, /^blog-tui: "[^"]+missing" does not exist: pass a folder of Markdown posts$/);
  });

  it('a file given as the folder', () => {
    expectOneLineError(runCli(['tags', 'package.json']), 1, /^blog-tui: "package\.json" is not a folder: .+$/);
  });

  it('a mistyped command, read as a folder, gets the commands named', () => {
    expectOneLineError(runCli(['lst']), 1, /^blog-tui: "lst" does not exist: .+; commands are list, read, tags$/);
  });

  it('control characters in the folder name are not echoed to the terminal', () => {
    const run = runCli(['list', `no${ESC}]0;pwned\u0007such`]);
    expectOneLineError(run, 1, /^blog-tui: "no ?\]0;pwned ?such" does not exist/);
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});

describe('folders with nothing to show exit 1 and say what to do', () => {
  it('an empty folder', () => {
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    expectOneLineError(
      runCli(['list', empty]),
      1,
      /^blog-tui: no posts in "[^"]+empty" \(add \.md files with front matter, or give another folder\)$/,
    );
  });

  it('only drafts: names how many were hidden and the flag that shows them', () => {
    const dir = `${CLI_FIXTURES}drafts-only`;
    expectOneLineError(runCli(['tags', dir]), 1, /^blog-tui: no posts to show in "[^"]+": 1 draft hidden \(add --drafts to see them\)$/);
    expect(runCli(['list', dir, '--drafts'])).toMatchObject({ status: 0, stdout: '2025-01-01  Just an Idea [draft]\n' });
  });
});

describe('usage errors exit 2 with one readable line', () => {
  it.each([
    [['list', '--colour'], 'unknown option --colour (see blog-tui --help)'],
    [['list', '--tag'], '--tag needs a value (see blog-tui --help)'],
    [['list', '--tag', '--json'], '--tag needs a value; write --tag=VALUE for one starting with "-" (see blog-tui --help)'],
    [['tags', '--json=yes'], '--json takes no value (see blog-tui --help)'],
    [['list', 'a', 'b'], 'unexpected argument "b" (see blog-tui --help)'],
    [['read', 'some-post', '--tag', 'x'], '--tag is for list and tags, not read (see blog-tui --help)'],
    [['list', '--width', 'wide'], '--width must be a whole number from 20 to 1000, got "wide"'],
  ])('%j', (args, message) => {
    expect(runCli(args)).toEqual({ status: 2, stdout: '', stderr: `blog-tui: ${message}\n` });
  });
});

describe('--version and --help', () => {
  it('print to stdout and exit 0', () => {
    expect(runCli(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = runCli(['list', '--help']);
    expect(help).toMatchObject({ status: 0, stderr: '' });
    expect(help.stdout).toContain('blog-tui list [DIR] [--tag T]... [--search Q] [--section S] [--sort K] [--json]');
  });
});

it('an untagged blog has no tags: exit 0, a note on stderr', () => {
  const dir = join(scratch, 'untagged');
  mkdirSync(dir);
  writeFileSync(join(dir, 'hello.md'), '---\ntitle: Hello\n---\nNo tags here.\n');
  expect(runCli(['tags', dir])).toEqual({ status: 0, stdout: '', stderr: `blog-tui: no post in "${dir}" has tags\n` });
  expect(runCli(['tags', dir, '--json']).stdout).toBe('[]\n');
});
