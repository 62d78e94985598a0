// Post bodies on white terminals (config `theme = "light"`), and the notice when the highlighting
// time budget leaves code plain.
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPost } from '../src/core/render/renderPost.js';
import { App } from '../src/tui/App.js';
import { loadRenderer } from '../src/tui/instantRendering.js';
import { KEYS, waitForFrame } from './tui-support/ink.js';
import { makePost as makeReaderPost } from './tui-support/posts.js';
import { makePost } from './render-support.js';

afterEach(cleanup);

// Every style that uses colour: an inline code span, math, a highlighted block with numbers,
// built-ins and attributes, a link, headings and a quote.
const COLOURFUL = [
  '# Title',
  '## Section',
  'Run `make all` with $x^2$ and see [the docs](https://example.com).',
  '> quoted',
  '```python\nprint(len([1, 2.5]))\n```',
  '```html\n<a href="/x" class="y">link</a>\n```',
  '```yaml\nkey: 42\nother: true\n```',
].join('\n\n');

/** Foreground codes cyan, yellow, white and bright white: barely readable on a white background. */
const DARK_ONLY = ['\u001b[33m', '\u001b[36m', '\u001b[37m', '\u001b[93m', '\u001b[96m', '\u001b[97m'];

const codesIn = (text: string): string[] => DARK_ONLY.filter((code) => text.includes(code));

describe('light palette', () => {
  it('renders post bodies and code without cyan, yellow or white; dark keeps them', () => {
    const post = makePost(COLOURFUL);
    const dark = renderPost(post, { width: 60, color: true }).lines.join('\n');
    const light = renderPost(post, { width: 60, color: true, palette: 'light' }).lines.join('\n');
    // The dark palette does use them: the light one replaced each.
    expect(codesIn(dark)).toEqual(['\u001b[33m', '\u001b[36m']);
    expect(codesIn(light)).toEqual([]);
    // Still coloured: code spans in red, math in blue.
    expect(light).toContain('\u001b[31mmake all\u001b[39m');
    expect(light).toMatch(/\u001b\[34m/);
  });

  it('"none" (no colour) renders no SGR code at all', () => {
    const plain = renderPost(makePost(COLOURFUL), { width: 60, color: false, palette: 'light' }).lines.join('\n');
    expect(plain).not.toMatch(/\u001b\[/);
  });

  it('reaches the post body in the reader', async () => {
    await loadRenderer();
    const post = makeReaderPost({ slug: 'code', title: 'Code', body: COLOURFUL });
    const app = render(
      <App
        loaded={{ posts: [post], warnings: [], blogName: 'Blog' }}
        size={{ columns: 80, rows: 30 }}
        color
        palette="light"
        performRequest={async () => ''}
      />,
    );
    await waitForFrame(app, (frame) => frame.includes('Blog'));
    app.stdin.write(KEYS.enter);
    await waitForFrame(app, (frame) => frame.includes('print('));
    const frame = app.lastFrame() ?? '';
    expect(frame).toContain('\u001b[31mmake all');
    expect(codesIn(frame)).toEqual([]);
  });
});

describe('highlighting budget notice', () => {
  it('says when the time budget left code plain', () => {
    // highlight.js's LiveScript grammar is quadratic on a run of one letter: 3,000 take well over 1 ms.
    const slow = `\`\`\`livescript\n${'a'.repeat(3000)}\n\`\`\``;
    const body = `${slow}\n\nText.\n\n\`\`\`python\nprint(1)\n\`\`\`\n`;
    const result = renderPost(makePost(body), { width: 60, color: true, highlightBudget: { totalMs: 1, maxBlockChars: 64 * 1024 } });
    expect(result.notice).toBe('highlighting stopped after 1 ms: the rest of the code is plain');
    expect(result.lines.some((line) => line.includes('print(1)') && !line.includes('\u001b['))).toBe(true);
  });

  it('says nothing when every block was highlighted, or only blocks without a language were left', () => {
    const body = '```python\nprint(1)\n```\n\n```\nplain\n```\n';
    expect(renderPost(makePost(body), { width: 60, color: true }).notice).toBeUndefined();
    const spent = renderPost(makePost(body), { width: 60, color: true, highlightBudget: { totalMs: 0, maxBlockChars: 100 } });
    expect(spent.notice).toBe('highlighting stopped after 0 ms: the rest of the code is plain');
    const untyped = renderPost(makePost('```\nplain\n```\n'), { width: 60, color: true, highlightBudget: { totalMs: 0, maxBlockChars: 100 } });
    expect(untyped.notice).toBeUndefined();
  });
});
