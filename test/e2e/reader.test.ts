// The reader's navigation in the built CLI, in a real pseudo-terminal: the outline, `e` with an
// editor, and the mouse wheel, as a reader uses them.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { killAllPtyApps, startBlogTui, type PtyApp } from './harness.js';

afterEach(killAllPtyApps);
const folder = mkdtempSync(join(tmpdir(), 'blog-tui-reader-e2e-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const section = (name: string) => Array.from({ length: 10 }, (_, i) => `${name} paragraph ${i + 1}.`).join('\n\n');
const blog = join(folder, 'blog');
mkdirSync(join(blog, 'posts'), { recursive: true });
const guidePath = join(blog, 'posts', 'guide.md');
writeFileSync(
  guidePath,
  `---\ntitle: The Guide\ndate: 2025-01-02\ntags: [go]\n---\n\n${section('Intro')}\n\n## Setup\n\n${section('Setup')}\n\n## Usage\n\n${section('Usage')}\n`,
);
writeFileSync(join(blog, 'posts', 'other.md'), `---\ntitle: Other Post\ndate: 2024-01-02\ntags: [go]\n---\n\nOther text.\n`);

async function openGuide(args: string[] = [], env: Record<string, string> = {}): Promise<PtyApp> {
  const app = await startBlogTui([blog, ...args], { cols: 80, rows: 24, env });
  await app.waitForText('The Guide');
  await app.press('\r');
  await app.waitForText('Intro paragraph 1.');
  return app;
}

describe('reader navigation (pty)', () => {
  it('o opens the outline, typing filters it, Enter puts the heading on the top line', async () => {
    const app = await openGuide();
    await app.press('o');
    await app.waitForText('Outline (type to filter)');
    for (const key of 'usa') await app.press(key);
    await app.waitForText('Outline: usa');
    await app.press('\r');
    await app.waitForNoText('Outline');
    expect(app.lines()[1]).toBe('## Usage');
    // The end of the post: the posts sharing its tags.
    await app.press('G');
    await app.waitForText('Other Post');
    expect(app.text()).toContain('Related');
  });

  it('e runs $VISUAL without a shell on the post file, then shows the edited post where it was', async () => {
    const record = join(folder, 'editor-argv.json');
    const editor = join(folder, 'fake editor.cjs');
    writeFileSync(
      editor,
      `#!${process.execPath}\nconst fs = require('fs');\nconst args = process.argv.slice(2);\nfs.writeFileSync(${JSON.stringify(record)}, JSON.stringify(args));\nconst file = args.at(-1);\nfs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Setup paragraph 2.', 'Setup paragraph EDITED.'));\n`,
    );
    chmodSync(editor, 0o755);
    const app = await openGuide([], { VISUAL: `'${editor}' --wait`, EDITOR: '' });
    await app.press(']');
    await app.waitForText(/^## Setup/m);
    await app.press('e');
    await app.waitForText('Setup paragraph EDITED.');
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual(['--wait', guidePath]);
    expect(app.lines()[1]).toBe('## Setup');
    expect(app.altScreen()).toBe(true);
  });

  it('an editor that changes nothing still gets the screen drawn again in full', async () => {
    const app = await openGuide([], { VISUAL: 'true', EDITOR: '' });
    await app.press('e');
    // The screen was left for the editor; the same frame must be written again, not skipped as unchanged.
    const redrawn = () =>
      app.rawOutput().split('\u001b[?1049h').length === 3 && app.rawOutput().split('\u001b[?1049h').at(-1)!.includes('Intro paragraph 1.');
    for (let waited = 0; waited < 5000 && !redrawn(); waited += 50) await sleep(50);
    expect(redrawn()).toBe(true);
    await app.waitForText('Intro paragraph 1.');
    expect(app.altScreen()).toBe(true);
  });

  it('a missing editor is one line in the footer; the reader stays', async () => {
    const app = await openGuide([], { VISUAL: 'no-such-editor-blog-tui', EDITOR: '' });
    await app.press('e');
    await app.waitForText('no editor "no-such-editor-blog-tui"');
    expect(app.text()).toContain('Intro paragraph 1.');
  });

  it('turns SGR mouse mode on, scrolls with wheel reports, and turns it off on quit; --no-mouse never turns it on', async () => {
    const app = await openGuide();
    expect(app.rawOutput()).toContain('\u001b[?1000h\u001b[?1006h');
    app.write('\u001b[<65;10;10M');
    await app.waitForNoText('Intro paragraph 1.');
    // Three lines a notch: the blank line under paragraph 2 is now the top line.
    expect(app.lines()[2]).toBe('Intro paragraph 3.');
    app.write('\u001b[<64;10;10M');
    await app.waitForText('Intro paragraph 1.');
    await app.press('q');
    await app.exited;
    expect(app.rawOutput()).toMatch(/\u001b\[\?1006l\u001b\[\?1000l[^]*$/);

    const plain = await openGuide(['--no-mouse']);
    expect(plain.rawOutput()).not.toContain('\u001b[?1000h');
  });
});
