// Before a post renders, the highlight.js grammars its code blocks name are loaded (highlight.ts
// loads each on demand). The names are found where the renderer takes a block's language from:
// fence info strings (in quotes and lists too), Hugo `highlight` shortcodes and `code-toggle`
// (JSON, TOML or YAML), Liquid `{% highlight %}`, and the classes of HTML code blocks. Finding a
// name that names no block costs one small grammar, nothing else; a name missed here is caught
// by renderWithLanguages, which renders again once the missed grammar is loaded.
import { languageOf, languagesLoaded, loadLanguages, takeMissedLanguages } from './highlight.js';

const NAMED_LANGUAGE = new RegExp(
  [
    /^[ \t>*+\-\d.)]*(?:`{3,}|~{3,})[ \t]*\{?[ \t]*\.?([^\s`{}]+)/.source,
    /\{\{[<%]\s*highlight\s+"?([^\s">%]+)/.source,
    /\{%-?\s*highlight\s+([\w+#.-]+)/.source,
    /(?:language|lang|highlight-source|hl)-([\w+#.-]+)/.source,
    /data-lang\s*=\s*["']?([\w+#.-]+)/.source,
  ].join('|'),
  'gim',
);

/** The highlight.js languages `markdown` may highlight, as languageOf names them. */
export function codeLanguagesIn(markdown: string): Set<string> {
  const languages = new Set<string>();
  const add = (word: string | undefined): void => {
    const language = languageOf(word);
    if (language) languages.add(language);
  };
  for (const match of markdown.matchAll(NAMED_LANGUAGE)) add(match.slice(1).find((word) => word !== undefined));
  if (/\bcode-toggle\b/.test(markdown)) for (const format of ['json', 'toml', 'yaml']) add(format);
  // Notebook exports name the kernel (`hl-ipython3`): highlighted as Python.
  if (/ipython/i.test(markdown)) add('python');
  return languages;
}

/** True when every grammar `markdown` names is loaded: it can render now, synchronously. */
function codeLanguagesLoaded(markdown: string): boolean {
  return languagesLoaded(codeLanguagesIn(markdown));
}

/** Loads the grammars `markdown` names; one that cannot be loaded leaves its blocks plain. */
export async function loadCodeLanguages(markdown: string): Promise<void> {
  await loadLanguages(codeLanguagesIn(markdown)).catch(() => {});
}

/**
 * `render()` (a synchronous rendering of `markdown`) once the grammars it names are loaded; if
 * it still asked for one that was not, that one is loaded and `render()` runs again, so code is
 * never left plain for want of a grammar.
 */
export async function renderWithLanguages<T>(markdown: string, render: () => T): Promise<T> {
  await loadCodeLanguages(markdown);
  const { result, missed } = renderNotingMissed(render);
  if (missed.length === 0) return result;
  try {
    await loadLanguages(missed);
  } catch {
    return result;
  }
  return render();
}

/**
 * `render()` now, when it needs no grammar that is not loaded; else null, and the grammars start
 * loading (for a caller that renders on the spot or, failing that, a moment later).
 */
export function renderIfLanguagesLoaded<T>(markdown: string, render: () => T): T | null {
  if (!codeLanguagesLoaded(markdown)) {
    void loadCodeLanguages(markdown);
    return null;
  }
  const { result, missed } = renderNotingMissed(render);
  if (missed.length === 0) return result;
  loadLanguages(missed).catch(() => {});
  return null;
}

/** `render()`, and the grammars it asked for that were not loaded (their code stayed plain). */
function renderNotingMissed<T>(render: () => T): { result: T; missed: string[] } {
  takeMissedLanguages();
  const result = render();
  return { result, missed: takeMissedLanguages() };
}
