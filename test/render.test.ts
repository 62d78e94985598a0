import { readFileSync } from 'node:fs';
import stripAnsi from 'strip-ansi';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPost } from '../src/core/render/renderPost.js';
import { foreignControls, linkTargets, makePost, textAtSpans, widestLine } from './render-support.js';

const seed = readFileSync(new URL('../content/posts/building-scalable-ml-pipelines.md', import.meta.url), 'utf8').replace(/^---[\s\S]*?---\n/, '');
const plain = (markdown: string, width = 60) => renderPost(makePost(markdown), { width, color: false });
const colored = (markdown: string, width = 60) => renderPost(makePost(markdown), { width, color: true });
const visible = (lines: readonly string[]) => stripAnsi(lines.join('\n'));

afterEach(() => vi.restoreAllMocks());

describe('renderPost on the seed post', () => {
  for (const width of [40, 60, 100]) {
    for (const color of [false, true]) {
      it(`fits ${width} columns (color ${color}) and maps its three links exactly`, () => {
        const result = renderPost(makePost(seed), { width, color });
        expect(widestLine(result.lines)).toBeLessThanOrEqual(width);
        expect(result.links.map((link) => link.text)).toEqual(['MLOps Community', 'Kubeflow', 'MLflow']);
        result.links.forEach((link, index) => {
          expect(link.kind).toBe('external');
          expect(textAtSpans(result, index)).toBe(link.text);
        });
      });
    }
  }

  it('colours Python keywords, hides <!--more-->, draws lists, the table and headings', () => {
    const result = colored(seed, 80);
    const importLine = result.lines.find((line) => stripAnsi(line).includes('import pandas as pd'));
    expect(importLine).toMatch(/\u001b\[35mimport\u001b\[39m/);
    const text = visible(result.lines);
    expect(text).not.toContain('<!--');
    expect(text).not.toContain('**');
    expect(text).toContain('  1. Data Volume: Processing terabytes');
    expect(text).toMatch(/│ Containerization +│ Docker +│ Consistent environments +│/);
    expect(result.headings[0]).toMatchObject({ level: 2, text: 'The Challenge of Scale', id: 'the-challenge-of-scale' });
    for (const heading of result.headings) expect(stripAnsi(result.lines[heading.line] ?? '')).toContain(heading.text);
  });

  it('writes no escape byte without colour', () => {
    expect(plain(seed).lines.join('\n')).not.toContain('\u001b');
  });
});

describe('links', () => {
  it('gives exact spans for a link wrapped over several lines', () => {
    const text = 'a link whose text is long enough to wrap over lines';
    const result = colored(`Some words before [${text}](https://example.com/long) and after.`, 24);
    expect(result.links[0]?.spans.length).toBeGreaterThan(1);
    expect(textAtSpans(result, 0)).toBe(text);
    expect(widestLine(result.lines)).toBeLessThanOrEqual(24);
  });

  it('emits OSC 8 only for http(s)/mailto and only with colour', () => {
    const markdown = '[web](https://example.com/) [mail](mailto:a@example.com) [bad](javascript:alert(1)) [file](file:///etc/passwd)';
    const withColor = colored(markdown).lines.join('\n');
    expect(withColor).toContain('\u001b]8;;https://example.com/\u001b\\');
    expect(withColor).toContain('\u001b]8;;mailto:a@example.com\u001b\\');
    expect(withColor.match(/\u001b\]8;;[^\u001b]/g)).toHaveLength(2);
    expect(plain(markdown).lines.join('\n')).not.toContain('\u001b');
    expect(plain(markdown).links.map((link) => link.kind)).toEqual(['external', 'external', 'refused', 'refused']);
  });

  it('shows the real URL when the text is a URL of another host', () => {
    const result = plain('[paypal.com](https://evil.example/) and [example.com](https://www.example.com/x)');
    expect(visible(result.lines)).toContain('paypal.com (→ https://evil.example/)');
    expect(visible(result.lines)).not.toContain('example.com (→');
  });

  it('resolves anchors, other posts and refuses unknown paths, in reading order', () => {
    const other = makePost('## Setup', { slug: 'other', path: 'posts/other.md' });
    const self = makePost('# Intro\n\n[a](#intro) [b](other.md) [c](/posts/other/) [d](../other/) [e](missing.md) [f](#nowhere)');
    const { links } = renderPost(self, { width: 60, color: false, linkTargets: linkTargets([self, other]) });
    expect(links.map((link) => [link.kind, link.target ?? link.reason])).toEqual([
      ['anchor', 'intro'],
      ['internal', 'posts/other'],
      ['internal', 'posts/other'],
      ['internal', 'posts/other'],
      ['refused', 'no post at missing.md'],
      ['refused', 'no heading "#nowhere" in this post'],
    ]);
  });

  it('renders images as [image: alt] and lists the image URL as a link', () => {
    const result = plain('![A chart](/img/chart.png) [![logo](logo.png)](https://example.com/)');
    expect(visible(result.lines)).toContain('[image: A chart]');
    expect(result.links.map((link) => [link.text, link.url])).toEqual([
      ['[image: A chart]', '/img/chart.png'],
      ['[image: logo]', 'https://example.com/'],
      ['[image: logo]', 'logo.png'],
    ]);
    result.links.forEach((link, index) => expect(textAtSpans(result, index)).toBe(link.text));
  });
});

describe('code blocks', () => {
  const spyOnOutput = () => [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'log'), vi.spyOn(process.stderr, 'write')];

  it('leaves code without a language or with an unknown one plain, and logs nothing', () => {
    const spies = spyOnOutput();
    for (const fence of ['```', '```klingon']) {
      const lines = colored(`${fence}\nimport os\nif x: pass\n\`\`\``).lines;
      expect(lines.join('\n')).not.toContain('\u001b');
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('takes the language from the first word of the info string, with aliases', () => {
    expect(colored('```py {linenos=true}\ndef f(): pass\n```').lines.join('')).toContain('\u001b[35mdef\u001b[39m');
    expect(colored('```sh\nif true; then echo; fi\n```').lines.join('')).toContain('\u001b[35mif\u001b[39m');
    expect(colored('```go-html-template {file="x"}\n<div>{{ .Title }}</div>\n```').lines.join('')).toContain('\u001b[');
  });

  it('does not highlight blocks over 64 KB', () => {
    const big = 'def f(): pass\n'.repeat(5000);
    expect(colored(`\`\`\`python\n${big}\`\`\``).lines.join('\n')).not.toContain('\u001b');
  });

  it('renders an unclosed fence to the end and wraps long code lines inside the width', () => {
    const result = plain(`Intro\n\n\`\`\`js\nconst x = "${'y'.repeat(150)}";\nlast line`, 40);
    expect(widestLine(result.lines)).toBeLessThanOrEqual(40);
    expect(visible(result.lines)).toContain('last line');
    // Each continuation of the wrapped line starts with ↪, so it cannot pass for a new line.
    expect(visible(result.lines).replace(/\s|↪/g, '')).toContain(`constx="${'y'.repeat(150)}";`);
    const codeLines = result.lines.filter((line) => line.includes('y'));
    expect(codeLines.slice(1).every((line) => line.trimStart().startsWith('↪ '))).toBe(true);
  });
});

describe('tables', () => {
  it('fits 14 columns in 60 columns', () => {
    const header = `|${Array.from({ length: 14 }, (_, i) => ` Column ${i} `).join('|')}|`;
    const rule = `|${'---|'.repeat(14)}`;
    const row = `|${Array.from({ length: 14 }, (_, i) => ` value number ${i} `).join('|')}|`;
    const result = colored(`${header}\n${rule}\n${row}`, 60);
    expect(widestLine(result.lines)).toBeLessThanOrEqual(60);
    expect(visible(result.lines)).toContain('value number 13');
  });

  it('wraps cells and keeps borders aligned', () => {
    const result = plain(`| name | description |\n|---|---|\n| a | ${'word '.repeat(30)}|`, 40);
    const tableLines = result.lines.filter((line) => line.startsWith('│'));
    expect(tableLines.length).toBeGreaterThan(3);
    for (const line of result.lines) expect(line.length).toBe(result.lines[0]?.length);
  });
});

describe('HTML, entities and shortcodes', () => {
  it('hides comments, drops script/style, reduces HTML blocks to text and decodes entities', () => {
    const text = visible(
      plain(
        'Before <!-- hidden --> after\n\n<!--more-->\n\n<div class="x"><p>Inside &amp; out</p><script>alert(1)</script><style>p{}</style></div>\n\n<iframe src="https://x"></iframe>\n\nTom &amp; Jerry &copy; &#x41;',
      ).lines,
    );
    expect(text).toContain('Before  after');
    expect(text).toContain('Inside & out');
    expect(text).toContain('Tom & Jerry © A');
    expect(text).not.toMatch(/<|hidden|alert|p\{\}|&amp;/);
  });

  it('rewrites Hugo shortcodes outside code and leaves code alone', () => {
    const other = makePost('', { slug: 'other', path: 'posts/other.md' });
    const markdown = [
      'See [the other]({{< ref "other.md" >}}) and [again]({{< relref "/posts/other" >}}).',
      '{{< figure src="/img/a.png" alt="A diagram" caption="Figure 1" >}}',
      '{{< youtube abc123 >}}',
      '{{% notice info %}}Keep this text{{% /notice %}}',
      '{{< highlight python "linenos=table" >}}\ndef f(): pass\n{{< /highlight >}}',
      '`{{< inline >}}`',
      '```\n{{< in-fence >}}\n```',
    ].join('\n\n');
    const result = renderPost(makePost(markdown), { width: 80, color: false, linkTargets: linkTargets([other]) });
    const text = visible(result.lines);
    expect(text).not.toMatch(/\{\{[<%] *(?:ref|relref|figure|youtube|notice|highlight)/);
    expect(text).toContain('[image: A diagram]');
    expect(text).toContain('Figure 1');
    expect(text).toContain('[video: youtube.com]');
    expect(text).toContain('[notice]Keep this text');
    expect(text).toContain('    def f(): pass');
    expect(text).toContain('{{< inline >}}');
    expect(text).toContain('{{< in-fence >}}');
    expect(result.links.slice(0, 2).map((link) => [link.kind, link.target])).toEqual([
      ['internal', 'posts/other'],
      ['internal', 'posts/other'],
    ]);
  });
});

describe('sanitizing', () => {
  const evil = '\u001b]0;pwned\u0007\u001b]52;c;ZXZpbA==\u0007\u001b[2J\u009b31m\u0000\u202e';
  const entities = '&#27;]0;x&#7; &#x1b;[2J &#155;1m &#x202e; &rlm;';
  const hostile = [
    `# Heading ${evil} ${entities}`,
    `Some *emphasis ${evil}* and **${entities}**`,
    `[link ${evil}](https://example.com/${evil}) [x ${entities}](https://e.com/?a=${entities})`,
    `![alt ${evil} ${entities}](img${evil}.png)`,
    `\`code ${evil}\``,
    `\`\`\`python\nprint("${evil}")\n\`\`\``,
    `| h ${evil} | h2 |\n|---|---|\n| ${entities} | c |`,
    `<div>html ${evil} ${entities}</div>`,
    `> quote ${evil}\n> - item ${entities}`,
  ].join('\n\n');

  for (const color of [false, true]) {
    it(`leaves only SGR and our OSC 8 in the output (color ${color})`, () => {
      const result = renderPost(makePost(hostile), { width: 60, color });
      expect(foreignControls(result.lines.join('\n'))).toEqual([]);
      for (const link of result.links) expect(foreignControls(link.text + link.url + (link.reason ?? ''))).toEqual([]);
      for (const heading of result.headings) expect(foreignControls(heading.text + heading.id)).toEqual([]);
      expect(visible(result.lines)).toContain('Heading ]0;pwned');
    });
  }

  it('the scanner itself catches what it must', () => {
    expect(foreignControls('ok \u001b[1mbold\u001b[22m \u001b]8;;https://a/\u001b\\x\u001b]8;;\u001b\\')).toEqual([]);
    expect(foreignControls('\u001b]0;x\u0007')).toHaveLength(2);
    expect(foreignControls('\u009b2J')).toHaveLength(1);
    expect(foreignControls('a\u202eb')).toHaveLength(1);
    expect(foreignControls('\u001b]8;;javascript:x\u001b\\')).not.toEqual([]);
  });
});

describe('robustness', () => {
  const cases: [string, string][] = [
    ['3,000 nested quotes', `${'>'.repeat(3000)} deep`],
    ['3,000 nested list markers', `${'- '.repeat(3000)}deep`],
    ['3,000 indented list levels', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`).join('\n')],
    ['a 5 MB post', 'A paragraph with *emphasis* and [a link](https://example.com/).\n\n'.repeat(80_000)],
    ['a 20,000-character line', `${'word '.repeat(4000)}`],
    ['_a repeated 40,000 times', '_a'.repeat(40_000)],
  ];
  for (const [name, markdown] of cases) {
    it(`survives ${name} quickly and within the width`, () => {
      const started = performance.now();
      const result = plain(markdown, 40);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(result.lines.length).toBeGreaterThan(0);
      expect(widestLine(result.lines.slice(0, 2000))).toBeLessThanOrEqual(40);
      if (result.notice) expect(result.notice).toMatch(/^Shown as plain text: .+\.$/);
    });
  }

  it('falls back to plain text with a notice for deep nesting', () => {
    const result = plain(`${'>'.repeat(3000)} deep`);
    expect(result.notice).toContain('nests more than');
    expect(visible(result.lines)).toContain('deep');
  });

  // marked copies a paragraph once per link in it: 8,190 links in one 200 KB paragraph took ~4.6 s.
  it('shows a huge paragraph of links as plain text at once, but renders the same links split into paragraphs', () => {
    const links = (count: number) => '[a](https://example.com/) '.repeat(count);
    const started = performance.now();
    const onePara = plain(links(8190));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(onePara.notice).toBe('Shown as plain text: a paragraph has too many links, code spans or tags.');
    expect(onePara.lines[0]).toMatch(/^\[a\]\(https:\/\/example\.com\/\) \[a\]/);
    expect(onePara.links).toEqual([]);

    const split = plain(Array.from({ length: 82 }, () => links(100)).join('\n\n'));
    expect(split.notice).toBeUndefined();
    expect(split.links).toHaveLength(8200);
    // The 63 KB paragraph of the hostile blog is slow but renders (off the main thread).
    expect(plain(links(2470)).links).toHaveLength(2470);
  });
});
