import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, mkdirSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseReadingRecords } from '../src/data/readingRecords.js';
import { openReadingStore, readingStateDisabled, readingStatePath } from '../src/data/readingStore.js';
import { appDir } from '../src/core/paths.js';

const folders: string[] = [];
function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'blog-tui-state-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('reading state file', () => {
  it('lives in $XDG_STATE_HOME/blog-tui, one file per content folder, the same for a folder reached by a link', () => {
    const home = temporaryFolder();
    const blog = temporaryFolder();
    const link = join(home, 'link');
    symlinkSync(blog, link);
    const env = { XDG_STATE_HOME: home };
    expect(readingStatePath(blog, env).startsWith(join(home, 'blog-tui', 'reading-'))).toBe(true);
    expect(readingStatePath(link, env)).toBe(readingStatePath(blog, env));
    expect(readingStatePath(temporaryFolder(), env)).not.toBe(readingStatePath(blog, env));
    // A relative XDG value is ignored, as the XDG rules say.
    expect(appDir('XDG_STATE_HOME', { XDG_STATE_HOME: 'relative', HOME: home })).not.toContain('relative');
  });

  it('is off with --no-state or BLOG_TUI_NO_STATE=1, not with BLOG_TUI_NO_STATE=0', () => {
    expect(readingStateDisabled(true, {})).toBe(true);
    expect(readingStateDisabled(false, { BLOG_TUI_NO_STATE: '1' })).toBe(true);
    expect(readingStateDisabled(false, { BLOG_TUI_NO_STATE: '0' })).toBe(false);
    expect(readingStateDisabled(false, {})).toBe(false);
  });

  it('a missing file is an empty state; a position waits, a mark is written at once, atomically', () => {
    const path = join(temporaryFolder(), 'sub', 'reading.json');
    const store = openReadingStore(path);
    expect(store.load()).toEqual({ records: new Map() });
    store.save([['a', { read: false, starred: false, position: { line: 3 } }]], false);
    expect(existsSync(path)).toBe(false);
    store.save([['b', { read: true, starred: true }]], true);
    expect(parseReadingRecords(readFileSync(path, 'utf8')).records.get('a')).toEqual({ read: false, starred: false, position: { line: 3 } });
    // No temporary file is left behind.
    expect(readdirSync(join(path, '..'))).toEqual(['reading.json']);
  });

  it('survives a damaged file: the posts it can read are kept, the rest is reported in one line and rewritten', () => {
    const path = join(temporaryFolder(), 'reading.json');
    writeFileSync(path, '{"posts": {"a": {"read": true}, "b": "nonsense", "c": {"starred": true, "position": {"line": -4}}}}');
    const { records, warning } = openReadingStore(path).load();
    expect(records).toEqual(
      new Map([
        ['a', { read: true, starred: false }],
        ['c', { read: false, starred: true }],
      ]),
    );
    expect(warning).toBeUndefined();
    writeFileSync(path, '{"posts": {"a": {"read": tr');
    const damaged = openReadingStore(path);
    expect(damaged.load().warning).toBe(`damaged, it will be rewritten: ${path}`);
    damaged.save([['x', { read: true, starred: false }]], true);
    expect(damaged.load()).toEqual({ records: new Map([['x', { read: true, starred: false }]]) });
  });

  it('two readers on one folder: last writer wins per post, nothing is lost for other posts', () => {
    const path = join(temporaryFolder(), 'reading.json');
    const first = openReadingStore(path);
    const second = openReadingStore(path);
    first.save([['a', { read: true, starred: false }]], true);
    second.save([['b', { read: false, starred: true }]], true);
    first.save([['b', { read: true, starred: true }]], true);
    expect(first.load().records).toEqual(
      new Map([
        ['a', { read: true, starred: false }],
        ['b', { read: true, starred: true }],
      ]),
    );
  });

  it('a folder it cannot write to is reported once, and reading goes on', () => {
    const parent = temporaryFolder();
    const locked = join(parent, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const errors: string[] = [];
    const store = openReadingStore(join(locked, 'reading.json'), (message) => errors.push(message));
    store.save([['a', { read: true, starred: false }]], true);
    store.save([['b', { read: true, starred: false }]], true);
    chmodSync(locked, 0o700);
    // Root ignores permissions: then the write simply succeeded.
    expect(errors.length).toBeLessThanOrEqual(1);
    if (errors.length === 1) expect(errors[0]).toMatch(/^cannot save reading state to .*reading\.json \(EACCES\)$/);
  });
});
