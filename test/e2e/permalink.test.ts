// Permalinks and the light theme in the built CLI, in a real pseudo-terminal: `Y` puts the post's
// public URL on the clipboard (OSC 52), `O` hands it to the opener; config `theme = "light"`
// colours the post body for a white background.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { killAllPtyApps, startBlogTui } from './harness.js';

afterEach(killAllPtyApps);
const folder = mkdtempSync(join(tmpdir(), 'blog-tui-permalink-e2e-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A Hugo site as `hugo new site` makes it, with one post in a leaf bundle and one with a slug. */
function hugoSite(baseURL: string | null): string {
  const site = mkdtempSync(join(folder, 'site-'));
  writeFileSync(join(site, 'hugo.toml'), `${baseURL === null ? '' : `baseURL = '${baseURL}'\n`}languageCode = 'en-us'\ntitle = 'Field Notes'\n`);
  mkdirSync(join(site, 'content', 'posts', 'alpine-lakes'), { recursive: true });
  writeFileSync(
    join(site, 'content', 'posts', 'alpine-lakes', 'index.md'),
    "+++\ntitle = 'Alpine Lakes'\ndate = 2024-06-01T09:00:00Z\n+++\n\nRun `make photos` first.\n",
  );
  writeFileSync(
    join(site, 'content', 'posts', 'older.md'),
    "+++\ntitle = 'An Older Post'\ndate = 2023-01-01T09:00:00Z\nslug = 'first-steps'\n+++\n\nHello.\n",
  );
  return site;
}

describe('permalinks (pty)', () => {
  it("Y copies the selected post's URL with OSC 52; in the post, O runs $BROWSER with it", async () => {
    const record = join(folder, 'argv.json');
    const browser = join(folder, 'browser.cjs');
    writeFileSync(browser, `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.argv.slice(2)));\n`);
    chmodSync(browser, 0o755);
    const app = await startBlogTui([hugoSite('https://example.org/')], { cols: 100, rows: 24, env: { BROWSER: browser } });
    await app.waitForText('Alpine Lakes');

    await app.press('Y');
    await app.waitForText('copied https://example.org/posts/alpine-lakes/');
    expect(app.events.osc52).toEqual([`c;${Buffer.from('https://example.org/posts/alpine-lakes/').toString('base64')}`]);

    await app.press('j');
    await app.press('\r');
    await app.waitForText('Hello.');
    await app.press('O');
    await app.waitForText('opened https://example.org/posts/first-steps/');
    for (let waited = 0; waited < 5000 && !existsSync(record); waited += 50) await sleep(50);
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual(['https://example.org/posts/first-steps/']);
  });

  it('without a baseURL, Y says what to add and copies nothing', async () => {
    const app = await startBlogTui([hugoSite(null)], { cols: 100, rows: 24 });
    await app.waitForText('Alpine Lakes');
    await app.press('Y');
    await app.waitForText('no baseURL in the site config: add baseURL to hugo.toml to copy permalinks');
    expect(app.events.osc52).toEqual([]);
  });
});

describe('light theme (pty)', () => {
  it('config theme = "light" colours code spans red, not yellow', async () => {
    const configHome = mkdtempSync(join(folder, 'config-'));
    mkdirSync(join(configHome, 'blog-tui'));
    writeFileSync(join(configHome, 'blog-tui', 'config.toml'), 'theme = "light"\n');
    const site = hugoSite('https://example.org/');
    const codeColour = async (env: Record<string, string>): Promise<number> => {
      const app = await startBlogTui([site], { cols: 100, rows: 24, env });
      await app.waitForText('Alpine Lakes');
      await app.press('\r');
      await app.waitForText('make photos');
      const at = app.find('make photos')!;
      const { fg } = app.cell(at.row, at.col);
      app.kill('SIGKILL');
      return fg.value;
    };
    // ANSI palette: 1 red, 3 yellow.
    expect(await codeColour({ XDG_CONFIG_HOME: configHome })).toBe(1);
    expect(await codeColour({})).toBe(3);
  });
});
