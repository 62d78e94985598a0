// The List screen of the built reader in a real pseudo-terminal, with the bundled blog and a
// generated one of 1,000 posts, at 100x30 and at the 40x12 minimum.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateBlog, type GeneratedPost } from '../fixtures/generate-blog.js';
import { killAllPtyApps, startBlogTui, type PtyApp } from './harness.js';

afterEach(killAllPtyApps);

async function typeKeys(app: PtyApp, keys: string): Promise<void> {
  for (const key of keys) await app.press(key);
}

async function quitCleanly(app: PtyApp): Promise<void> {
  await app.press('q');
  expect(await app.exited).toMatchObject({ exitCode: 0 });
  expect(app.cursorVisible()).toBe(true);
  expect(app.altScreen()).toBe(false);
}

describe.each([
  { cols: 100, rows: 30 },
  { cols: 40, rows: 12 },
])('bundled blog at $cols x $rows', ({ cols, rows }) => {
  it('lists the seed post with its date, in the alternate screen', async () => {
    const app = await startBlogTui([], { cols, rows });
    await app.waitForText('1 of 1 posts');
    expect(app.altScreen()).toBe(true);
    expect(app.text()).toMatch(/> 2025-01-13 {2}Building Scalable/);
    expect(app.events.clears).toEqual([]);
    await quitCleanly(app);
  });

  it('/pipelin keeps the post; /zzzz shows the empty state; Esc restores', async () => {
    const app = await startBlogTui([], { cols, rows });
    await app.waitForText('1 of 1 posts');
    await typeKeys(app, '/pipelin');
    await app.waitForText('/pipelin█');
    expect(app.text()).toContain('1 of 1 posts');
    expect(app.text()).toMatch(/> 2025-01-13 {2}Building Scalable/);
    await app.press('\u0015'); // Ctrl-U
    await typeKeys(app, 'zzzz');
    await app.waitForText('0 of 1 posts');
    expect(app.text()).toContain('No posts match the search "zzzz"');
    await app.press('\u001b');
    await app.waitForText('1 of 1 posts');
    await quitCleanly(app);
  });

  it('t lists the four tags of the seed post', async () => {
    const app = await startBlogTui([], { cols, rows });
    await app.waitForText('1 of 1 posts');
    await app.press('t');
    await app.waitForText('Tags');
    for (const tag of ['#machine-learning (1)', '#mlops (1)', '#python (1)', '#data-engineering (1)']) expect(app.text()).toContain(tag);
    await app.press('\u001b');
    await app.waitForText('1 of 1 posts');
    await quitCleanly(app);
  });
});

describe('terminal restored on other exits', () => {
  it('Ctrl-C while typing a search quits with code 0', async () => {
    const app = await startBlogTui([], { cols: 80, rows: 24 });
    await app.waitForText('1 of 1 posts');
    await typeKeys(app, '/q');
    await app.waitForText('/q█');
    app.write('\u0003');
    expect(await app.exited).toMatchObject({ exitCode: 0 });
    expect(app.cursorVisible()).toBe(true);
    expect(app.altScreen()).toBe(false);
  });

  it('SIGTERM leaves the alternate screen and shows the cursor', async () => {
    const app = await startBlogTui([], { cols: 80, rows: 24 });
    await app.waitForText('1 of 1 posts');
    app.kill('SIGTERM');
    expect((await app.exited).exitCode).toBe(143);
    expect(app.cursorVisible()).toBe(true);
    expect(app.altScreen()).toBe(false);
  });

  it('a terminal below 40x12 shows a notice, and growing it redraws the list', async () => {
    const app = await startBlogTui([], { cols: 30, rows: 10 });
    await app.waitForText('terminal too small');
    await app.resize(100, 30);
    await app.waitForText('1 of 1 posts');
    await quitCleanly(app);
  });
});

describe('a generated blog of 1,000 posts', () => {
  let dir: string;
  let posts: GeneratedPost[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'blog-tui-list-'));
    posts = generateBlog(dir, 1000);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every post, scrolls to the last with G, and searches a title', async () => {
    const app = await startBlogTui([dir], { cols: 100, rows: 30 });
    await app.waitForText('1000 of 1000 posts');
    expect(app.text()).toContain('Synthetic Blog (1000 posts)');
    await app.press('G');
    const oldest = posts.map((post) => post.date).sort()[0]!;
    await app.waitForText(`> ${oldest}`);
    const target = posts[500]!;
    await app.press('/');
    await typeKeys(app, target.title.slice(0, 12));
    await app.waitForText(target.title.slice(0, 12));
    expect(app.text()).not.toContain('1000 of 1000 posts');
    await app.press('\u001b');
    await app.waitForText('1000 of 1000 posts');
    await quitCleanly(app);
  });
});
