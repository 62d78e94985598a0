// The interactive reader over the hostile blog, in a real terminal: open every post, move through
// its links, look at the warnings. Nothing the content holds may set the title, write the
// clipboard, clear the screen, link a dangerous URL or run code, and the reader must answer
// every key within a second all along.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { runCli } from '../cli-run.js';
import { makeHostileBlog, NORMAL_POST_TITLE, type HostileBlog } from '../fixtures/make-hostile.js';
import { killAllPtyApps, startBlogTui, type PtyApp } from './harness.js';

const KEYS = { enter: '\r', tab: '\t', shiftTab: '\x1b[Z' } as const;

let root: string;
let blog: HostileBlog;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-tui-hostile-tui-'));
  blog = makeHostileBlog(root);
});
afterEach(killAllPtyApps);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Presses a key that must change the screen (help opens, or closes) and fails with the screen if it does not. */
async function expectResponsive(app: PtyApp, step: string): Promise<void> {
  for (const state of ['open', 'close']) {
    expect(await app.press('?'), `help did not ${state} within 1 s after ${step}:\n${app.text()}`).toBe(true);
  }
}

async function expectRedraw(app: PtyApp, key: string, step: string): Promise<void> {
  expect(await app.press(key), `no redraw within 1 s for ${step}:\n${app.text()}`).toBe(true);
}

it('browses every hostile post and its links without the content touching the terminal', async () => {
  const posts = runCli(['list', blog.dir, '--json']);
  const postCount = (JSON.parse(posts.stdout) as unknown[]).length;
  expect(postCount).toBeGreaterThan(10);

  const app = await startBlogTui([blog.dir], { cols: 100, rows: 30 });
  await app.waitForText(NORMAL_POST_TITLE);
  expect(app.altScreen()).toBe(true);

  await expectRedraw(app, '!', 'opening the warnings');
  await app.waitForText('front-matter-js.md');
  await expectRedraw(app, '!', 'closing the warnings');

  for (let index = 0; index < postCount; index++) {
    const step = `post ${index + 1} of ${postCount}`;
    await expectRedraw(app, KEYS.enter, `opening ${step}`);
    await expectResponsive(app, `opening ${step}`);
    // Not every post has links, so Tab may rightly change nothing.
    for (const key of [KEYS.tab, KEYS.tab, KEYS.shiftTab]) await app.press(key);
    await expectResponsive(app, `moving through the links of ${step}`);
    await app.press('G');
    await expectResponsive(app, `scrolling to the end of ${step}`);
    await expectRedraw(app, 'h', `going back from ${step}`);
    if (index < postCount - 1) await expectRedraw(app, 'j', `selecting the post after ${step}`);
  }

  expect(app.events.titles).toEqual([]);
  expect(app.events.osc52).toEqual([]);
  expect(app.events.clears).toEqual([]);
  expect(app.events.hyperlinks.filter((uri) => !/^(https?:\/\/|mailto:)/i.test(uri))).toEqual([]);
  for (const sentinel of blog.sentinels) expect(fs.existsSync(sentinel), sentinel).toBe(false);

  await app.press('q');
  expect((await app.exited).exitCode).toBe(0);
  expect(app.altScreen()).toBe(false);
}, 300_000);
