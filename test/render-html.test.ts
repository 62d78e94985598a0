// Raw HTML through parse5, Jekyll Liquid and kramdown, Hugo shortcodes, link notes and emoji:
// what a reader sees and what the link map holds.
import { describe, expect, it } from 'vitest';
import { splitMarkdown } from '../src/core/render/chunks.js';
import { renderPost } from '../src/core/render/renderPost.js';
import type { RenderResult } from '../src/core/types.js';
import { makePost } from './render-support.js';

const EVERY_CUT = { first: 1, rest: 1 };
const SINGLE_PASS = { first: Infinity, rest: Infinity };

function render(markdown: string, width = 80, color = false): RenderResult {
  return renderPost(makePost(markdown), { width, color });
}
const text = (markdown: string, width = 80): string => render(markdown, width).lines.join('\n');

describe('block HTML', () => {
  it('runs to its closing tag across blank lines: no CSS, JavaScript or SVG, and chunks never cut inside it', () => {
    const markdown = [
      'Before.',
      '<div class="output">\n<style scoped>\n    .dataframe tbody tr th {\n        vertical-align: top;\n    }\n\n    .dataframe thead th {\n        text-align: right;\n    }\n</style>',
      '<p>Kept</p>\n\n<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>\n\n  <script>\n    const x = 1;\n\n    function f() {}\n  </script>\n</div>',
      'After.',
    ].join('\n\n');
    const { chunks } = splitMarkdown(markdown, EVERY_CUT);
    expect(chunks.map((chunk) => chunk.slice(0, 6))).toEqual(['Before', '<div c', 'After.']);
    const result = render(markdown);
    expect(result.lines.join('\n')).toBe('Before.\n\nKept\n\nAfter.');
    expect(result.links).toEqual([]);
    expect(renderPost(makePost(markdown), { width: 80, color: true }, EVERY_CUT)).toEqual(
      renderPost(makePost(markdown), { width: 80, color: true }, SINGLE_PASS),
    );
  });

  it('draws headings (in the outline, with their own id), lists, quotes, code, rules and definition lists as Markdown does', () => {
    const html =
      '<h2 id="Setup-step">Setup <em>step</em></h2>\n<ul><li>one</li><li>two<ol start="3"><li>three</li></ol></li></ul>\n<blockquote><p>Quoted</p></blockquote>\n<pre class="language-python"><code>x = 1\nif x:\n    y = 2</code></pre>\n<hr>\n\n[back](#Setup-step)';
    const markdown =
      '## Setup *step*\n\n- one\n- two\n  3. three\n\n> Quoted\n\n```python\nx = 1\nif x:\n    y = 2\n```\n\n---\n\n[back](#setup-step)';
    for (const color of [false, true]) {
      const fromHtml = render(html, 80, color);
      const fromMarkdown = render(markdown, 80, color);
      expect(fromHtml.lines).toEqual(fromMarkdown.lines);
      expect(fromHtml.headings).toEqual([{ level: 2, text: 'Setup step', id: 'Setup-step', line: 0 }]);
      expect(fromHtml.links[0]).toMatchObject({ kind: 'anchor', target: 'Setup-step' });
    }
    expect(text('<dl><dt>Term</dt><dd>Meaning</dd></dl>')).toBe('**Term**\n\n  Meaning');
  });

  it('draws a table like a Markdown table: header, colspan cells, alignment from the header row', () => {
    const table =
      '<table><thead><tr style="text-align: right;"><th></th><th>a</th><th>b</th></tr></thead><tbody><tr><th>0</th><td colspan="2">wide</td></tr><tr><th>1</th><td>1.5</td><td>x</td></tr></tbody></table>';
    expect(text(table)).toBe(
      [
        '┌─────┬──────┬─────┐',
        '│     │    a │   b │',
        '├─────┼──────┼─────┤',
        '│   0 │ wide │     │',
        '│   1 │  1.5 │   x │',
        '└─────┴──────┴─────┘',
      ].join('\n'),
    );
  });

  it('renders markdown="1" content as Markdown and hides kramdown attribute lists and options', () => {
    expect(
      text(
        '{::options parse_block_html="true" /}\n\n<div markdown="1">\n\n**bold** and [a link](https://a.example)\n\n</div>\n{: .note}\n\nText{: .x}',
      ),
    ).toBe('**bold** and a link\n\nText');
  });

  it('shows details as a ▸ summary line, then the content, Markdown after a blank line (not under markdown="0")', () => {
    expect(
      text('<details>\n<summary>More <b>info</b></summary>\n\nHidden **text** and <a href="https://a.example">a link</a>.\n\n- item\n\n</details>'),
    ).toBe('▸ More **info**\n\nHidden **text** and a link.\n\n  * item');
    expect(text('<div markdown="0">\n<img src="a.png">\n\n    Kept **as** written.\n</div>')).toBe('[image: a.png] Kept **as** written.');
  });
});

describe('inline HTML', () => {
  it('makes <a href> a link like a Markdown one, with Markdown inside', () => {
    const result = renderPost(makePost('See <a href="https://example.com/guide" title="t">the **guide**</a> now.'), { width: 80, color: true });
    expect(result.links).toMatchObject([
      { kind: 'external', text: 'the guide', target: 'https://example.com/guide', spans: [{ line: 0, start: 4, end: 13 }] },
    ]);
    // Bold inside the link, and an OSC 8 hyperlink around it, as for [the **guide**](…).
    expect(result.lines[0]).toContain('\u001b]8;;https://example.com/guide\u001b\\');
    expect(result.lines[0]).toContain('\u001b[1mguide\u001b[22m');
  });

  it('writes superscript and subscript in Unicode where it exists, else with ^ and _', () => {
    expect(text('x<sup>2</sup>, H<sub>2</sub>O, cliff<sup>[1](#fn1)</sup>, e<sup>x+y</sup>, a<sup>note here</sup>')).toBe(
      'x², H₂O, cliff¹, e^(x+y), a^(note here)',
    );
  });

  it('styles kbd and mark, breaks lines at <br>, hides comments, scripts and inline SVG', () => {
    const result = render(
      'Press <kbd>Ctrl</kbd><br>\nthen <mark>this</mark><!-- no --><script>alert(1)</script><svg xmlns="http://www.w3.org/2000/svg"></svg>.',
      80,
      true,
    );
    expect(result.lines).toEqual(['Press \u001b[33mCtrl\u001b[39m', 'then \u001b[1mthis\u001b[22m.']);
    expect(result.links).toEqual([]);
  });
});

describe('images and embeds', () => {
  it('labels every image [image: ALT] (else title, else file name) and lists it as an image', () => {
    const result = renderPost(
      makePost(
        '![A cat](cat.png) <img src="/img/dog.jpg" title="Dog"> <img data-src="https://cdn.example/x/bird%20one.png">\n\n![](data:image/png;base64,AAAA) ![](../../../etc/passwd.png)',
        {
          path: 'posts/2024/pets.md',
        },
      ),
      { width: 100, color: false },
    );
    expect(result.lines[0]).toBe('[image: A cat] [image: Dog] [image: bird one.png]');
    expect(result.links.map(({ kind, text, target, file, reason }) => ({ kind, text, target, file, reason }))).toEqual([
      { kind: 'image', text: '[image: A cat]', file: 'posts/2024/cat.png', target: undefined, reason: undefined },
      { kind: 'image', text: '[image: Dog]', file: 'img/dog.jpg', target: undefined, reason: undefined },
      { kind: 'image', text: '[image: bird one.png]', target: 'https://cdn.example/x/bird%20one.png', file: undefined, reason: undefined },
      { kind: 'image', text: '[image]', reason: 'an image inside the page cannot be opened', target: undefined, file: undefined },
      {
        kind: 'image',
        text: '[image: passwd.png]',
        reason: '../../../etc/passwd.png is outside the content folder',
        target: undefined,
        file: undefined,
      },
    ]);
  });

  it('shows iframes, videos and audio as [video: title or host] linking to their source', () => {
    const result = render(
      '<iframe src="https://www.youtube.com/embed/abc" frameborder="0" allowfullscreen></iframe>\n\n<video controls><source src="https://media.example.org/a.mp4"></video>\n\n<iframe src="https://player.vimeo.com/video/1" title="A talk"></iframe>',
    );
    expect(result.lines.join('\n')).toBe('[video: youtube.com]\n\n[video: media.example.org]\n\n[video: A talk]');
    expect(result.links.map((link) => link.target)).toEqual([
      'https://www.youtube.com/embed/abc',
      'https://media.example.org/a.mp4',
      'https://player.vimeo.com/video/1',
    ]);
  });
});

describe('Jekyll Liquid', () => {
  it('turns highlight into code (its comments are no headings), drops raw and comments, mutes other tags', () => {
    const result = render(
      '{% highlight py linenos %}\n# a comment\nx = 1\n{% endhighlight %}\n\n{% comment %}\n# hidden\n{% endcomment %}\n\n```liquid\n{% raw %}\n{{ page.title }} {% if x %}\n{% endraw %}\n```\n\n{% include footer.html %} {% assign x = 1 %}\n\n![c]({{ site.baseurl }}/img/c.png) [d]({{ "/d/" | relative_url }})',
    );
    expect(result.headings).toEqual([]);
    expect(result.lines.join('\n')).toBe(
      '    # a comment\n    x = 1\n\n    {{ page.title }} {% if x %}\n\n[include: footer.html] [assign]\n\n[image: c] d',
    );
    expect(result.links.map((link) => link.url)).toEqual(['/img/c.png', '/d/']);
  });
});

describe('Hugo shortcodes', () => {
  it('prints escaped shortcodes as Hugo does, in prose and in code', () => {
    expect(text('Write {{</* figure src="a.png" */>}} or {{%/* note */%}}.\n\n```\n{{</* youtube abc */>}}\n```\n\n`{{</* x */>}}`')).toBe(
      'Write {{< figure src="a.png" >}} or {{% note %}}.\n\n    {{< youtube abc >}}\n\n`{{< x >}}`',
    );
  });

  it('labels code-toggle code with its file and format, keeps new-in versions and details summaries', () => {
    expect(
      text(
        '{{< code-toggle file=hugo >}}\n[params]\n  a = 1\n\n  b = 2\n{{< /code-toggle >}}\n\n{{< new-in 0.148.0 />}}\n\n{{< details summary="Why" >}}\nBecause.\n{{< /details >}}',
      ),
    ).toBe('[hugo.toml]\n\n    [params]\n      a = 1\n    \n      b = 2\n\n_New in v0.148.0_\n\n▸ Why\n\nBecause.');
  });

  it('links embeds to the pages they show', () => {
    const result = render(
      '{{< youtube id="dQw4w9WgXcQ" >}} {{< vimeo 1 >}} {{< gist u 9 >}} {{< x user="a" id="2" >}} {{< tweet user="b" id="3" >}} {{< instagram Cx1 >}}',
    );
    expect(result.links.map((link) => link.target)).toEqual([
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://vimeo.com/1',
      'https://gist.github.com/u/9',
      'https://x.com/a/status/2',
      'https://x.com/b/status/3',
      'https://www.instagram.com/p/Cx1/',
    ]);
  });
});

describe('link notes and emoji', () => {
  it('notes a link whose text names another host, but not code, the URL itself, fragments or blog paths', () => {
    const lines = text(
      '[bank.com](https://evil.example/) [`config.toml`](https://other.example/) [https://a.example/x](https://a.example/x) [a.example](#a-example) [b.example](/b.example/)',
      200,
    );
    expect(lines).toBe('bank.com (→ https://evil.example/) `config.toml` https://a.example/x a.example b.example');
  });

  it('turns :name: shortcodes into emoji in prose only', () => {
    expect(text('Ship it :rocket: :not_an_emoji: `:tada:` [x](https://e.example/:tada:)')).toBe('Ship it 🚀 :not_an_emoji: `:tada:` x');
  });
});
