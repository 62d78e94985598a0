// What may render on the main thread: work that finishes within the ~50 ms a key may wait.
// Whole posts up to these limits render there; for larger ones, only their first chunk, shown
// while the worker starts.
import type { Post, RenderOptions, RenderResult } from '../../types.js';
import { RenderAssembly } from '../assembly.js';
import { splitMarkdown } from '../chunks.js';
import { countInlineMarkers, largestFencedBlock } from '../complexity.js';
import { budgetedHighlighter, MAIN_THREAD_BUDGET } from '../highlightBudget.js';
import { renderChunks, renderWidth } from '../renderChunks.js';
import { renderPost } from '../renderPost.js';

// How these limits were derived: timed on one machine, a 2-core VM busy with other work
// (Node 20), rendering generated prose and link-heavy paragraphs with renderPost, cold (first
// call in a fresh process) and warm; `node bench/figures/open-post.mjs` times the same path for
// a real article. Prose renders at roughly 1-3 ms per K characters there, so 16 K stays within
// the ~50 ms a key may wait, while a worker costs a few hundred ms to start (bundle + renderer).
export const SYNC_RENDER_MAX_CHARS = 16 * 1024;
// Links, code spans and tags cost far more than prose (see countInlineMarkers): measured cold,
// 500 links render in ~175 ms; a 5 KB post with 200 of them in ~15-30 ms.
const SYNC_RENDER_MAX_MARKERS = 250;

// A highlight.js grammar can be quadratic on one block (LiveScript: 1.5 K of one letter ~15 ms,
// 60 K ~20 s), and one call cannot be stopped: posts with larger blocks render in the worker.
export function rendersOnMainThread(markdown: string): boolean {
  return (
    markdown.length <= SYNC_RENDER_MAX_CHARS &&
    countInlineMarkers(markdown) <= SYNC_RENDER_MAX_MARKERS &&
    largestFencedBlock(markdown) <= MAIN_THREAD_BUDGET.maxBlockChars
  );
}

/**
 * The first chunk of a large post as a partial result, when it is cheap to render here (the
 * worker needs ~300 ms just to start: loading the bundle); undefined otherwise. Splitting 2 MB
 * takes ~10 ms, a 16 K first chunk ~20–40 ms.
 */
export function renderFirstPart(post: Post, options: RenderOptions): { partial: RenderResult; renderedChars: number } | undefined {
  const width = renderWidth(options.width);
  const split = splitMarkdown(post.body);
  const [first, second] = split.chunks;
  if (first === undefined || second === undefined || !rendersOnMainThread(first)) return undefined;
  // Past the budget, code in the first part stays plain: the same lines as the worker's, only
  // uncoloured until its result replaces them.
  const chunk = renderChunks(post.body, width, options.color, split, options, budgetedHighlighter(MAIN_THREAD_BUDGET)).next();
  if (chunk.done) return undefined;
  const assembly = new RenderAssembly(post, options, width);
  assembly.add(chunk.value);
  return { partial: assembly.partial(), renderedChars: assembly.renderedChars };
}

/** A post that rendersOnMainThread, rendered here within the main thread's highlighting budget. */
export function renderOnMainThread(post: Post, options: RenderOptions): RenderResult {
  return renderPost(post, { ...options, highlightBudget: MAIN_THREAD_BUDGET });
}
