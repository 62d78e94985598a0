// Math, footnotes, alerts, quotes, lists and code lines as the renderer draws them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../src/core/render/ansi.js';
import { splitMarkdown } from '../src/core/render/chunks.js';
import { renderPost } from '../src/core/render/renderPost.js';
import type { RenderOptions } from '../src/core/types.js';
import { makePost, widestLine } from './render-support.js';

function render(markdown: string, options: Partial<RenderOptions> = {}): ReturnType<typeof renderPost> {
  return renderPost(makePost(markdown), { width: 80, color: false, ...options });
}
const text = (markdown: string, options: Partial<RenderOptions> = {}): string => render(markdown, options).lines.join('\n');
const collapsed = (value: string): string => value.replace(/\s+/g, ' ').trim();

// Formula text: printable ASCII (LaTeX is written in it) and a few Unicode letters. Not `$`
// (it would close the formula) nor a backtick; `{{` is a Hugo shortcode, which Hugo itself
// expands before any math renderer sees the page.
const formulaChar = fc.constantFrom(...'abcxyzABCXYZ0123456789 \\{}[]()^_=+-*/<>|&,.;:!?\'"~#%@αβ∑'.split(''));
const formula = fc
  .array(formulaChar, { minLength: 1, maxLength: 60 })
  .map((chars) => chars.join(''))
  .filter((value) => !value.includes('{{'));

describe('math', () => {
  it('prints any inline $…$ formula unchanged with --math=source', () => {
    const inline = formula.filter((value) => /^\S/.test(value) && /\S$/.test(value) && !value.endsWith('\\'));
    fc.assert(
      fc.property(inline, (tex) => {
        const shown = text(`Before $${tex}$ after.`, { math: 'source', width: 1000 });
        expect(collapsed(shown)).toBe(collapsed(`Before $${tex}$ after.`));
      }),
      { numRuns: 300 },
    );
  });

  it('prints any $$…$$ display formula unchanged with --math=source, line by line', () => {
    const lines = fc.array(formula, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('\n'));
    const display = lines.filter((value) => value.trim() !== '' && !value.includes('$'));
    fc.assert(
      fc.property(display, (tex) => {
        const shown = text(`Intro.\n\n$$\n${tex}\n$$\n\nOutro.`, { math: 'source', width: 1000 });
        expect(collapsed(shown)).toBe(collapsed(`Intro. $$ ${tex} $$ Outro.`));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps what Markdown would change: backslashes, braces, underscores next to emphasis', () => {
    const source = String.raw`Let $\mathbf{x}_n) * f_{n - 1}$ and $\{a\}\,\\ b$ be *given*.`;
    expect(text(source, { math: 'source' })).toBe(String.raw`Let $\mathbf{x}_n) * f_{n - 1}$ and $\{a\}\,\\ b$ be _given_.`);
    expect(text(source)).toBe(
      'Let 𝐱ₙ) * fₙ₋₁ and {a} \\\\ b be _given_.'.replace(' \\\\ b', String.raw`\,\\ b`).replace('{a}\\,\\\\ b', String.raw`$\{a\}\,\\ b$`),
    );
  });

  it('reads prices as text (pandoc: no space inside the dollars, no digit after the closing one)', () => {
    expect(text('It costs $5 and $10, or between $5-$10.')).toBe('It costs $5 and $10, or between $5-$10.');
    expect(text('The set $A$ has 2 elements.')).toBe('The set A has 2 elements.');
  });

  it('leaves math inside code as code', () => {
    expect(text('Run `echo $HOME $x^2$`.')).toBe('Run `echo $HOME $x^2$`.');
    expect(text('```\nprice = "$x^2$"\n```')).toBe('    price = "$x^2$"');
  });

  it('keeps display blocks whole: a lone = line is no heading, a - line no bullet, blank lines stay inside', () => {
    const source = 'Text before\n$$\n\\begin{pmatrix} a \\\\ b \\end{pmatrix}\n=\n- \\frac{1}{12}\\pi^2\n\n\\text{end}\n$$\n\nAfter.';
    const shown = render(source, { math: 'source' });
    expect(shown.headings).toEqual([]);
    expect(shown.lines).toEqual([
      'Text before',
      '',
      '    $$',
      '    \\begin{pmatrix} a \\\\ b \\end{pmatrix}',
      '    =',
      '    - \\frac{1}{12}\\pi^2',
      '',
      '    \\text{end}',
      '    $$',
      '',
      'After.',
    ]);
  });

  it('never cuts a chunk inside display math or an environment', () => {
    const formula = '$$\na\n\nb\n\nc\n$$';
    const environment = '\\begin{align}\nx &= 1 \\\\\n\ny &= 2\n\\end{align}';
    const markdown = Array.from({ length: 20 }, (_, i) => `Paragraph ${i}.\n\n${i % 2 ? formula : environment}`).join('\n\n');
    const { chunks } = splitMarkdown(markdown, { first: 1, rest: 1 });
    expect(chunks.length).toBeGreaterThan(20);
    for (const chunk of chunks) {
      expect((chunk.match(/\$\$/g) ?? []).length % 2).toBe(0);
      expect((chunk.match(/\\begin/g) ?? []).length).toBe((chunk.match(/\\end/g) ?? []).length);
    }
    const post = makePost(markdown);
    expect(renderPost(post, { width: 60, color: true }, { first: 1, rest: 1 })).toEqual(renderPost(post, { width: 60, color: true }));
  });

  it('styles math in colour: display lines indented, inline math cyan', () => {
    const shown = render('Inline $x^2$ here.\n\n$$\\alpha + \\beta$$', { color: true });
    expect(shown.lines[0]).toContain('\u001b[36mx²\u001b[39m');
    expect(visibleText(shown.lines[2] ?? '')).toBe('    α + β');
  });
});

describe('footnotes', () => {
  const source =
    'First claim.[^a] Second claim.[^2]\n\n## Later\n\nAgain.[^a]\n\n[^a]: Note A.\n[^2]: Note two,\n    on two lines.\n\nText [^missing] stays.';

  it('numbers references in reading order, links them to a Notes section with back-references', () => {
    const shown = render(source);
    expect(shown.lines).toEqual([
      'First claim.[1] Second claim.[2]',
      '',
      '## Later',
      '',
      'Again.[1]',
      '',
      'Text [^missing] stays.',
      '',
      '## Notes',
      '',
      '[1] Note A. ↩',
      '',
      '[2] Note two, on two lines. ↩',
    ]);
    const links = shown.links.map(({ text, url, kind, target }) => ({ text, url, kind, target }));
    expect(links).toEqual([
      { text: '[1]', url: '#fn:a', kind: 'anchor', target: 'fn:a' },
      { text: '[2]', url: '#fn:2', kind: 'anchor', target: 'fn:2' },
      { text: '[1]', url: '#fn:a', kind: 'anchor', target: 'fn:a' },
      { text: '↩', url: '#fnref:a', kind: 'anchor', target: 'fnref:a' },
      { text: '↩', url: '#fnref:2', kind: 'anchor', target: 'fnref:2' },
    ]);
    const line = (id: string): number | undefined => shown.headings.find((heading) => heading.id === id)?.line;
    expect([line('fnref:a'), line('fn:a'), line('fn:2')]).toEqual([0, 10, 12]);
  });

  it('collects notes defined in a later chunk than their reference', () => {
    const post = makePost(`Claim.[^x]\n\n${'Filler paragraph.\n\n'.repeat(50)}[^x]: The note.`);
    const chunked = renderPost(post, { width: 60, color: false }, { first: 10, rest: 10 });
    expect(chunked).toEqual(renderPost(post, { width: 60, color: false }));
    expect(chunked.lines.slice(-3)).toEqual(['## Notes', '', '[1] The note. ↩']);
  });
});

describe('alerts and quotes', () => {
  it('draws a titled callout with a bar on every line, wrapped lines included', () => {
    const shown = render('> [!WARNING]\n> Changing this affects **every** page of the site, so read the whole section first.', { width: 40 });
    expect(shown.lines).toEqual(['│ WARNING', '│ Changing this affects **every** page', '│ of the site, so read the whole section', '│ first.']);
    const coloured = render('> [!TIP]\n> Short.', { color: true });
    expect(coloured.lines.map(visibleText)).toEqual(['│ Tip', '│ Short.']);
    expect(coloured.lines[0]).toMatch(/^\u001b\[32m│/);
  });

  it('puts the bar on every line of a quote, nested quotes and blank lines included, in colour too', () => {
    const source = '> A quote long enough to wrap at thirty columns.\n>\n> > Nested and also long enough to wrap.';
    for (const color of [false, true]) {
      const lines = render(source, { width: 30, color }).lines.map(visibleText);
      expect(lines).toEqual(['│ A quote long enough to wrap', '│ at thirty columns.', '│', '│ │ Nested and also long', '│ │ enough to wrap.']);
    }
  });
});

describe('lists', () => {
  it('starts ordered lists at their start and counts only their own items', () => {
    expect(text('3. three\n   - a\n   - b\n4. four\n\nText.\n\n7. seven\n8. eight')).toBe(
      ['  3. three', '       * a', '       * b', '  4. four', '', 'Text.', '', '  7. seven', '  8. eight'].join('\n'),
    );
  });

  it('shows task boxes and definition lists', () => {
    expect(text('- [ ] open\n- [x] done')).toBe('  * ☐ open\n  * ☑ done');
    expect(text('Term\n: First definition.\n: Second one.')).toBe('**Term**\n    First definition.\n    Second one.');
  });

  it('never reads the line opening display math as a definition term', () => {
    expect(collapsed(text('Intro.\n\n$$\n: a\n$$\n\nOutro.', { math: 'source', width: 1000 }))).toBe('Intro. $$ : a $$ Outro.');
    expect(text('\\[\n: a\n\\]')).not.toContain('**');
  });
});

describe('code lines', () => {
  const code = '```\nshort\nresult = compute(alpha, beta, gamma, delta, epsilon, zeta, eta, theta)\n```';

  it('starts each continuation of a wrapped code line with ↪', () => {
    expect(render(code, { width: 40 }).lines).toEqual([
      '    short',
      '    result = compute(alpha, beta, gamma,',
      '    ↪ delta, epsilon, zeta, eta, theta)',
    ]);
  });

  it('cuts code lines at the width when wrapping is off, and scrolls them sideways', () => {
    const cut = render(code, { width: 40, codeWrap: false });
    expect(cut.lines).toEqual(['    short', '    result = compute(alpha, beta, gamma›']);
    const scrolled = render(code, { width: 40, codeWrap: false, codeScroll: 16 });
    expect(scrolled.lines).toEqual(['    ‹', '    ‹alpha, beta, gamma, delta, epsilon›']);
    expect(widestLine(render(code, { width: 40, codeWrap: false, codeScroll: 8, color: true }).lines)).toBeLessThanOrEqual(40);
  });
});
