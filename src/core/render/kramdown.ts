// kramdown (Jekyll's Markdown) syntax that CommonMark would print: attribute lists `{: .class}`
// and `{:toc}` (with the `* TOC` item it replaces), extensions `{::options … /}`, and
// `{::comment}…{:/comment}`. `{::nomarkdown}` keeps its content. Not inside code.
import { mapProse } from './shortcodes.js';

const COMMENT = /\{::comment\}[\s\S]*?(?:\{:\/comment\}|\{:\/\}|$)/g;
const TOC = /^ {0,3}(?:[-*+]|1\.)\s+.*\n\s*\{:\s*\.?toc\s*\}[ \t]*$/gim;
const ATTRIBUTE_LINE = /^[ \t]*\{::?[^}\n]*\}[ \t]*(?:\n|$)/gm;
const INLINE_ATTRIBUTES = /\{:(?:[ \t]*[.#][\w-]+|[ \t]*[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|\S+))+[ \t]*\}|\{::[\w]+[^}\n]*\/\}|\{:\/[\w]*\}/g;

export function rewriteKramdown(markdown: string): string {
  if (!markdown.includes('{:')) return markdown;
  return mapProse(markdown, (prose) =>
    prose
      .replace(COMMENT, '')
      .replace(TOC, '')
      .replace(ATTRIBUTE_LINE, '')
      .replace(INLINE_ATTRIBUTES, '')
      .replace(/\{::nomarkdown\}/g, ''),
  );
}
