// A post that takes seconds to render must not freeze the reader: in the built CLI, in a real
// pseudo-terminal, keys work while it renders on the worker thread.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { killAllPtyApps, startBlogTui, type PtyApp } from './harness.js';

afterEach(killAllPtyApps);
const folder = mkdtempSync(join(tmpdir(), 'blog-tui-slow-post-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// ~500 KB of links and emphasis: about 1.5 s to render on this machine, under every limit that
// would send it straight to plain text.
mkdirSync(join(folder, 'posts'));
writeFileSync(
  join(folder, 'posts/slow.md'),
  `---\ntitle: A very slow post\ndate: 2024-05-01\n---\n\n# Slow start\n\n${'A paragraph with *emphasis* and [a link](https://example.com/).\n\n'.repeat(7800)}`,
);
writeFileSync(join(folder, 'posts/quick.md'), '---\ntitle: A quick post\ndate: 2024-04-01\n---\n\nQuick body.\n');

async function openSlowPost(): Promise<PtyApp> {
  const app = await startBlogTui([folder], { cols: 80, rows: 24 });
  await app.waitForText('A very slow post');
  app.write('\r');
  await app.waitForText('rendering…');
  return app;
}

describe('a post that renders slowly (pty)', () => {
  it('q quits within 1 s while the post is rendering', async () => {
    const app = await openSlowPost();
    const pressed = performance.now();
    app.write('q');
    const { exitCode } = await app.exited;
    expect(performance.now() - pressed).toBeLessThan(1000);
    expect(exitCode).toBe(0);
    expect(app.altScreen()).toBe(false);
  });

  it('? and ! answer at once behind a key waiting for the rendering, which then applies', async () => {
    const app = await openSlowPost();
    // Tab needs the rendered links, so it waits; help and warnings do not wait behind it.
    app.write('\t');
    for (const overlay of ['?', '!']) {
      app.write(overlay);
      await app.waitForText(overlay === '?' ? /^Everywhere$/m : 'No warnings', 1000);
      app.write(overlay);
      await app.waitForText('rendering…', 1000);
    }
    // Once rendered, the waiting Tab focuses the first link: its URL is in the footer.
    await app.waitForText('# Slow start', 15_000);
    await app.waitForText(/https:\/\/example\.com\/ *Tab next link/);
  });

  it('Esc goes back to the list while it renders, and the post renders when opened again', async () => {
    const app = await openSlowPost();
    const pressed = performance.now();
    app.write('\u001b');
    await app.waitForText('A quick post', 1000);
    expect(performance.now() - pressed).toBeLessThan(1000);
    expect(app.text()).not.toContain('rendering…');

    // The rendered heading keeps its `#` (the list's summary of this post has none).
    app.write('\r');
    await app.waitForText('# Slow start', 15_000);
    expect(app.text()).toContain('A paragraph with emphasis and a link.');
    expect(app.text()).not.toContain('rendering…');
  });
});
