// Footnotes, alerts, math and long code lines in the reader, in a real pseudo-terminal: Tab
// reaches a footnote reference, Enter scrolls to its note, Backspace returns; `M` shows math as
// written; `w` cuts code lines and `>` scrolls them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { killAllPtyApps, startBlogTui, type PtyApp } from './harness.js';

afterEach(killAllPtyApps);
const folder = mkdtempSync(join(tmpdir(), 'blog-tui-extensions-e2e-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const filler = Array.from({ length: 40 }, (_, i) => `Filler paragraph number ${i + 1}.`).join('\n\n');
const POST = `---
title: Footnotes and friends
date: 2024-05-01
---

The loss $x^2$ is small.[^a]

> [!NOTE]
> Read the note at the end.

\`\`\`python
result = compute(alpha, beta, gamma, delta, epsilon, zeta, eta, theta, iota, kappa, lambda_)
\`\`\`

${filler}

[^a]: The footnote text, far below.
`;

async function openPost(): Promise<PtyApp> {
  const content = join(folder, 'posts');
  mkdirSync(content, { recursive: true });
  writeFileSync(join(content, 'footnotes.md'), POST);
  const app = await startBlogTui([content], { cols: 80, rows: 24 });
  await app.waitForText('Footnotes and friends');
  await app.press('\r');
  await app.waitForText('is small.[1]');
  return app;
}

describe('Markdown extensions in the reader (pty)', () => {
  it('Tab reaches a footnote reference, Enter scrolls to the note, Backspace returns to the reference', async () => {
    const app = await openPost();
    expect(app.text()).toContain('│ Note');
    expect(app.text()).toContain('│ Read the note at the end.');
    expect(app.text()).not.toContain('The footnote text');

    await app.press('\t');
    await app.press('\r');
    await app.waitForText('[1] The footnote text, far below. ↩');
    expect(app.text()).not.toContain('is small.[1]');

    await app.press('\u007f');
    await app.waitForText('is small.[1]');
    expect(app.text()).not.toContain('The footnote text');
    expect(app.text()).toContain('Footnotes and friends');
  });

  it('m shows math as written and back; w cuts long code lines and > scrolls them', async () => {
    const app = await openPost();
    expect(app.text()).toContain('The loss x² is small.');
    await app.press('M');
    await app.waitForText('The loss $x^2$ is small.');
    await app.press('M');
    await app.waitForText('The loss x² is small.');

    expect(app.text()).toContain('↪ ');
    await app.press('w');
    await app.waitForText(/result = compute\(alpha.*›/);
    expect(app.text()).not.toContain('↪ ');
    await app.press('>');
    await app.waitForText(/‹\w/);
    expect(app.text()).not.toContain('result = compute');
  });
});
