// Posts built to freeze the reader (a quadratic highlighting grammar, tens of thousands of links
// against long aliases, marked's quadratic `!`) and titles that measure narrower than terminals
// draw them: the reader keeps answering `?` and `q` within a second while they render, and any
// way it ends (q, SIGTERM) leaves the terminal as it found it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { killAllPtyApps, startBlogTui, type PtyApp } from './harness.js';
import { expectResponsive, RESPONSE_MS } from './responsive.js';

const FILLERS = '\u3164\u115F\uFFA0'.repeat(10);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-tui-resilience-'));
  const post = (name: string, date: string, title: string, body: string, extra = ''): void =>
    fs.writeFileSync(path.join(dir, name), `---\ntitle: "${title}"\ndate: ${date}\n${extra}---\n\n${body}\n`);
  // The newest post is rendered ahead while idle: highlight.js's LiveScript grammar takes ~20 s
  // on these 60,000 letters.
  post('slow-code.md', '2024-06-05', `Slow code ${FILLERS} end`, `Before.\n\n\`\`\`livescript\n${'a'.repeat(60_000)}\n\`\`\`\n\nAfter.`);
  // 500 aliases of 290 slashes, and 20,000 links that match none of them.
  for (let n = 0; n < 10; n++) {
    const aliases = Array.from({ length: 50 }, (_, a) => `  - "x${'/'.repeat(290)}y${n}-${a}"`).join('\n');
    post(`alias-${n}.md`, `2024-01-0${(n % 9) + 1}`, `Aliases ${n}`, 'Short.', `aliases:\n${aliases}\n`);
  }
  const links = Array.from({ length: 20_000 }, (_, n) => `[l](nope${n})`).join('\n\n');
  post('many-links.md', '2024-06-04', 'Many links', links);
  post('bangs.md', '2024-06-03', 'Bangs', '!'.repeat(64_000));
});
afterEach(killAllPtyApps);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The program answered: it left the alternate screen (exiting takes a moment longer under load). */
async function leavesFullScreenWithin(app: PtyApp, ms: number): Promise<boolean> {
  for (const deadline = performance.now() + ms; performance.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 10))) {
    if (!app.altScreen()) return true;
  }
  return !app.altScreen();
}

async function expectRestored(app: PtyApp): Promise<void> {
  await app.exited;
  expect(app.altScreen()).toBe(false);
  expect(app.cursorVisible()).toBe(true);
}

it('answers keys while slow posts render, keeps wide fillers on screen, and quits at once', async () => {
  const app = await startBlogTui([dir], { cols: 80, rows: 20 });
  await app.waitForText('Many links');
  // The fillers are drawn as spaces: the selected row fits, the header stays on the first line.
  const row = app.find('Slow code');
  expect(row, app.text()).not.toBeNull();
  expect(app.lines()[row!.row]).toMatch(/Slow code +end/);
  expect(app.lines()[0]).toContain(path.basename(dir));
  // Right after the first frame the reader loads its renderer in idle time (not content work,
  // but seconds on a loaded test machine): the check starts once that is over.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await expectResponsive(app, 'after warming up over the newest post');
  for (const title of ['Slow code', 'Many links', 'Bangs']) {
    await app.press('\r');
    await expectResponsive(app, `with "${title}" open`);
    await app.press('h');
    await app.press('j');
  }
  await app.press('k');
  await app.press('k');
  await app.press('\r');
  app.write('q');
  expect(await leavesFullScreenWithin(app, RESPONSE_MS), 'q answered within 1 s').toBe(true);
  await expectRestored(app);
}, 60_000);

it.each(['SIGTERM', 'SIGHUP'] as const)(
  'exits on %s while a post of 20,000 links renders, restoring the terminal',
  async (signal) => {
    const app = await startBlogTui([dir], { cols: 80, rows: 20 });
    await app.waitForText('Many links');
    await app.press('j');
    await app.press('\r');
    await app.waitForText(/^Many links/m);
    app.kill(signal);
    expect(await leavesFullScreenWithin(app, RESPONSE_MS), `${signal} answered within 1 s`).toBe(true);
    const { exitCode } = await app.exited;
    expect(exitCode).toBe(128 + os.constants.signals[signal]);
    await expectRestored(app);
  },
  60_000,
);
