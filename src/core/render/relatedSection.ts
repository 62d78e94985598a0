// The "Related" section drawn at the end of every post: the related posts (core/related) as a
// Markdown list of links to their files, rendered like the post's own Markdown, so they are
// ordinary internal links of the link map (Tab, Enter, back) and `read` prints them too.
import type { RelatedPost } from '../types.js';
import { renderChunks, type RenderedChunk } from './renderChunks.js';

const RELATED_HEADING = 'Related';

/** The section's Markdown, or '' when there is no related post. */
function relatedMarkdown(related: readonly RelatedPost[]): string {
  if (related.length === 0) return '';
  // A link to the post's file (from the content root) names exactly that post, whatever its slug.
  const items = related.map((other) => `- [${escapeMarkdown(other.title)}](/${other.path.split('/').map(encodeURIComponent).join('/')})`);
  return `## ${RELATED_HEADING}\n\n${items.join('\n')}\n`;
}

/**
 * The section rendered as one chunk placed after `lineCount` lines (a blank line between), or
 * null when there is nothing related. `end` is left at 0: it renders none of the post's Markdown.
 */
export function relatedChunk(related: readonly RelatedPost[], width: number, color: boolean, lineCount: number): RenderedChunk | null {
  const markdown = relatedMarkdown(related);
  if (markdown === '') return null;
  const separator = lineCount > 0 ? [''] : [];
  const offset = lineCount + separator.length;
  const chunk: RenderedChunk = { lines: separator, links: [], headings: [], end: 0 };
  for (const part of renderChunks(markdown, width, color)) {
    chunk.lines.push(...part.lines);
    chunk.links.push(...part.links.map((link) => ({ ...link, spans: link.spans.map((span) => ({ ...span, line: span.line + offset })) })));
    chunk.headings.push(...part.headings.map((heading) => ({ ...heading, line: heading.line + offset })));
  }
  return chunk;
}

/** Titles are text, not Markdown: every ASCII punctuation character is escaped (CommonMark allows all of them). */
function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, (character) => `\\${character}`);
}
