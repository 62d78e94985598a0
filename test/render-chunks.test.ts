// Chunked rendering (src/core/render/chunks.ts, renderChunks.ts, assembly.ts): a large post is
// rendered in chunks that concatenate to what a single render makes, so it can be shown
// progressively and stay formatted up to 2 MB.
import { readFileSync } from 'node:fs';
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { RenderAssembly } from '../src/core/render/assembly.js';
import { splitMarkdown } from '../src/core/render/chunks.js';
import { renderChunks } from '../src/core/render/renderChunks.js';
import { renderPost } from '../src/core/render/renderPost.js';
import { renderFirstPart } from '../src/core/render/worker/mainThread.js';
import { renderInWorker } from '../src/core/render/worker/renderInWorker.js';
import type { RenderResult } from '../src/core/types.js';
import { render } from 'ink-testing-library';
import { createElement } from 'react';
import { PostFooter } from '../src/tui/post/PostFooter.js';
import { openPostState, reducePost } from '../src/tui/post/postState.js';
import { makePost, textAtSpans, widestLine } from './render-support.js';

const WORKER = new URL('../dist/render-worker.js', import.meta.url);
const seed = readFileSync(new URL('../content/posts/building-scalable-ml-pipelines.md', import.meta.url), 'utf8').replace(/^---[\s\S]*?---\n/, '');
const SINGLE_PASS = { first: Infinity, rest: Infinity };
// A cut at every point the splitter considers safe: the strictest check of each.
const EVERY_CUT = { first: 1, rest: 1 };

/** Markdown that a careless cut would break: blank lines inside code, comments, lists and shortcodes. */
function trickySection(n: number): string {
  return [
    `## Setup`,
    `Section ${n} links [back to the start](#setup), [to the last section](#setup-39) and [a reference][shared].`,
    '```python\ndef f():\n\n    return 1\n\n# not a heading\n```',
    '<!--\n\n# a commented-out heading\n\n-->',
    `1. first item\n\n   continued paragraph of item one\n\n2. second item\n\n    indented code in the list`,
    `- loose\n\n- list\n\n  > quote inside`,
    '    indented code\n\n    still code',
    `> quoted\n>\n> ${'word '.repeat(30)}`,
    '{{< highlight go >}}\nfunc main() {\n\n}\n{{< /highlight >}}',
    `| a | b |\n|---|---|\n| ${n} | [cell link](https://example.org/${n}) |`,
    seed,
  ].join('\n\n');
}
const trickyPost = `${Array.from({ length: 40 }, (_, n) => trickySection(n)).join('\n\n')}\n\n[shared]: https://example.com/shared "Shared"\n`;

describe('splitMarkdown', () => {
  it('cuts only before a top-level block after a blank line, and the chunks join back to the post', () => {
    const { chunks } = splitMarkdown(trickyPost, EVERY_CUT);
    expect(chunks.length).toBeGreaterThan(400);
    expect(chunks.join('')).toBe(trickyPost);
    for (const chunk of chunks.slice(1)) expect(chunk).toMatch(/^(?![-*+>\s]|\d+\.)\S/);
    // Never inside the fenced code, the comment, the lists or the highlight pair.
    for (const inside of [
      '\n# not a heading',
      '# a commented-out heading',
      '   continued paragraph',
      '  > quote inside',
      '    still code',
      '\n}\n{{< /highlight',
    ]) {
      expect(chunks.some((chunk) => chunk.startsWith(inside.trimStart()))).toBe(false);
    }
  });

  it('keeps a post under the first size in one chunk and collects reference definitions outside code', () => {
    const markdown = '# T\n\n```\n[not]: https://code.example/\n```\n\n[id]: https://example.com/ "Title"\n[other]: /posts/x/\n';
    const split = splitMarkdown(markdown);
    expect(split.chunks).toEqual([markdown]);
    expect(split.definitionBlocks).toEqual(['[id]: https://example.com/ "Title"\n[other]: /posts/x/\n']);
  });
});

describe('chunked rendering', () => {
  for (const color of [false, true]) {
    it(`equals a single render of the same post, line for line (color ${color})`, () => {
      const post = makePost(trickyPost);
      const options = { width: 70, color, posts: [post] };
      const chunked = renderPost(post, options, EVERY_CUT);
      expect(splitMarkdown(trickyPost, EVERY_CUT).chunks.length).toBeGreaterThan(400);
      expect(chunked).toEqual(renderPost(post, options, SINGLE_PASS));
      expect(chunked.notice).toBeUndefined();
      expect(widestLine(chunked.lines)).toBeLessThanOrEqual(70);
    });
  }

  it('keeps heading ids unique over the whole post and resolves anchors and references across chunks', () => {
    const result = renderPost(makePost(trickyPost), { width: 70, color: false }, EVERY_CUT);
    const setups = result.headings.filter((heading) => heading.text === 'Setup');
    expect(setups.map((heading) => heading.id)).toEqual(['setup', ...Array.from({ length: 39 }, (_, i) => `setup-${i + 1}`)]);
    const toLast = result.links.find((link) => link.url === '#setup-39');
    expect(toLast).toMatchObject({ kind: 'anchor', target: 'setup-39', index: 1 });
    const lastSetup = result.headings.find((heading) => heading.id === 'setup-39')!;
    expect(stripAnsi(result.lines[lastSetup.line] ?? '')).toBe('## Setup');
    const references = result.links.filter((link) => link.text === 'a reference');
    expect(references).toHaveLength(40);
    for (const link of references) expect(link).toMatchObject({ kind: 'external', url: 'https://example.com/shared' });
    // Link indices run in reading order over all chunks and every span shows the link's text.
    result.links.forEach((link, index) => {
      expect(link.index).toBe(index);
      expect(textAtSpans(result, index)).toBe(link.text);
    });
  });

  it('shows only a pathological chunk as plain text, the rest stays formatted', () => {
    const emphasis = '_a'.repeat(3000);
    const markdown = `# Before\n\n${'Some *prose* here. '.repeat(100)}\n\n${emphasis}\n\n# After\n\n[a link](https://example.com/)\n`;
    const result = renderPost(makePost(markdown), { width: 60, color: false }, EVERY_CUT);
    const plainLine = result.lines.findIndex((line) => line.startsWith('_a_a'));
    expect(result.notice).toBe(`Shown as plain text in part, from line ${plainLine + 1}: a paragraph has too many emphasis markers.`);
    expect(result.headings.map((heading) => heading.text)).toEqual(['Before', 'After']);
    expect(result.links.map((link) => [link.text, link.kind])).toEqual([['a link', 'external']]);
    expect(textAtSpans(result, 0)).toBe('a link');
  });
});

describe('a 2 MB post', () => {
  // 500 copies of the seed: headings, Python, a table, lists and three links each.
  const copies = Math.floor((2 * 1024 * 1024 - 200) / (seed.length + 2));
  const body = `[Last section](#lessons-learned-${copies - 1})\n\n${Array.from({ length: copies }, () => seed).join('\n\n')}`;
  const perCopy = renderPost(makePost(seed), { width: 100, color: true });

  it('renders fully formatted: headings and Python highlighted to the last chunk, every link mapped', () => {
    expect(body.length).toBeGreaterThan(2_000_000);
    const result = renderPost(makePost(body), { width: 100, color: true });
    expect(result.notice).toBeUndefined();
    expect(result.headings).toHaveLength(copies * perCopy.headings.length);
    expect(new Set(result.headings.map((heading) => heading.id)).size).toBe(result.headings.length);
    const last = result.headings.at(-1)!;
    expect(last).toMatchObject({ text: 'Next Steps', id: `next-steps-${copies - 1}` });
    expect(result.lines[last.line]).toMatch(/^\u001b\[[0-9;]*m.*## Next Steps/);
    // highlight.js colours `def`/`import` (keyword, SGR 35) in the last copy's code too.
    const lastCode = result.lines.slice(result.headings.at(-3)!.line).join('\n');
    expect(lastCode).toContain('\u001b[35mimport\u001b[39m');
    expect(result.links).toHaveLength(copies * perCopy.links.length + 1);
    expect(result.links[0]).toMatchObject({ kind: 'anchor', target: `lessons-learned-${copies - 1}` });
    const lastLink = result.links.length - 1;
    expect(textAtSpans(result, lastLink)).toBe('MLflow');
    expect(widestLine(result.lines.slice(-3000))).toBeLessThanOrEqual(100);
  });
});

describe('progressive rendering on the worker (the built bundle)', () => {
  const body = Array.from({ length: 80 }, (_, n) => trickySection(n)).join('\n\n');

  it('sends a partial result first, whose lines, links and headings begin the full result', async () => {
    const post = makePost(body);
    const partials: RenderResult[] = [];
    let resolved = false;
    const job = renderInWorker(post, { width: 70, color: true }, { workerUrl: WORKER, onPartial: (partial) => partials.push(partial) });
    // The first part is rendered on this thread while the worker starts: it is there at once.
    expect(partials).toHaveLength(1);
    void job.result.then(() => (resolved = true));
    const full = await job.result;
    expect(resolved).toBe(true);
    expect(full.progress).toBeUndefined();
    expect(full).toEqual(renderPost(post, { width: 70, color: true }));
    for (const partial of partials) {
      expect(partial.progress).toBeGreaterThan(0);
      expect(partial.progress).toBeLessThan(1);
      expect(partial.lines).toEqual(full.lines.slice(0, partial.lines.length));
      expect(partial.headings).toEqual(full.headings.slice(0, partial.headings.length));
      expect(partial.links.map((link) => link.spans)).toEqual(full.links.slice(0, partial.links.length).map((link) => link.spans));
    }
    expect(partials[0]!.lines.length).toBeLessThan(full.lines.length / 10);
  });

  it('past the time limit keeps what was rendered and shows the rest as plain text', () => {
    const post = makePost(body);
    const assembly = new RenderAssembly(post, { width: 70, color: false }, 70);
    const chunks = renderChunks(body, 70, false, splitMarkdown(body, EVERY_CUT));
    const [first, second] = [chunks.next().value!, chunks.next().value!];
    assembly.add(first);
    assembly.add(second);
    const result = assembly.cutShort('rendering took longer than 5 s');
    const rendered = second.lines.length + first.lines.length;
    expect(result.notice).toBe(`Shown as plain text from line ${rendered + 2}: rendering took longer than 5 s.`);
    expect(result.lines.slice(0, rendered)).toEqual(renderPost(post, { width: 70, color: false }).lines.slice(0, rendered));
    expect(result.lines[rendered]).toBe('');
    // The rest is the Markdown source as written, to its last line.
    const rest = result.lines.slice(rendered + 1).join('\n');
    expect(rest).toContain('```python');
    expect(rest).toContain('- [MLflow](https://mlflow.org/) - Model lifecycle management');
    expect(result.links.every((link) => link.spans.every((span) => span.line < rendered))).toBe(true);
  });

  it('a worker stopped by the time limit mid-post still shows the whole post', async () => {
    // About 1.7 MB (just under the 2 MB limit): the worker alone takes ~300 ms to start and the
    // whole post well over a second to render, so a 400 ms limit always cuts it short.
    const post = makePost(`${Array.from({ length: 4 }, () => body).join('\n\n')}\n\nThe very last line.`);
    const result = await renderInWorker(post, { width: 70, color: false }, { workerUrl: WORKER, timeoutMs: 400 }).result;
    expect(result.notice).toMatch(/^Shown as plain text( from line \d+)?: rendering took longer than 400 ms\.$/);
    expect(result.lines.at(-1)).toBe('The very last line.');
  });
});

describe('the Post screen swapping a partial result for the full one', () => {
  const post = makePost(Array.from({ length: 20 }, (_, n) => trickySection(n)).join('\n\n'));
  const options = { width: 70, color: false };
  const full = renderPost(post, options);
  // What the worker's caller shows first (rendered on the main thread while the worker starts).
  const firstPart = renderFirstPart(post, options)!.partial;

  it('keeps the reader on the same line', () => {
    let state = reducePost(openPostState(post, 70, 20), { type: 'post/rendered', result: firstPart, width: 70 });
    state = reducePost(state, { type: 'post/scroll', by: 50 });
    expect(state.scroll).toBe(50);
    state = reducePost(state, { type: 'post/rendered', result: full, width: 70 });
    expect(state.scroll).toBe(50);
    expect(state.rendered?.lines.slice(50, 70)).toEqual(firstPart.lines.slice(50, 70));
  });

  it('notes the progress in the footer until the full result arrives', () => {
    const partialState = reducePost(openPostState(post, 70, 20), { type: 'post/rendered', result: firstPart, width: 70 });
    const footer = (state: typeof partialState) =>
      render(createElement(PostFooter, { state, mode: 'post', width: 100, color: false })).lastFrame() ?? '';
    expect(footer(partialState)).toContain(`rendering… ${Math.floor(firstPart.progress! * 100)}%`);
    expect(footer(reducePost(partialState, { type: 'post/rendered', result: full, width: 70 }))).not.toContain('rendering…');
  });

  it('opens at an anchor in the part still rendering once it arrives', () => {
    let state = reducePost(openPostState(post, 70, 20, 'setup-19'), { type: 'post/rendered', result: firstPart, width: 70 });
    expect(state.message).toBeNull();
    expect(state.scroll).toBe(0);
    state = reducePost(state, { type: 'post/rendered', result: full, width: 70 });
    expect(state.scroll).toBe(full.headings.find((heading) => heading.id === 'setup-19')!.line);
  });
});
