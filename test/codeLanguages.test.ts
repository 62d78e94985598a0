// Which highlight.js grammars a post needs, and rendering only once they are loaded: a post's
// code names its languages in fences, shortcodes, Liquid tags and HTML classes; a rendering that
// asks for a grammar not loaded is done again once it is, never left plain.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { codeLanguagesIn, loadCodeLanguages, renderIfLanguagesLoaded, renderWithLanguages } from '../src/core/render/codeLanguages.js';
import { highlightCode, languageOf } from '../src/core/render/highlight.js';

const ESC = '\u001b';

describe('codeLanguagesIn', () => {
  it('finds fence languages, in quotes and lists too, under the names highlight.js registers them', () => {
    const markdown = [
      '```py {linenos=true}',
      'x = 1',
      '```',
      '~~~ ruby',
      'puts 1',
      '~~~',
      '> ```sh',
      '> ls',
      '> ```',
      '- item',
      '',
      '    ```console',
      '    $ ls',
      '    ```',
      '```nosuchlang',
      '```',
    ].join('\n');
    expect([...codeLanguagesIn(markdown)].sort()).toEqual(['bash', 'python', 'ruby', 'shell']);
  });

  it('finds Hugo and Liquid highlight tags, code-toggle formats and HTML code block classes', () => {
    const markdown = [
      '{{< highlight go "linenos=table" >}}\nfunc main() {}\n{{< /highlight >}}',
      '{% highlight rust %}\nfn main() {}\n{% endhighlight %}',
      '{{< code-toggle >}}\nbaseURL = "x"\n{{< /code-toggle >}}',
      '<div class="language-kotlin highlighter-rouge"><pre><code>val x = 1</code></pre></div>',
      '<pre data-lang="lua"><code>print(1)</code></pre>',
      '<div class="highlight hl-ipython3"><pre>x</pre></div>',
    ].join('\n\n');
    expect([...codeLanguagesIn(markdown)].sort()).toEqual(['go', 'ini', 'json', 'kotlin', 'lua', 'python', 'rust', 'yaml']);
  });

  it('finds nothing in prose', () => {
    expect(codeLanguagesIn('Python and Go are languages; so is C.').size).toBe(0);
  });
});

describe('rendering with grammars loaded on demand', () => {
  // Each test uses a language no other test here loads.
  it('renders now only when the grammars are loaded; until then null, and they start loading', async () => {
    const markdown = '```haskell\nmain = putStrLn "hi"\n```';
    const render = (): string => highlightCode('main = putStrLn "hi"', 'haskell', true);
    expect(renderIfLanguagesLoaded(markdown, render)).toBeNull();
    await loadCodeLanguages(markdown);
    expect(renderIfLanguagesLoaded(markdown, render)).toContain(`${ESC}[32m"hi"${ESC}[39m`);
  });

  it('renders again with a grammar the scan did not find, once it is loaded', async () => {
    // The Markdown given names no language; the rendering asks for Erlang.
    const rendered = await renderWithLanguages('', () => highlightCode('-module(hello).', 'erlang', true));
    expect(rendered).toContain(ESC);
  });

  it('loads the grammars a grammar embeds: HTML brings CSS and JavaScript', async () => {
    const html = '<style>p { color: red }</style><script>const a = 1</script>';
    const rendered = await renderWithLanguages('```xml\n```', () => highlightCode(html, 'html', true));
    expect(rendered).toContain(`${ESC}[33mcolor${ESC}[39m`);
    expect(rendered).toContain(`${ESC}[35mconst${ESC}[39m`);
  });

  it('leaves unknown languages plain and knows highlight.js aliases and our own', () => {
    expect(languageOf('nosuchlang')).toBeUndefined();
    expect(languageOf('constructor')).toBeUndefined();
    expect(languageOf('YML')).toBe('yaml');
    expect(languageOf('go-html-template {file="x"}')).toBe('handlebars');
    expect(highlightCode('x := 1', 'nosuchlang', true)).toBe('x := 1');
  });
});

describe('the generated language table', () => {
  it('is what scripts/highlightLanguages.mjs makes from the installed highlight.js', async () => {
    const path = fileURLToPath(new URL('../src/core/render/highlightLanguages.ts', import.meta.url));
    const options = (await prettier.resolveConfig(path)) ?? {};
    // In a process of its own: the table describes highlight.js as freshly loaded, and this one's
    // registry already holds what the renderer registered.
    const script = "import('./scripts/highlightLanguages.mjs').then((table) => process.stdout.write(table.generateLanguageTable()))";
    const generated = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
    });
    const expected = await prettier.format(generated, { ...options, filepath: path });
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });
});
