// Math taken out of the Markdown before Markdown reads it: a marked extension whose tokenizers
// run before marked's own, so emphasis, escapes, headings and lists never touch a formula.
// Delimiters: `$$…$$`, `\[…\]` and `\begin{env}…\end{env}` as blocks (at the start of a line;
// they may hold blank lines), and `$…$`, `$$…$$`, `\(…\)` inline. Many Hugo sites write
// `\\(…\\)` and `\\[…\\]`, because Markdown would eat one backslash before MathJax sees it:
// those are math too. A `$` that pandoc would not read as math stays text: an opening `$` is
// followed by a non-space, a closing `$` is preceded by a non-space and not followed by a digit
// (so `$5 and $10` is prices). Code spans and fences are tokenized first, so math in code is code.
import type { MarkedExtension, TokenizerAndRendererExtension, Tokens } from 'marked';
import type { Styles } from '../styles.js';
import { convertMath, type MathMode } from './convert.js';

interface MathToken extends Tokens.Generic {
  type: 'mathBlock' | 'mathInline';
  raw: string;
  /** The formula without its delimiters (for environments: the whole `\begin…\end`). */
  text: string;
}

// prettier-ignore
const BLOCK_MATH = [
  /^ {0,3}\$\$([\s\S]+?)\$\$[ \t]*(?:\n|$)/,
  /^ {0,3}\\\\?\[([\s\S]+?)\\\\?\][ \t]*(?:\n|$)/,
  /^ {0,3}(\\begin\{([A-Za-z]+\*?)\}[\s\S]*?\\end\{\2\})[ \t]*(?:\n|$)/,
];
/** Display math as regions of lines for the chunk splitter: start line, then the line that ends it. */
export const MATH_REGIONS: [start: RegExp, end: RegExp][] = [
  [/^ {0,3}\$\$/, /\$\$/],
  [/^ {0,3}\\\\?\[/, /\\\]/],
  [/^ {0,3}\\begin\{/, /\\end\{/],
];
/** Where a display formula may start: a line opening with one of the block delimiters. */
const BLOCK_MATH_START = /(?:^|\n) {0,3}(?:\$\$|\\\\?\[|\\begin\{[A-Za-z]+\*?\})/;
const BLOCK_MATH_LINE_START = new RegExp(BLOCK_MATH_START.source.replace('(?:^|\\n)', '\\n'));
// prettier-ignore
const INLINE_MATH = [
  /^\$\$(?!\$)([^`]+?)\$\$/,
  /^\\\(([\s\S]+?)\\\)/,
  /^\\\\\(([\s\S]+?)\\\\\)/,
  /^\\\\\[([\s\S]+?)\\\\\]/,
];
const DOLLAR_MATH = /^\$((?:\\[\s\S]|[^\\$`])+?)\$(?!\d)/;
const INLINE_START = /\$|\\\\?\(|\\\\\[/;
const DISPLAY_INDENT = '    ';

interface MathRendering {
  mode: MathMode;
  styles: Styles;
  /** Marks a display line whose wrapped continuations start with `↪` (see wrap.ts). */
  lineMarker: string;
}

export function mathExtension(rendering: MathRendering): MarkedExtension {
  return {
    extensions: [blockMath(rendering), inlineMath(rendering)],
    tokenizer: {
      // A setext underline (`=` or `-` alone on a line) inside a formula must not turn the
      // paragraph before it into a heading: the paragraph ends where the formula starts.
      lheading(src) {
        const start = blockMathStart(src);
        if (start <= 0) return false;
        const text = src.slice(0, start).trimEnd();
        const paragraph: Tokens.Paragraph = { type: 'paragraph', raw: src.slice(0, start), text, tokens: this.lexer.inline(text) };
        // marked types lheading's result as a heading, but takes any block token from it.
        return paragraph as unknown as Tokens.Heading;
      },
    },
  };
}

/** Where display math starts in the paragraph at the start of `src` (-1: it does not). */
function blockMathStart(src: string): number {
  const blank = src.search(/\n[ \t]*\n/);
  const paragraph = blank < 0 ? src : src.slice(0, blank);
  const match = BLOCK_MATH_START.exec(paragraph);
  if (!match) return -1;
  return match.index + (match[0].startsWith('\n') ? 1 : 0);
}

function blockMath({ mode, styles, lineMarker }: MathRendering): TokenizerAndRendererExtension {
  return {
    name: 'mathBlock',
    level: 'block',
    // marked passes `start` the text after the current block's first character, so only a
    // delimiter after a line break starts a formula there (a `^` match would be mid-line).
    start: (src) => {
      const match = BLOCK_MATH_LINE_START.exec(src);
      return match ? match.index + 1 : undefined;
    },
    tokenizer(src) {
      for (const pattern of BLOCK_MATH) {
        const match = pattern.exec(src);
        if (match?.[1]?.trim()) return { type: 'mathBlock', raw: match[0], text: match[1] } satisfies MathToken;
      }
      return undefined;
    },
    renderer(token) {
      const { raw, text } = token as MathToken;
      const converted = mode === 'unicode' ? convertMath(text) : undefined;
      const lines = converted !== undefined ? [converted] : mode === 'source' ? raw.replace(/\n$/, '').split('\n') : dedent(text);
      return `${lines.map((line) => (line.trim() === '' ? '' : lineMarker + DISPLAY_INDENT + styles.math(line))).join('\n')}\n\n`;
    },
  };
}

function inlineMath({ mode, styles }: MathRendering): TokenizerAndRendererExtension {
  return {
    name: 'mathInline',
    level: 'inline',
    start: (src) => {
      const at = src.search(INLINE_START);
      return at < 0 ? undefined : at;
    },
    tokenizer(src) {
      for (const pattern of INLINE_MATH) {
        const match = pattern.exec(src);
        if (match?.[1]?.trim()) return { type: 'mathInline', raw: match[0], text: match[1] } satisfies MathToken;
      }
      const dollar = DOLLAR_MATH.exec(src);
      const text = dollar?.[1];
      if (dollar && text && !/^\s|\s$/.test(text)) return { type: 'mathInline', raw: dollar[0], text } satisfies MathToken;
      return undefined;
    },
    renderer(token) {
      const { raw, text } = token as MathToken;
      const converted = mode === 'unicode' ? convertMath(text) : undefined;
      return styles.math((converted ?? raw).replace(/\s*\n\s*/g, ' '));
    },
  };
}

/** The formula's lines without the first line's indentation shared by all, blank edges dropped. */
function dedent(text: string): string[] {
  const lines = text.replace(/^\s*\n|\n\s*$/g, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0));
  return lines.map((line) => line.slice(indent).trimEnd());
}
