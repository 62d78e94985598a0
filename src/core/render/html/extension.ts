// The marked extension that sends raw HTML through parse5 (toTokens.ts) instead of printing it or
// dropping it: grouped block elements (grouping.ts), whole inline elements (`<a href>…</a>`,
// `<sup>…</sup>`, whose content is Markdown as in CommonMark), and every HTML token marked makes
// itself (comments, lone tags, `<img>` lines).
import { Lexer, type MarkedExtension, type RendererThis, type Token, type TokenizerThis, type Tokens } from 'marked';
import { sanitizeText } from '../../sanitize.js';
import { tokenize, visibleText } from '../ansi.js';
import type { Styles } from '../styles.js';
import { groupedElementLength, matchingCloseAt } from './grouping.js';
import { scriptMarks, toScript, type ScriptPosition } from './scripts.js';
import { htmlToBlockTokens, htmlToInlineTokens, PLACEHOLDER, type MarkdownLexing } from './toTokens.js';

const OPENING_TAG = /^<([a-zA-Z][a-zA-Z0-9-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/;
// Elements without content: one tag is the whole element.
const VOID = new Set(['img', 'br', 'wbr', 'input', 'source', 'embed', 'hr']);
// Elements whose content is not Markdown: parsed whole, as HTML.
const OPAQUE = new Set([
  'script',
  'style',
  'svg',
  'math',
  'noscript',
  'template',
  'iframe',
  'video',
  'audio',
  'object',
  'code',
  'tt',
  'samp',
  'textarea',
  'select',
  'button',
]);

const INDENT = '  ';

export function htmlExtension(styles: Styles): MarkedExtension {
  return {
    extensions: [
      {
        name: 'htmlBlock',
        level: 'block',
        tokenizer(this: TokenizerThis, src: string) {
          const length = groupedElementLength(src);
          if (length === undefined) return undefined;
          const raw = src.slice(0, length);
          return { type: 'htmlBlock', raw, tokens: htmlToBlockTokens(raw, lexerLexing(this.lexer)) };
        },
        renderer(this: RendererThis, token: Tokens.Generic) {
          return this.parser.parse(token.tokens ?? []);
        },
      },
      {
        name: 'htmlInline',
        level: 'inline',
        tokenizer(this: TokenizerThis, src: string) {
          const tokens = inlineElement(src, this.lexer);
          return tokens && { type: 'htmlInline', raw: tokens.raw, tokens: tokens.tokens };
        },
        renderer(this: RendererThis, token: Tokens.Generic) {
          return this.parser.parseInline(token.tokens ?? []);
        },
      },
      {
        name: 'htmlText',
        level: 'inline',
        renderer(token: Tokens.Generic) {
          return sanitizeText(String(token.text));
        },
      },
      {
        name: 'htmlStyled',
        level: 'inline',
        renderer(this: RendererThis, token: Tokens.Generic) {
          const inner = this.parser.parseInline(token.tokens ?? []);
          if (token.style === 'kbd') return styles.codespan(inner);
          if (token.style === 'mark') return styles.strong(inner);
          return scripted(inner, token.style as ScriptPosition);
        },
      },
      {
        name: 'htmlIndent',
        level: 'block',
        renderer(this: RendererThis, token: Tokens.Generic) {
          const inner = this.parser.parse(token.tokens ?? []).replace(/\n+$/, '');
          return `${inner.replace(/^(?=.)/gm, INDENT)}\n\n`;
        },
      },
    ],
    renderer: {
      // HTML marked found itself: comments, lone or unclosed tags, `<img>` alone on a line.
      html(token: Tokens.HTML | Tokens.Tag) {
        const lexing = lexerLexing(new Lexer(this.parser.options));
        if ('block' in token && token.block) return this.parser.parse(htmlToBlockTokens(token.text, lexing));
        return this.parser.parseInline(htmlToInlineTokens(token.text, lexing));
      },
    },
  };
}

function lexerLexing(lexer: Lexer): MarkdownLexing {
  return { blocks: (source) => lexer.blockTokens(source, []), inline: (source) => lexer.inlineTokens(source) };
}

/** A whole inline element at the start of `src`: its source and tokens; undefined when it is not closed. */
function inlineElement(src: string, lexer: Lexer): { raw: string; tokens: Token[] } | undefined {
  const opening = OPENING_TAG.exec(src);
  const name = opening?.[1]?.toLowerCase();
  if (!opening || name === undefined) return undefined;
  const lexing = lexerLexing(lexer);
  if (VOID.has(name)) {
    // The line end after a <br> would start the next line with a space.
    const raw = name === 'br' ? (/^[^>]*>[ \t]*\n?[ \t]*/.exec(src)?.[0] ?? opening[0]) : opening[0];
    return { raw, tokens: htmlToInlineTokens(opening[0], lexing) };
  }
  if (opening[0].endsWith('/>')) return undefined;
  const end = matchingCloseAt(src, name, 0);
  if (end === undefined) return undefined;
  const raw = src.slice(0, end);
  if (OPAQUE.has(name)) return { raw, tokens: htmlToInlineTokens(raw, lexing) };
  // The content is Markdown: stand it in for the element's children with a placeholder.
  const inner = raw.slice(opening[0].length, raw.lastIndexOf('<'));
  const tokens = htmlToInlineTokens(`${opening[0]}${PLACEHOLDER}</${name}>`, {
    ...lexing,
    placeholder: () => lexer.inlineTokens(inner),
  });
  return { raw, tokens };
}

function scripted(rendered: string, position: ScriptPosition): string {
  const visible = visibleText(rendered);
  if (visible !== '' && toScript(visible, position) !== undefined) {
    return tokenize(rendered)
      .map((piece) => (piece.type === 'text' ? (toScript(piece.text, position) ?? piece.text) : piece.raw))
      .join('');
  }
  const [open, close] = scriptMarks(position, visible);
  return open + rendered + close;
}
