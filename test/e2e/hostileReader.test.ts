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
import { expectResponsive } from './responsive.js';

const KEYS = { enter: '\r', tab: '\t', shiftTab: '\x1b[Z' } as const;

let root: string;
let blog: HostileBlog;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-tui-hostile-tui-'));
  blog = makeHostileBlog(root);
});
afterEach(killAllPtyApps);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

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

  const openedHeaders = new Set<string>();
  for (let index = 0; index < postCount; index++) {
    await expectRedraw(app, KEYS.enter, `opening post ${index + 1} of ${postCount}`);
    const header = app.lines()[0]!;
    openedHeaders.add(header);
    const step = `post ${index + 1} of ${postCount} ("${header}")`;
    await expectResponsive(app, `after opening ${step}`);
    // Not every post has links, so Tab may rightly change nothing.
    for (const key of [KEYS.tab, KEYS.tab, KEYS.shiftTab]) await app.press(key);
    await expectResponsive(app, `after moving through the links of ${step}`);
    await app.press('G');
    await expectResponsive(app, `after scrolling to the end of ${step}`);
    await expectRedraw(app, 'h', `going back from ${step}`);
    if (index < postCount - 1) await expectRedraw(app, 'j', `selecting the post after ${step}`);
  }

  // Each post was really opened: the post header's first line is its title.
  expect(openedHeaders.size).toBe(postCount);
  expect(app.events.titles).toEqual([]);
  expect(app.events.osc52).toEqual([]);
  expect(app.events.clears).toEqual([]);
  expect(app.events.hyperlinks.filter((uri) => !/^(https?:\/\/|mailto:)/i.test(uri))).toEqual([]);
  for (const sentinel of blog.sentinels) expect(fs.existsSync(sentinel), sentinel).toBe(false);

  await app.press('q');
  expect((await app.exited).exitCode).toBe(0);
  expect(app.altScreen()).toBe(false);
}, 300_000);
