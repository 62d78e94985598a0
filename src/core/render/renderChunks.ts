// Renders a post chunk by chunk (chunks.ts), each laid out at the width, with line numbers that
// count from the top of the post: concatenated, the chunks are the post's lines. A chunk that
// cannot be rendered (pathological input, a parser failure) is shown as plain text; the others
// stay formatted. Links are not resolved here: anchors need every heading (see assembly.ts).
import { MIN_TEXT_WIDTH } from '../limits.js';
import { sanitizeLine } from '../sanitize.js';
import type { LayoutChoices, RenderedHeading, RenderOptions } from '../types.js';
import { splitMarkdown, type MarkdownSplit } from './chunks.js';
import { MAX_RENDER_CHARS, plainTextReason } from './complexity.js';
import { footnoteLabels } from './footnotes.js';
import { budgetedHighlighter, type Highlighter } from './highlightBudget.js';
import { extractMarkers, type Span } from './linkMarkers.js';
import type { LinkResolution } from './links.js';
import { createChunkRenderer, linkDefinitions, type ChunkRenderer, type FoundLink, type TerminalMarkdown } from './markdown.js';
import { plainTextResult } from './plainTextFallback.js';
import { layoutText } from './wrap.js';

export interface PlacedLink extends FoundLink {
  /** Where the link text is drawn, one span per line (lines of the whole post). */
  spans: Span[];
  /** Set by the worker thread, which resolves links (but anchors) as it renders them. */
  resolved?: LinkResolution;
}

export interface RenderedChunk {
  /** This chunk's lines, after a blank line that separates it from the chunk before. */
  lines: string[];
  links: PlacedLink[];
  headings: RenderedHeading[];
  /** Characters of the post's Markdown rendered with this chunk: the next chunk starts there. */
  end: number;
  /** Set when this chunk is shown as plain text: why. */
  plainReason?: string;
}

export function renderWidth(width: number): number {
  return Math.max(MIN_TEXT_WIDTH, Math.floor(width));
}

export function* renderChunks(
  markdown: string,
  width: number,
  color: boolean,
  split: MarkdownSplit = splitMarkdown(markdown),
  choices: LayoutChoices & Pick<RenderOptions, 'palette'> = {},
  highlight: Highlighter = budgetedHighlighter(),
): Generator<RenderedChunk> {
  if (markdown.length > MAX_RENDER_CHARS) {
    yield { ...plainChunk(markdown, width, 'the post is larger than 2 MB'), end: markdown.length };
    return;
  }
  const { chunks, definitionBlocks } = split;
  const render = createChunkRenderer(width, color, linkDefinitions(definitionBlocks), {
    choices,
    footnoteLabels: footnoteLabels(definitionBlocks),
    highlight,
  });
  let lineCount = 0;
  let end = 0;
  // The last "chunk" is the footnotes section, collected from all the others.
  for (const source of [...chunks, null]) {
    end += source?.length ?? 0;
    const chunk = source === null ? renderNotes(render, width) : renderChunk(source, render, width);
    if (source === null && chunk.lines.length === 0) break;
    // Top-level blocks are one blank line apart, as marked's output is once collapsed.
    const separator = lineCount > 0 && chunk.lines.length > 0 ? [''] : [];
    const offset = lineCount + separator.length;
    const shift = (line: number): number => line + offset;
    yield {
      ...chunk,
      lines: [...separator, ...chunk.lines],
      links: chunk.links.map((link) => ({ ...link, spans: link.spans.map((span) => ({ ...span, line: shift(span.line) })) })),
      headings: chunk.headings.map((heading) => ({ ...heading, line: shift(heading.line) })),
      end,
    };
    lineCount = offset + chunk.lines.length;
  }
}

type ChunkLayout = Omit<RenderedChunk, 'end'>;

function renderChunk(source: string, render: ChunkRenderer, width: number): ChunkLayout {
  const reason = plainTextReason(source);
  if (reason) return plainChunk(source, width, reason);
  try {
    return layoutChunk(render(source), width);
  } catch (error) {
    // marked recursion (RangeError) or any parser bug: the chunk stays readable.
    const what =
      error instanceof RangeError ? 'it nests too deeply' : `the renderer failed (${error instanceof Error ? error.message : String(error)})`;
    return plainChunk(source, width, sanitizeLine(what, 200));
  }
}

function renderNotes(render: ChunkRenderer, width: number): ChunkLayout {
  try {
    return layoutChunk(render.notes(), width);
  } catch {
    return { lines: [], links: [], headings: [] };
  }
}

function layoutChunk(rendered: TerminalMarkdown, width: number): ChunkLayout {
  const text = rendered.text.replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
  // A chunk of only comments or definitions draws nothing (not even an empty line).
  const { lines, linkSpans, headingLines } = extractMarkers(text === '' ? [] : layoutText(text, width));
  return {
    lines,
    links: rendered.links.map((link, id) => ({ ...link, spans: linkSpans.get(id) ?? [] })),
    headings: rendered.headings.map((heading, id) => ({ ...heading, line: headingLines.get(id) ?? 0 })),
  };
}

function plainChunk(source: string, width: number, reason: string): ChunkLayout {
  const { lines } = plainTextResult(source.replace(/^(?:[ \t\r]*\n)+|\n\s*$/g, ''), width, reason);
  return { lines, links: [], headings: [], plainReason: reason };
}
