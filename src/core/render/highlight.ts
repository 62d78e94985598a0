// Code block highlighting through cli-highlight (highlight.js underneath), with our theme as its
// style functions: colour is decided by the renderer (options.color), never by chalk, so every
// token class cli-highlight knows has a style here and its chalk-based default theme is never
// reached. The language is the first word of the info string; unknown or missing languages
// stay plain: never auto-detected, and never passed to highlight.js, which logs to the console
// about a language it lacks. Registering all of highlight.js's ~190 grammars costs more than
// rendering most posts, so the build gives cli-highlight highlight.js's core (no grammars) and
// each grammar is registered on it by import() when a post names it: callers await
// loadLanguages (see codeLanguages.ts) before rendering synchronously.
import { DEFAULT_THEME, highlight, type Theme } from 'cli-highlight';
import hljs from 'highlight.js/lib/core.js';
import type { Palette } from '../types.js';
import { LANGUAGE_ALIASES, LANGUAGES } from './highlightLanguages.js';
import { bold, color, dim, italic, type Style } from './styles.js';

const MAX_HIGHLIGHT_BYTES = 64 * 1024;

// Names authors use that highlight.js spells differently (its own aliases like py, yml, js, ts,
// sh, zsh already work).
const ALIASES: Record<string, string> = {
  shell: 'bash',
  console: 'shell',
  'go-html-template': 'handlebars',
  'go-text-template': 'handlebars',
  gotmpl: 'handlebars',
  jsonc: 'json',
  json5: 'json',
};

/** The highlight.js language an info string (or a bare language word) names, if it has one. */
export function languageOf(info: string | undefined): string | undefined {
  const word = info?.trim().split(/[\s{]/)[0]?.toLowerCase();
  if (!word) return undefined;
  const name = Object.hasOwn(ALIASES, word) ? ALIASES[word] : word;
  if (name === undefined) return undefined;
  if (Object.hasOwn(LANGUAGES, name)) return name;
  return Object.hasOwn(LANGUAGE_ALIASES, name) ? LANGUAGE_ALIASES[name] : undefined;
}

const registered = new Set<string>();
// Languages a rendering asked for before they were loaded (see takeMissedLanguages).
const missed = new Set<string>();

/** The languages `names` need (themselves and what their grammars embed) not registered yet, in registration order. */
function unregisteredClosure(names: Iterable<string>): string[] {
  const needed = new Set<string>();
  const add = (name: string): void => {
    if (needed.has(name) || registered.has(name) || !Object.hasOwn(LANGUAGES, name)) return;
    needed.add(name);
    for (const used of LANGUAGES[name]?.uses ?? []) add(used);
  };
  for (const name of names) add(name);
  const order = Object.keys(LANGUAGES);
  return [...needed].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** True when every one of `names` (languageOf results) can be highlighted now. */
export function languagesLoaded(names: Iterable<string>): boolean {
  return unregisteredClosure(names).length === 0;
}

/** Loads and registers `names` and the languages their grammars embed; rejects if a grammar's file is missing. */
export async function loadLanguages(names: Iterable<string>): Promise<void> {
  const needed = unregisteredClosure(names);
  if (needed.length === 0) return;
  const grammars = await Promise.all(needed.map((name) => LANGUAGES[name]!.load()));
  needed.forEach((name, at) => {
    if (registered.has(name)) return;
    hljs.registerLanguage(name, grammars[at]!.default);
    registered.add(name);
  });
}

/** The languages renderings asked for since the last call while they were not loaded (they stayed plain). */
export function takeMissedLanguages(): string[] {
  const names = [...missed];
  missed.clear();
  return names;
}

const plain: Style = (text) => text;
const themes = new Map<Palette, Theme>();

// On a white background cyan and yellow are barely readable: the light palette uses red and blue instead.
const ACCENTS: Record<Palette, { number: number; type: number; attr: number }> = {
  dark: { number: 36, type: 36, attr: 33 },
  light: { number: 31, type: 34, attr: 31 },
};

function terminalTheme(palette: Palette): Theme {
  const cached = themes.get(palette);
  if (cached) return cached;
  const accents = ACCENTS[palette];
  const keyword = color(35);
  const string = color(32);
  const number = color(accents.number);
  const name = color(34);
  const theme: Theme = {
    // Classes we give no colour are plain rather than cli-highlight's default colours.
    ...Object.fromEntries(Object.keys(DEFAULT_THEME).map((token) => [token, plain])),
    keyword,
    built_in: color(accents.type),
    type: color(accents.type),
    literal: number,
    number,
    regexp: string,
    string,
    subst: plain,
    symbol: number,
    class: name,
    function: name,
    title: name,
    params: plain,
    comment: dim,
    doctag: dim,
    meta: color(90),
    section: bold,
    tag: color(90),
    name: keyword,
    attr: color(accents.attr),
    attribute: color(accents.attr),
    variable: color(31),
    bullet: plain,
    code: plain,
    emphasis: italic,
    strong: bold,
    formula: plain,
    link: color(34),
    quote: dim,
    addition: color(32),
    deletion: color(31),
    default: plain,
  };
  themes.set(palette, theme);
  return theme;
}

/** Highlighted code (SGR only), or the code unchanged when it cannot or should not be highlighted. */
export function highlightCode(code: string, info: string | undefined, useColor: boolean, palette: Palette = 'dark'): string {
  const language = languageOf(info);
  if (!useColor || !language || Buffer.byteLength(code) > MAX_HIGHLIGHT_BYTES) return code;
  if (!languagesLoaded([language])) {
    missed.add(language);
    return code;
  }
  try {
    return highlight(code, { language, ignoreIllegals: true, theme: terminalTheme(palette) });
  } catch {
    return code;
  }
}

/**
 * The first highlighted block pays for compiling cli-highlight's HTML parser and a grammar (~100 ms on a
 * loaded 2-core machine, ~7 ms after). The reader calls this while idle after its first frame,
 * so the first post with code opens as fast as the next one.
 */
export async function warmUpHighlighting(): Promise<void> {
  await loadLanguages(['javascript']);
  highlightCode('const answer = { value: "42" }; // warm-up', 'js', true);
}
