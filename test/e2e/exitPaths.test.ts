// Every way the reader can end, in a real terminal: q, Ctrl-C, SIGTERM, SIGHUP and internal
// errors (a test build of the CLI whose App fails on the first key: test/fixtures/crash). Each must leave the
// alternate screen with the cursor shown and the terminal out of raw mode; nothing the reader
// drew may be left in the shell's screen; an internal error is one line naming a details file.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { killAllPtyApps, REPO_ROOT, startBlogTui, startInPty, type PtyApp } from './harness.js';

afterEach(killAllPtyApps);
const stateHome = mkdtempSync(join(tmpdir(), 'blog-tui-state-'));
const buildDir = mkdtempSync(join(tmpdir(), 'blog-tui-crashing-'));
afterAll(() => {
  rmSync(stateHome, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
});

const SEED_TITLE = 'Building Scalable ML Pipelines';
// Printed by the shell, in one line, after the reader exits: its exit status and whether the
// terminal is in canonical mode with echo (`-icanon -echo` in raw mode).
const AFTER_EXIT = 'status=$?; echo "exit status $status, terminal: $(stty -a | grep -o -- "-\\{0,1\\}icanon\\|-\\{0,1\\}echo\\b" | tr "\\n" " ")."';

const BLOG_TUI = `"${process.execPath}" "${join(REPO_ROOT, 'bin/blog-tui.js')}"`;

/** The reader started by a shell that reports how the terminal was left, on the bundled blog. */
async function startInShell(env: Record<string, string> = {}, reader = BLOG_TUI): Promise<PtyApp> {
  const app = await startInPty('/bin/sh', ['-c', `${reader}; ${AFTER_EXIT}`], { cols: 200, rows: 24, env: { XDG_STATE_HOME: stateHome, ...env } });
  await app.waitForText('1 of 1 posts');
  expect(app.altScreen()).toBe(true);
  return app;
}

async function expectRestored(app: PtyApp, exitStatus: number): Promise<void> {
  await app.waitForText(/exit status \d+, terminal: .*\.$/m);
  expect(app.text()).toContain(`exit status ${exitStatus}, terminal: icanon echo .`);
  expect(app.altScreen()).toBe(false);
  expect(app.cursorVisible()).toBe(true);
  // The shell's screen holds only what was printed after the reader left.
  expect(app.text()).not.toContain(SEED_TITLE);
}

describe('the terminal is restored', () => {
  it('after q, from an open post', async () => {
    const app = await startInShell();
    await app.press('\r');
    await app.waitForText('% ');
    app.write('q');
    await expectRestored(app, 0);
  });

  it('after Ctrl-C', async () => {
    const app = await startInShell();
    app.write('\u0003');
    await expectRestored(app, 0);
  });

  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ])('after %s, with the shell convention exit status %i', async (signal, status) => {
    const app = await startBlogTui([], { cols: 80, rows: 24 });
    await app.waitForText('1 of 1 posts');
    app.kill(signal);
    expect((await app.exited).exitCode).toBe(status);
    expect(app.altScreen()).toBe(false);
    expect(app.cursorVisible()).toBe(true);
    expect(app.text()).not.toContain(SEED_TITLE);
  });
});

describe('an internal error', () => {
  const crashingReader = join(buildDir, 'crashing-reader.js');
  beforeAll(() => {
    execFileSync(process.execPath, [join(REPO_ROOT, 'test/fixtures/crash/build-crashing-reader.mjs'), crashingReader]);
  });

  it.each(['throw', 'reject', 'render'])(
    '(%s on the first key) restores the terminal, prints one line and writes the details to a file',
    async (crash) => {
      // Built outside dist/, so the bundled blog is named.
      const app = await startInShell({ BLOG_TUI_TEST_CRASH: crash }, `"${process.execPath}" "${crashingReader}" "${join(REPO_ROOT, 'content')}"`);
      app.write('j');
      await expectRestored(app, 1);
      const [message, ...rest] = app.text().trim().split('\n');
      expect(message).toMatch(new RegExp(`^blog-tui: internal error: test crash \\(${crash}\\) on the first key \\(details in (.+)\\)$`));
      expect(rest.join('\n')).toMatch(/^exit status 1,/);
      const file = /\(details in (.+)\)$/.exec(message!)![1]!;
      expect(file.startsWith(join(stateHome, 'blog-tui', 'error-'))).toBe(true);
      const details = readFileSync(file, 'utf8');
      expect(details).toContain(`Error: test crash (${crash}) on the first key\n    at `);
      expect(readdirSync(join(stateHome, 'blog-tui'))).toContain(file.slice(file.lastIndexOf('/') + 1));
    },
  );
});
