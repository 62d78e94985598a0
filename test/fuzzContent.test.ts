// Property tests: random Markdown full of control bytes, entities, deep nesting and long lines,
// through the loader (as files on disk) and the renderer. Nothing may throw, and nothing either
// produces may carry a control sequence to the terminal. Time-bounded; the seed is fixed (set
// FUZZ_SEED to explore others) and fast-check prints seed and path on failure to replay it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPosts } from '../src/core/content/loadPosts.js';
import { PostIndex } from '../src/core/content/postIndex.js';
import { renderPost } from '../src/core/render/renderPost.js';
import type { Post } from '../src/core/types.js';
import { findForbiddenSequences } from './support/terminalSafety.js';
import { makePost } from './render-support.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_240_601);
/** Per property; the two together stay within about 20 s. */
const TIME_LIMIT_MS = 9000;
const FUZZ_OPTIONS = { seed: SEED, numRuns: 1_000_000, plugins: [fc.interruptAfterTimeLimit(TIME_LIMIT_MS)] };

const controlSequence = fc.constantFrom(
  '\x1b',
  '\x07',
  '\x00',
  '\r',
  '\b',
  '\x7f',
  '\u009b',
  '\u009d',
  '\u202e',
  '\u2066',
  '\u200f',
  '\x1b]0;pwned\x07',
  '\x1b]52;c;SGVsbG8=\x07',
  '\x1b]8;;file:///etc/passwd\x1b\\',
  '\x1b[2J',
  '\x1bc',
  '\u009b2J',
);
const entity = fc.constantFrom('&#27;', '&#x1b;', '&#155;', '&#x9b;', '&#7;', '&#0;', '&#x202e;', '&rlm;', '&amp;', '&#13;');
const syntax = fc.constantFrom(
  '# ',
  '## ',
  '> ',
  '- ',
  '1. ',
  '* ',
  '*',
  '**',
  '_',
  '`',
  '\n```\n',
  '\n```python\n',
  '    ',
  '[',
  '](',
  ')',
  '![',
  '<',
  '>',
  '<div>',
  '</div>',
  '<!--',
  '-->',
  '|',
  '\n|---|---|\n',
  '---',
  '\n',
  '\n\n',
  '{{< ref "x" >}}',
  'https://example.com/',
  'javascript:',
  'mailto:a@b.c',
  '[^1]',
  '[^1]: ',
  '\\',
  '"',
  '\t',
);
const words = fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'b', ' ', 'é', '漢', '🙂') });
const nesting = fc.tuple(fc.constantFrom('> ', '- ', '1. ', '  '), fc.integer({ min: 1, max: 200 })).map(([marker, depth]) => marker.repeat(depth));
const longLine = fc
  .tuple(fc.constantFrom('a', '_a', '*', 'word ', '`'), fc.integer({ min: 100, max: 3000 }))
  .map(([unit, count]) => unit.repeat(count));
const markdown = fc
  .array(
    fc.oneof(
      { arbitrary: syntax, weight: 4 },
      { arbitrary: words, weight: 4 },
      { arbitrary: controlSequence, weight: 2 },
      { arbitrary: entity, weight: 2 },
      nesting,
      longLine,
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));
const frontMatter = fc.option(
  fc
    .tuple(markdown, fc.array(markdown, { maxLength: 3 }))
    .map(([title, tags]) => `---\ntitle: ${JSON.stringify(title)}\ntags: ${JSON.stringify(tags)}\n---\n`),
  { nil: '' },
);
const width = fc.integer({ min: 20, max: 120 });

function postWithBody(body: string): Post {
  return makePost(body, { id: 'fuzz', slug: 'fuzz', title: 'Fuzz', date: null, path: 'fuzz.md' });
}

function expectSafeRender(post: Post, columns: number, color: boolean, posts: readonly Post[]): void {
  const result = renderPost(post, { width: columns, color, linkTargets: new PostIndex(posts) });
  const shown = [...result.lines, result.notice ?? '', ...result.links.flatMap((link) => [link.text, link.url])];
  expect(findForbiddenSequences(shown.join('\n'))).toEqual([]);
}

describe(`fuzz (seed ${SEED})`, () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-tui-fuzz-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads any file without throwing, and every loaded field and warning is safe to print', () => {
    fc.assert(
      fc.property(frontMatter, markdown, width, fc.boolean(), (head, body, columns, color) => {
        fs.writeFileSync(path.join(dir, 'post.md'), head + body);
        const result = loadPosts(dir, { drafts: true, future: true, expired: true });
        const fields = result.posts.flatMap((post) => [post.slug, post.title, post.summary, post.path, ...post.tags]);
        const reasons = result.warnings.flatMap((warning) => [warning.path, warning.reason]);
        expect(findForbiddenSequences([...fields, ...reasons, result.blogName].join('\n'))).toEqual([]);
        for (const post of result.posts) expectSafeRender(post, columns, color, result.posts);
      }),
      FUZZ_OPTIONS,
    );
  }, 30_000);

  it('renders any Markdown body, NUL bytes included, without throwing or printing a control sequence', () => {
    fc.assert(
      fc.property(markdown, width, fc.boolean(), (body, columns, color) => {
        expectSafeRender(postWithBody(body), columns, color, []);
      }),
      FUZZ_OPTIONS,
    );
  }, 30_000);
});
