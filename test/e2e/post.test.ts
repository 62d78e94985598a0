// The Post screen in the built CLI, in a real pseudo-terminal: link focus, the opener, OSC 52
// copy, in-post search and resizing, as a reader sees them.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { killAllPtyApps, startBlogTui, type PtyApp } from './harness.js';

afterEach(killAllPtyApps);
const folder = mkdtempSync(join(tmpdir(), 'blog-tui-post-e2e-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Opens the seed post (the only bundled one) at 100x30. */
async function openSeedPost(env: Record<string, string> = {}): Promise<PtyApp> {
  const app = await startBlogTui([], { cols: 100, rows: 30, env });
  await app.waitForText('Building Scalable Machine Learning Pipelines');
  await app.press('\r');
  await app.waitForText("In today's data-driven world");
  return app;
}

function isInverse(app: PtyApp, text: string): boolean {
  const at = app.find(text);
  if (!at) throw new Error(`"${text}" not on screen:\n${app.text()}`);
  return Array.from(text).every((_, i) => app.cell(at.row, at.col + i).inverse);
}

describe('Post screen (pty)', () => {
  it('Tab focuses links in place, y copies with OSC 52, Enter runs $BROWSER with exactly the URL', async () => {
    const record = join(folder, 'argv.json');
    const browser = join(folder, 'browser.cjs');
    writeFileSync(browser, `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.argv.slice(2)));\n`);
    chmodSync(browser, 0o755);
    const app = await openSeedPost({ BROWSER: browser });

    await app.press('\t');
    await app.waitForText('https://mlops.community/');
    expect(isInverse(app, 'MLOps Community')).toBe(true);

    await app.press('y');
    await app.waitForText('copied https://mlops.community/');
    expect(app.events.osc52).toEqual([`c;${Buffer.from('https://mlops.community/').toString('base64')}`]);

    await app.press('\t');
    await app.press('\t');
    await app.waitForText('https://mlflow.org/');
    expect(isInverse(app, 'MLflow')).toBe(true);
    expect(isInverse(app, 'MLOps Community')).toBe(false);

    await app.press('\r');
    await app.waitForText('opened https://mlflow.org/');
    for (let waited = 0; waited < 5000 && !existsSync(record); waited += 50) await sleep(50);
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual(['https://mlflow.org/']);
  });

  it('searches within the post, counts matches and moves with n', async () => {
    const app = await openSeedPost();
    await app.press('/');
    for (const key of 'mlflow') await app.press(key);
    await app.press('\r');
    await app.waitForText(/match 1 of \d+/);
    const total = /match 1 of (\d+)/.exec(app.text())![1];
    await app.press('n');
    await app.waitForText(`match 2 of ${total}`);
    await app.press('\u001b');
    await app.waitForNoText(/match \d+ of/);
  });

  it('keys typed right after Enter, before the post is on screen, are not lost', async () => {
    const app = await startBlogTui([], { cols: 100, rows: 30 });
    await app.waitForText('Building Scalable Machine Learning Pipelines');
    app.write('\r/mlflow\r');
    await app.waitForText(/match 1 of \d+/);
    expect(app.lines()[0]).toMatch(/^Building Scalable Machine Learning Pipelines /);
    // With the matches shown, Esc clears them and a second Esc goes back to the List.
    await app.press('\u001b');
    await app.waitForNoText(/match \d+ of/);
    await app.press('\u001b');
    await app.waitForText(/1 of 1 posts?/);
  });

  it('keeps the focused link in view when the terminal is resized', async () => {
    const app = await openSeedPost();
    await app.press('\t');
    await app.waitForText('https://mlops.community/');
    await app.resize(60, 16);
    await app.waitForText('https://mlops.community/');
    expect(isInverse(app, 'MLOps Community')).toBe(true);
    await app.resize(100, 30);
    expect(isInverse(app, 'MLOps Community')).toBe(true);
  });
});
