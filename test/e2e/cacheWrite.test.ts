// The reader writes the parse cache once the user pauses typing (writing it for 10,000 posts
// blocks for ~0.3 s, which must not land between the first keys), and still writes it when the
// user quits before any pause.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { killAllPtyApps, REPO_ROOT, startBlogTui } from './harness.js';

afterEach(killAllPtyApps);

/** The files in the cache home's blog-tui folder (the parse cache is one file per content folder). */
function cacheFiles(cacheHome: string): string[] {
  const folder = join(cacheHome, 'blog-tui');
  return existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json')) : [];
}

describe('the parse cache in the reader', () => {
  const cacheHome = () => mkdtempSync(join(tmpdir(), 'blog-tui-cache-'));

  it('is written once the user has not typed for a while', async () => {
    const home = cacheHome();
    try {
      const app = await startBlogTui([join(REPO_ROOT, 'content')], { env: { XDG_CACHE_HOME: home } });
      await app.waitForText('1 of 1 posts');
      await expect.poll(() => cacheFiles(home), { timeout: 10_000 }).toHaveLength(1);
      app.write('q');
      expect((await app.exited).exitCode).toBe(0);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('is written on quitting when the user never paused', async () => {
    const home = cacheHome();
    try {
      const app = await startBlogTui([join(REPO_ROOT, 'content')], { env: { XDG_CACHE_HOME: home } });
      await app.waitForText('1 of 1 posts');
      app.write('q');
      expect((await app.exited).exitCode).toBe(0);
      expect(cacheFiles(home)).toHaveLength(1);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
