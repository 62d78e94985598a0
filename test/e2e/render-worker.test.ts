// A post that takes seconds to render must not freeze the reader: in the built CLI, in a real
// pseudo-terminal, keys work while it renders on the worker thread. A large post shows its first
// part at once ("rendering… N%" in the footer) while the rest renders; a post whose first part is
// itself slow shows "rendering…" alone, and keys that need the rendering wait for it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { killAllPtyApps, startBlogTui, type PtyApp } from './harness.js';

afterEach(killAllPtyApps);
const folder = mkdtempSync(join(tmpdir(), 'blog-tui-slow-post-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// ~330 KB of links and emphasis, paragraph by paragraph: its first ~16 KB chunk renders on the
// main thread and shows at once; the rest takes 1-2 s on the worker, well under its 5 s limit
// (past it, the rest would show as plain text) and every limit that sends a post to plain text.
mkdirSync(join(folder, 'posts'));
writeFileSync(
  join(folder, 'posts/slow.md'),
  `---\ntitle: A very slow post\ndate: 2024-05-01\n---\n\n# Slow start\n\n${'A paragraph with *emphasis* and [a link](https://example.com/).\n\n'.repeat(5000)}The *last* [paragraph](https://example.com/end).\n`,
);
// One ~64 KB paragraph of 2,000 links: too costly for the main thread even as a first part, so
// nothing shows until the worker is done (about a second).
writeFileSync(
  join(folder, 'posts/links.md'),
  `---\ntitle: A post of many links\ndate: 2024-04-15\n---\n\n${Array.from({ length: 2000 }, (_, i) => `[a](https://example.com/l/${i})`).join(' ')}\n`,
);
writeFileSync(join(folder, 'posts/quick.md'), '---\ntitle: A quick post\ndate: 2024-04-01\n---\n\nQuick body.\n');

const PARTIAL_FOOTER = /rendering… \d+%/;

/** Opens the post at `row` of the list (newest first) and waits for `shown`. */
async function openPost(row: number, shown: string | RegExp): Promise<PtyApp> {
  const app = await startBlogTui([folder], { cols: 80, rows: 24 });
  await app.waitForText('A very slow post');
  app.write(`${'j'.repeat(row)}\r`);
  await app.waitForText(shown);
  return app;
}

/** `?` and `!` each open within 1 s and close again. */
async function toggleHelpAndWarnings(app: PtyApp): Promise<void> {
  for (const [key, overlay] of [
    ['?', /^Everywhere$/m],
    ['!', 'No warnings'],
  ] as const) {
    const pressed = performance.now();
    app.write(key);
    await app.waitForText(overlay, 1000);
    expect(performance.now() - pressed).toBeLessThan(1000);
    app.write(key);
    await app.waitForNoText(overlay, 1000);
  }
}

describe('a post that renders slowly (pty)', () => {
  it('shows the first part formatted at once, and q quits within 1 s while the rest renders', async () => {
    const app = await openPost(0, PARTIAL_FOOTER);
    // Formatted, not the plain-text fallback: no `*`, no `[…](…)`.
    expect(app.text()).toContain('# Slow start\n\nA paragraph with emphasis and a link.');
    const pressed = performance.now();
    app.write('q');
    const { exitCode } = await app.exited;
    expect(performance.now() - pressed).toBeLessThan(1000);
    expect(exitCode).toBe(0);
    expect(app.altScreen()).toBe(false);
  });

  it('? and ! answer at once while the rest of a post renders', async () => {
    const app = await openPost(0, PARTIAL_FOOTER);
    await toggleHelpAndWarnings(app);
    await app.waitForNoText('rendering…', 15_000);
    expect(app.text()).toContain('# Slow start');
  });

  it('? and ! answer at once behind a key waiting for the rendering, which then applies', async () => {
    const app = await openPost(1, /^rendering…$/m);
    // Tab needs the rendered links, so it waits; help and warnings do not wait behind it.
    app.write('\t');
    expect(app.text()).toMatch(/^rendering…$/m);
    await toggleHelpAndWarnings(app);
    // Once rendered, the waiting Tab focuses the first link: its URL is in the footer.
    await app.waitForText(/https:\/\/example\.com\/l\/0 *Tab next link/, 15_000);
    expect(app.text()).toContain('a a a a');
  });

  it('Esc goes back to the list while it renders, and the post renders when opened again', async () => {
    const app = await openPost(0, PARTIAL_FOOTER);
    const pressed = performance.now();
    app.write('\u001b');
    await app.waitForText('A quick post', 1000);
    expect(performance.now() - pressed).toBeLessThan(1000);
    expect(app.text()).not.toContain('rendering…');

    app.write('\r');
    await app.waitForText(PARTIAL_FOOTER);
    await app.waitForNoText('rendering…', 15_000);
    // Rendered to its end, formatted: no plain-text notice, and the last paragraph has no Markdown left.
    app.write('G');
    await app.waitForText(/^The last paragraph\.$/m);
    expect(app.text()).toMatch(/^ 100% /m);
    expect(app.text()).not.toContain('plain text');
  });
});
