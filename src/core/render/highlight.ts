// Code block highlighting with highlight.js (the copy cli-highlight and marked-terminal bundle).
// The language is the first word of the info string; unknown or missing languages stay plain:
// never auto-detected, and highlight.js is never asked about a language it lacks (it would log
// to the console). cli-highlight's own highlight() re-parses highlight.js's HTML with parse5,
// which cost more than highlighting itself; its HTML is regular enough to scan directly.
import hljs from 'highlight.js';
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
  return hljs.getLanguage(language) ? language : undefined;
}

type Theme = Record<string, Style>;

const plain: Style = (text) => text;
let theme: Theme | undefined;

function terminalTheme(): Theme {
  const keyword = color(35);
  const string = color(32);
  const number = color(36);
  const name = color(34);
  theme ??= {
    keyword,
    built_in: color(36),
    type: color(36),
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
    attr: color(33),
    attribute: color(33),
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
  return theme;
}

/** Highlighted code (SGR only), or the code unchanged when it cannot or should not be highlighted. */
export function highlightCode(code: string, info: string | undefined, useColor: boolean): string {
  const language = languageOf(info);
  if (!useColor || !language || Buffer.byteLength(code) > MAX_HIGHLIGHT_BYTES) return code;
  try {
    return htmlToAnsi(hljs.highlight(code, { language, ignoreIllegals: true }).value, terminalTheme());
  } catch {
    return code;
  }
}

// highlight.js output: text with & < > " ' escaped, and (nested) <span class="hljs-NAME …">
// … </span>. As in cli-highlight, NAME is the class's first word (`hljs-meta-keyword` → meta)
// and spans without an hljs- class (sub-languages) only pass their text through.
const HTML_PIECE = /<span class="([^"]*)">|<\/span>|[^<]+/g;
const CLASS_NAME = /hljs-(\w+)/;
const ESCAPED = /&(?:amp|lt|gt|quot|#x27);/g;
const UNESCAPED: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" };

function htmlToAnsi(html: string, styles: Theme): string {
  // Each open span collects its text; closing it styles that text into its parent. The root
  // (unstyled text between spans) is the theme's `default`, which is plain.
  const open: { style: Style; text: string }[] = [{ style: plain, text: '' }];
  const close = (): void => {
    const span = open.pop()!;
    open[open.length - 1]!.text += span.style(span.text);
  };
  for (const [piece, className] of html.matchAll(HTML_PIECE)) {
    if (className !== undefined) {
      const name = CLASS_NAME.exec(className)?.[1];
      open.push({ style: name === undefined ? plain : (styles[name] ?? plain), text: '' });
    } else if (piece === '</span>') {
      if (open.length > 1) close();
    } else {
      open[open.length - 1]!.text += piece.replace(ESCAPED, (entity) => UNESCAPED[entity] ?? entity);
    }
  }
  while (open.length > 1) close();
  return open[0]!.text;
}
