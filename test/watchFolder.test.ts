import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { foldersUnder, watchFolder } from '../src/tui/watchFolder.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'blog-tui-watch-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** Watches `dir` and resolves with the first batch of changed paths (or [] after `ms`). */
function nextChange(dir: string, act: () => void, ms = 1500): Promise<string[]> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve([]), ms);
    const stop = watchFolder(dir, (paths) => {
      clearTimeout(timer);
      resolve(paths);
    });
    cleanups.push(stop);
    // Let the watchers start before acting.
    setTimeout(act, 50);
  });
}

describe('watching the content folder', () => {
  it('reports an edited file and a new file in a new subfolder, in one batch', async () => {
    const dir = temporaryFolder();
    mkdirSync(join(dir, 'posts'));
    writeFileSync(join(dir, 'posts', 'a.md'), 'one');
    const started = Date.now();
    const paths = await nextChange(dir, () => {
      writeFileSync(join(dir, 'posts', 'a.md'), 'two');
      writeFileSync(join(dir, 'posts', 'b.md'), 'new');
    });
    expect(paths.sort()).toEqual(['posts/a.md', 'posts/b.md']);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('never follows a linked folder out of DIR, and leaves hidden folders alone', async () => {
    const dir = temporaryFolder();
    const outside = temporaryFolder();
    symlinkSync(outside, join(dir, 'linked'));
    mkdirSync(join(dir, '.git'));
    expect(foldersUnder(dir)).toEqual([dir]);
    const paths = await nextChange(dir, () => writeFileSync(join(outside, 'c.md'), 'outside'), 800);
    expect(paths).toEqual([]);
  });
});
