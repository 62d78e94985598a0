// A post's Markdown → terminal lines at a width, with a map of its links and headings.
// Pure and synchronous; never throws: what cannot be rendered is shown as plain text with a notice.
// Large posts render chunk by chunk (renderChunks.ts) to the same lines a single pass would make;
// the worker (worker/) uses the chunks to show the first part of a large post early.
import type { Post, RenderOptions, RenderResult } from '../types.js';
import { RenderAssembly } from './assembly.js';
import { splitMarkdown, type ChunkSizes } from './chunks.js';
import { budgetedHighlighter } from './highlightBudget.js';
import { renderChunks, renderWidth } from './renderChunks.js';

/** `chunkSizes` (default CHUNK_SIZES) only changes where chunks are cut, never the result. */
export function renderPost(post: Post, options: RenderOptions, chunkSizes?: ChunkSizes): RenderResult {
  const width = renderWidth(options.width);
  const assembly = new RenderAssembly(post, options, width);
  const highlight = budgetedHighlighter(options.highlightBudget);
  for (const chunk of renderChunks(post.body, width, options.color, splitMarkdown(post.body, chunkSizes), options, highlight)) assembly.add(chunk);
  const result = assembly.complete();
  // A plain-text notice says more (the whole post or part of it is plain): it is the one kept.
  const cut = highlight.notice();
  return cut && !result.notice ? { ...result, notice: cut } : result;
}
