// Keys never wait for post bodies, in the built reader: over 300 posts of 128 KB (one file
// hard-linked, as a folder of copies can hold; twice what search reads of a body), a word found
// only in the bodies, typed right after start, is answered at once from titles and summaries
// with "(searching bodies…)" in the header, and the body matches arrive on their own once indexed.
import { linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { killAllPtyApps, startBlogTui } from './harness.js';

const LARGE_POSTS = 300;
const WORD = 'quokka';
/** A key is answered within this, indexing or not. */
const RESPONSE_MS = 1000;
/** The header while bodies are being indexed: the title match alone. */
const PENDING = new RegExp(`  1 of ${LARGE_POSTS + 1} posts \\(searching bodies…\\)$`);

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'blog-tui-body-search-'));
  const posts = join(root, 'content', 'posts');
  mkdirSync(posts, { recursive: true });
  // The word sits 32 KB into each body, well inside what search reads of it. Accented words, as
  // a travel blog has, make indexing take a while even on a fast machine: long enough to be seen.
  const line = 'Notes from the café by the harbour: déjà vu, naïve plans and crème brûlée, day after day.\n';
  const half = line.repeat(Math.ceil((32 * 1024) / line.length));
  const rest = line.repeat(Math.floor((128 * 1024 - half.length) / line.length));
  writeFileSync(
    join(posts, 'survey-0.md'),
    `---\ntitle: Island survey\ndate: 2024-01-01\nsummary: A long survey.\n---\n${half}A ${WORD} crossed the path.\n${rest}`,
  );
  for (let i = 1; i < LARGE_POSTS; i++) linkSync(join(posts, 'survey-0.md'), join(posts, `survey-${i}.md`));
  writeFileSync(join(posts, 'sightings.md'), `---\ntitle: Quokka sightings\ndate: 2025-01-01\n---\nA short list.\n`);
});
afterEach(killAllPtyApps);
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('answers a body-only word at once, says bodies are being searched, then shows every match', { timeout: 60_000 }, async () => {
  const total = LARGE_POSTS + 1;
  // The parse cache outside the content folder: the reader watches that folder.
  const app = await startBlogTui([join(root, 'content')], {
    cols: 100,
    rows: 30,
    env: { XDG_CACHE_HOME: join(root, 'cache') },
  });
  await app.waitForText(`${total} of ${total} posts`, 30_000);
  expect(await app.press('/'), 'the search prompt opens within 1 s').toBe(true);
  for (const [i, key] of [...WORD].entries()) {
    expect(await app.press(key), `key ${i + 1} of "${WORD}" answered within 1 s`).toBe(true);
    await app.waitForText(`/${WORD.slice(0, i + 1)}█`, RESPONSE_MS);
    // Right after start, only the title match: 300 large bodies take a while to index.
    if (i === 0) expect(app.lines()[0]).toMatch(PENDING);
  }
  await app.waitForText(`${total} of ${total} posts`, 45_000);
  expect(app.lines()[0]).not.toContain('searching');
  expect(app.text()).toContain('> 2025-01-01  Quokka sightings');
  expect(app.text()).toContain('2024-01-01  Island survey');
});
