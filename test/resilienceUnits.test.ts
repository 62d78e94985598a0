// The pure pieces of the reader's resilience: no stack overflow from large arrays, widths that
// match what terminals draw, marked's quadratic `!` kept off the renderer, highlighting within a
// budget, and link resolution that stays linear however many links and headings a post has.
import { describe, expect, it } from 'vitest';
import { formatPostTable } from '../src/cli/format/postTable.js';
import { createStyle } from '../src/cli/format/style.js';
import { formatTagTable } from '../src/cli/format/tagTable.js';
import { RenderAssembly } from '../src/core/render/assembly.js';
import { largestFencedBlock, plainTextReason } from '../src/core/render/complexity.js';
import { budgetedHighlighter } from '../src/core/render/highlightBudget.js';
import { renderPost } from '../src/core/render/renderPost.js';
import { renderInWorker } from '../src/core/render/worker/renderInWorker.js';
import { rendersOnMainThread } from '../src/core/render/worker/mainThread.js';
import { layoutText } from '../src/core/render/wrap.js';
import { sanitizeLine, sanitizeText } from '../src/core/sanitize.js';
import { displayWidth } from '../src/core/text/width.js';
import { watchMemory } from '../src/tui/memoryWatch.js';
import { linkTargets, makePost } from './render-support.js';

const plain = createStyle(false);
const WORKER = new URL('../dist/render-worker.js', import.meta.url);

describe('large arrays are never spread into a call', () => {
  it('formats 500,000 tags and 135,000 posts', () => {
    const counts = Array.from({ length: 500_000 }, (_, n) => ({ tag: `t${n}`, count: n + 1 }));
    expect(formatTagTable(counts, plain)).toHaveLength(500_000);
    const posts = Array.from({ length: 135_000 }, (_, n) => makePost('', { title: `Post ${n}`, path: `p${n}.md` }));
    expect(formatPostTable(posts, plain, 80)).toHaveLength(135_000);
  });

  it('lays out a line of a million tab-separated tokens', () => {
    expect(layoutText('a\t'.repeat(1_000_000), 80).length).toBeGreaterThan(10_000);
  });
});

describe('characters that measure narrower than terminals draw them', () => {
  it('shows Hangul fillers as spaces and the soft hyphen as nothing', () => {
    expect(sanitizeLine('a\u3164b\u115Fc\uFFA0d\u00ADe')).toBe('a b c de');
    expect(sanitizeText('x\u3164\u00ADy')).toBe('x y');
  });

  it('counts fillers as wide wherever they are still measured', () => {
    expect(displayWidth('\u3164')).toBe(2);
    expect(displayWidth('\u001b[1m\u115F\u001b[22m')).toBe(2);
  });
});

describe("marked's quadratic cases", () => {
  it('sends long runs of `!` and backslashes to plain text or the worker', () => {
    expect(plainTextReason('!'.repeat(64_000))).toBeDefined();
    expect(plainTextReason('a!'.repeat(32_000))).toBeDefined();
    expect(plainTextReason('\\'.repeat(64_000))).toBeDefined();
    expect(rendersOnMainThread('Wow!'.repeat(300))).toBe(false);
    expect(rendersOnMainThread('Wow! Such prose.\n\n'.repeat(50))).toBe(true);
  });

  it('renders 64,000 `!` as plain text at once', () => {
    const started = performance.now();
    const result = renderPost(makePost('!'.repeat(64_000)), { width: 80, color: false });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.notice).toMatch(/^Shown as plain text/);
  });
});

describe('highlighting budget', () => {
  it('measures the largest fenced block, in quotes and Hugo shortcodes too', () => {
    expect(largestFencedBlock('```js\nabc\n```\n\n> ```ls\n> 12345678\n> ```\n')).toBeGreaterThan(8);
    expect(largestFencedBlock(`{{< highlight ls >}}\n${'a'.repeat(5000)}\n{{< /highlight >}}`)).toBeGreaterThan(5000);
    expect(rendersOnMainThread(`\`\`\`livescript\n${'a'.repeat(2000)}\n\`\`\`\n`)).toBe(false);
  });

  it('leaves blocks plain once the time is spent, or when they are too large', () => {
    let clock = 0;
    const highlight = budgetedHighlighter({ totalMs: 10, maxBlockChars: 100 }, () => (clock += 6));
    expect(highlight('print(1)', 'python', true)).not.toBe('print(1)');
    expect(highlight('print(2)', 'python', true)).not.toBe('print(2)');
    expect(highlight('print(3)', 'python', true)).toBe('print(3)');
    const fresh = budgetedHighlighter({ totalMs: 10, maxBlockChars: 5 });
    expect(fresh('print(4)', 'python', true)).toBe('print(4)');
  });
});

describe('link resolution', () => {
  it('stays linear over 50,000 anchor links and 50,000 headings', () => {
    // Chunks as the renderer makes them, without rendering: only the assembly is timed.
    const count = 50_000;
    const links = Array.from({ length: count }, (_, n) => ({ text: 'l', url: `#h${count - 1 - n}`, spans: [] }));
    const headings = Array.from({ length: count }, (_, n) => ({ level: 2, text: `H${n}`, id: `h${n}`, line: n }));
    const assembly = new RenderAssembly(makePost('x'), { width: 40, color: false }, 40);
    const started = performance.now();
    assembly.add({ lines: [], links, headings: [], end: 0 });
    assembly.add({ lines: [], links: [], headings, end: 1 });
    const result = assembly.complete();
    // Comparing every link with every heading (2.5e9 comparisons) takes many seconds.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.links.every((link) => link.kind === 'anchor')).toBe(true);
  });

  it('resolves a post’s links in the worker that renders it', async () => {
    const other = makePost('Other.', { slug: 'other', path: 'posts/other.md', aliases: ['/old/other/'] });
    const post = makePost(`[a](/old/other/) [b](other.md) [c](https://example.com/) [d](#top)\n\n# Top\n\n${'word '.repeat(5000)}`);
    const options = { width: 60, color: false, linkTargets: linkTargets([post, other]) };
    const inWorker = await renderInWorker(post, options, { workerUrl: WORKER }).result;
    expect(inWorker.links.map((link) => link.kind)).toEqual(['internal', 'internal', 'external', 'anchor']);
    expect(inWorker).toEqual(renderPost(post, options));
  });

  it('keeps partial results cheap: a link is resolved once', () => {
    const post = makePost('[a](#x) [b](https://example.com/)\n\n# X\n');
    const assembly = new RenderAssembly(post, { width: 40, color: false }, 40);
    expect(assembly.partial().links).toEqual([]);
  });
});

it('stops the reader once the heap passes the ceiling, with a message that says so', async () => {
  const error = await new Promise<Error>((resolve) => watchMemory(resolve, 1));
  expect(error.message).toMatch(/^out of memory: the reader used \d+ MB/);
});
