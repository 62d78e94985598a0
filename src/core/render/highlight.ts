// Code block highlighting through cli-highlight (highlight.js underneath), with our theme as its
// style functions: colour is decided by the renderer (options.color), never by chalk, so every
// token class cli-highlight knows has a style here and its chalk-based default theme is never
// reached. The language is the first word of the info string; unknown or missing languages
// stay plain: never auto-detected, and never passed to highlight.js, which logs to the console
// about a language it lacks.
import { DEFAULT_THEME, highlight, supportsLanguage, type Theme } from 'cli-highlight';
import type { Palette } from '../types.js';
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

function languageOf(info: string | undefined): string | undefined {
  const word = info?.trim().split(/[\s{]/)[0]?.toLowerCase();
  if (!word) return undefined;
  const language = ALIASES[word] ?? word;
  return supportsLanguage(language) ? language : undefined;
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
  try {
    return highlight(code, { language, ignoreIllegals: true, theme: terminalTheme(palette) });
  } catch {
    return code;
  }
}

/**
 * The first highlighted block pays for compiling cli-highlight's HTML parser and a grammar
 * (~100 ms on a loaded 2-core machine, ~7 ms after). The reader calls this while idle after its
 * first frame, so the first post with code opens as fast as the next one.
 */
export function warmUpHighlighting(): void {
  highlightCode('const answer = { value: "42" }; // warm-up', 'js', true);
}
