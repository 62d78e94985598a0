import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { clipboardCopy } from '../src/core/open/clipboard.js';
import { browserLaunch, platformLaunch } from '../src/core/open/launch.js';
import { openUrl, type SpawnFunction } from '../src/platform/openUrl.js';

const folder = mkdtempSync(join(tmpdir(), 'blog-tui-opener-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A fake browser that records the arguments it was given, as JSON, to `record`. */
function fakeBrowser(name: string): { browser: string; record: string } {
  const browser = join(folder, `${name}.cjs`);
  const record = join(folder, `${name}.json`);
  writeFileSync(browser, `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.argv.slice(2)));\n`);
  chmodSync(browser, 0o755);
  return { browser, record };
}

async function recorded(record: string): Promise<string[]> {
  for (let waited = 0; waited < 5000 && !existsSync(record); waited += 50) await sleep(50);
  return JSON.parse(readFileSync(record, 'utf8')) as string[];
}

describe('openUrl with $BROWSER', () => {
  it('runs the browser with exactly the URL as its one argument, no shell', async () => {
    const { browser, record } = fakeBrowser('plain');
    const url = 'https://example.com/a?q=$(touch x);b&c=`id`#frag';
    const result = await openUrl(url, { env: { ...process.env, BROWSER: `${browser}:/usr/bin/false` } });
    expect(result.message).toBe(`opened ${new URL(url).href}`);
    expect(result.ok).toBe(true);
    expect(await recorded(record)).toEqual([new URL(url).href]);
  });

  it('substitutes %s and keeps the entry arguments', async () => {
    const { browser, record } = fakeBrowser('substituted');
    await openUrl('mailto:someone@example.com', { env: { ...process.env, BROWSER: `${browser} --new-tab --url=%s` } });
    expect(await recorded(record)).toEqual(['--new-tab', '--url=mailto:someone@example.com']);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)', 'javascript: links are not opened'],
    ['file:', 'file:///etc/passwd', 'file: links are not opened'],
    ['an option', '-x', 'starts with "-"'],
    ['an escape sequence', 'https://a\u001b]0;x', 'contains control characters'],
    ['3,000 characters', `https://example.com/${'a'.repeat(3000)}`, 'longer than 2048 characters'],
    ['a mailto attachment', 'mailto:a@example.com?attach=/etc/passwd', 'mailto attachments are not allowed'],
    ['not a URL', 'not a url', 'not a valid URL'],
  ])('refuses %s and runs nothing', async (_label, url, reason) => {
    const { browser, record } = fakeBrowser(`hostile-${Math.random().toString(36).slice(2)}`);
    const spawn = vi.fn<SpawnFunction>();
    const result = await openUrl(url, { env: { BROWSER: browser }, spawn });
    expect(result.ok).toBe(false);
    expect(result.message).toContain(reason);
    expect(result.message).not.toContain('\u001b');
    expect(spawn).not.toHaveBeenCalled();
    await openUrl(url, { env: { BROWSER: browser } });
    await sleep(300);
    expect(existsSync(record)).toBe(false);
  });

  it('reports a browser that cannot be started', async () => {
    const result = await openUrl('https://example.com/', { env: { BROWSER: join(folder, 'missing-browser') } });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^could not open https:\/\/example\.com\/: .*ENOENT/);
  });
});

describe('launch commands', () => {
  it('uses the first $BROWSER entry, or the platform opener without a shell', () => {
    expect(browserLaunch('firefox:chromium', 'https://x/')).toEqual({ command: 'firefox', args: ['https://x/'] });
    expect(browserLaunch('  ', 'https://x/')).toBeNull();
    expect(platformLaunch('linux', 'https://x/')).toEqual({ command: 'xdg-open', args: ['https://x/'] });
    expect(platformLaunch('darwin', 'https://x/')).toEqual({ command: 'open', args: ['https://x/'] });
    expect(platformLaunch('win32', 'https://x/')).toEqual({ command: 'rundll32', args: ['url.dll,FileProtocolHandler', 'https://x/'] });
  });
});

describe('clipboardCopy (OSC 52)', () => {
  it('builds the sequence from the URL in base64', () => {
    const copy = clipboardCopy('https://mlops.community/');
    expect(copy).toEqual({
      ok: true,
      sequence: `\u001b]52;c;${Buffer.from('https://mlops.community/').toString('base64')}\u0007`,
      message: 'copied https://mlops.community/',
    });
  });
  it('copies nothing that the opener would refuse', () => {
    const copy = clipboardCopy('javascript:alert(1)');
    expect(copy.ok).toBe(false);
    expect(copy).not.toHaveProperty('sequence');
  });
});
