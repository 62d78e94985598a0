// Splits a post's Markdown into chunks that render independently to the same lines a single
// render makes, so a large post can be shown progressively. A chunk ends only before a line that
// starts a new top-level block after a blank line: not inside fenced code, an HTML block that
// runs to its end marker (comments, <pre>, <script>…), an HTML element that runs to its closing
// tag (html/grouping.ts), a Hugo `highlight` or `code-toggle` pair, a Liquid `highlight`, `raw` or
// `comment` pair, and not before an indented, list or quote line (which would continue a list,
// quote or indented code).
// Headings are such lines, so sections usually start chunks. Nor inside display math, which
// may hold blank lines (math/extension.ts).

import { MATH_REGIONS } from './math/extension.js';

export interface ChunkSizes {
  /** Characters after which the first chunk ends at the next cut point: small, so the first screen comes fast. */
  first: number;
  /** The same for every later chunk: large enough that chunking costs nothing noticeable. */
  rest: number;
}

// marked renders ~16 K of prose in ~10-20 ms here, ~64 K in ~40-80 ms.
const CHUNK_SIZES: ChunkSizes = { first: 16 * 1024, rest: 64 * 1024 };

export interface MarkdownSplit {
  /** Consecutive slices of the Markdown: joined, they are the Markdown. */
  chunks: string[];
  /** Paragraphs (outside code) that start as link reference definitions, `[id]: url`. */
  definitionBlocks: string[];
}

import { ElementPairs, groupedElementName } from './html/grouping.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})\s*$/;
// Blocks whose end is a marker, not a blank line (CommonMark HTML blocks 1-5), and the Hugo and
// Liquid pairs that shortcodes.ts, liquid.ts and kramdown.ts rewrite as one piece.
const REGIONS: [start: RegExp, end: RegExp][] = [
  [/\{\{[<%]\s*code-toggle\b/, /\{\{[<%]\s*\/code-toggle\s*[>%]\}\}/],
  [/\{%-?\s*highlight\s/, /\{%-?\s*endhighlight\s*-?%\}/],
  [/\{%-?\s*raw\s*-?%\}/, /\{%-?\s*endraw\s*-?%\}/],
  [/\{%-?\s*comment\s*-?%\}/, /\{%-?\s*endcomment\s*-?%\}/],
  [/\{::comment\}/, /\{:\/(?:comment)?\}/],
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z[]/, />/],
  [/\{\{[<%]\s*highlight\s/, /\{\{[<%]\s*\/highlight\s*[>%]\}\}/],
  ...MATH_REGIONS,
];
// A line that cannot continue the block before the blank line: not indented, not a list item or quote.
const CUT_LINE = /^(?![-*+>]|\d{1,9}[.)](?:\s|$))\S/;
const DEFINITION_START = /^ {0,3}\[[^\]]+\]:/;

export function splitMarkdown(markdown: string, sizes: ChunkSizes = CHUNK_SIZES): MarkdownSplit {
  const chunks: string[] = [];
  const definitionBlocks: string[] = [];
  let chunkStart = 0;
  let target = sizes.first;
  let fence: string | null = null;
  let regionEnd: RegExp | null = null;
  let afterBlank = true;
  let definitionStart = -1;
  const elements = new ElementPairs(markdown);
  // Inside a grouped HTML element: where it ends.
  let elementEnd = -1;

  for (let at = 0; at < markdown.length;) {
    const newline = markdown.indexOf('\n', at);
    const next = newline < 0 ? markdown.length : newline + 1;
    const line = markdown.slice(at, next);
    const blank = line.trim() === '';
    const inBlock = fence !== null || regionEnd !== null || at < elementEnd;

    if (definitionStart >= 0 && blank) {
      definitionBlocks.push(markdown.slice(definitionStart, at));
      definitionStart = -1;
    }
    if (!inBlock && afterBlank && !blank) {
      if (at - chunkStart >= target && CUT_LINE.test(line)) {
        chunks.push(markdown.slice(chunkStart, at));
        chunkStart = at;
        target = sizes.rest;
      }
      if (DEFINITION_START.test(line)) definitionStart = at;
    }

    if (fence !== null) {
      const closer = CLOSING_FENCE.exec(line)?.[1];
      if (closer && closer[0] === fence[0] && closer.length >= fence.length) fence = null;
    } else if (regionEnd !== null) {
      if (regionEnd.test(line)) regionEnd = null;
    } else if (at >= elementEnd) {
      const element = groupedElementName(line);
      const close = element === undefined ? undefined : elements.closeOf(element, at + line.indexOf('<'));
      if (close !== undefined && close > next) elementEnd = close;
      fence = FENCE.exec(line)?.[1] ?? null;
      const region = fence === null && /[<{$\\]/.test(line) ? REGIONS.find(([start]) => start.test(line)) : undefined;
      // A region may end on the line it starts on (`<!--more-->`).
      if (region && !region[1].test(line.replace(region[0], ''))) regionEnd = region[1];
    }
    afterBlank = blank && fence === null && regionEnd === null && next >= elementEnd;
    at = next;
  }
  if (definitionStart >= 0) definitionBlocks.push(markdown.slice(definitionStart));
  if (chunkStart < markdown.length || chunks.length === 0) chunks.push(markdown.slice(chunkStart));
  return { chunks, definitionBlocks };
}
