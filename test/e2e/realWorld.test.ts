// A real-world HTML-heavy post in the built reader, in a pseudo-terminal: Tab reaches an HTML
// <a href> and an <img> like Markdown links, and Enter opens each through $BROWSER; L marks images.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { killAllPtyApps, startBlogTui, type PtyApp } from './harness.js';

afterEach(killAllPtyApps);
const folder = mkdtempSync(join(tmpdir(), 'blog-tui-real-world-e2e-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const FIXTURES = fileURLToPath(new URL('../fixtures/real-world/', import.meta.url));

/** A fake browser that appends each argument list it is given to `record`, one JSON line each. */
function fakeBrowser(): { browser: string; opened: (count: number) => Promise<string[][]> } {
  const record = join(folder, 'argv.jsonl');
  const browser = join(folder, 'browser.cjs');
  writeFileSync(
    browser,
    `#!${process.execPath}\nrequire('fs').appendFileSync(${JSON.stringify(record)}, JSON.stringify(process.argv.slice(2)) + '\\n');\n`,
  );
  chmodSync(browser, 0o755);
  const lines = (): string[] => (existsSync(record) ? readFileSync(record, 'utf8').trim().split('\n') : []);
  // The browser runs detached: wait until `count` runs have written their line.
  const opened = async (count: number): Promise<string[][]> => {
    for (let waited = 0; waited < 5000 && lines().length < count; waited += 50) await sleep(50);
    return lines().map((line) => JSON.parse(line) as string[]);
  };
  return { browser, opened };
}

function isInverse(app: PtyApp, text: string): boolean {
  const at = app.find(text);
  if (!at) throw new Error(`"${text}" not on screen:\n${app.text()}`);
  return Array.from(text).every((_, i) => app.cell(at.row, at.col + i).inverse);
}

async function pressTimes(app: PtyApp, key: string, times: number): Promise<void> {
  for (let n = 0; n < times; n++) await app.press(key);
}

describe('an illustrated HTML post (pty)', () => {
  it('Tab reaches an HTML link and an image; Enter opens each through $BROWSER', async () => {
    const { browser, opened } = fakeBrowser();
    const app = await startBlogTui([FIXTURES], { cols: 100, rows: 30, env: { BROWSER: browser } });
    await app.waitForText('The Illustrated Transformer');
    await pressTimes(app, 'j', 2);
    await app.press('\r');
    await app.waitForText("Let's begin by looking");

    // The sixth link in reading order: <a href="https://arxiv.org/abs/1706.03762">.
    await pressTimes(app, '\t', 6);
    await app.waitForText('https://arxiv.org/abs/1706.03762');
    // At 100 columns the link text wraps after "You".
    expect(isInverse(app, 'Attention is All You')).toBe(true);
    await app.press('\r');
    await app.waitForText('opened https://arxiv.org/abs/1706.03762');

    // The eleventh: <img src="https://jalammar.github.io/images/t/transformer_self_attention_vectors.png" />.
    await pressTimes(app, '\t', 5);
    await app.waitForText('[image: transformer_self_attention_vectors.png]');
    expect(isInverse(app, '[image: transformer_self_attention_vectors.png]')).toBe(true);
    await app.press('\r');
    await app.waitForText('opened https://jalammar.github.io/images/t/transformer_self_attention_vectors.png');

    expect(await opened(2)).toEqual([
      ['https://arxiv.org/abs/1706.03762'],
      ['https://jalammar.github.io/images/t/transformer_self_attention_vectors.png'],
    ]);

    // L lists the images apart from the links.
    await app.press('L');
    await app.waitForText('Links (17)');
    expect(app.text()).toContain(' 7. [image: the_transformer_3.png]  /images/t/the_transformer_3.png  [image]');
    expect(app.text()).toContain(' 6. Attention is All You Need  https://arxiv.org/abs/1706.03762  [web]');
  });
});
