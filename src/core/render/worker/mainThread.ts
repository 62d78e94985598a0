// What may render on the main thread: work that finishes well under the ~1 s that would block
// keys. Whole posts up to these limits render there; for larger ones, only their
// first chunk, shown while the worker starts.
import type { Post, RenderOptions, RenderResult } from '../../types.js';
import { RenderAssembly } from '../assembly.js';
import { splitMarkdown } from '../chunks.js';
import { countInlineMarkers } from '../complexity.js';
import { renderChunks, renderWidth } from '../renderChunks.js';

// How these limits were derived: timed on one machine, a 2-core VM busy with other work
// (Node 20), rendering generated prose and link-heavy paragraphs with renderPost, cold (first
// call in a fresh process) and warm; `node bench/figures/open-post.mjs` times the same path for
// a real article. They hold margin for slower machines: 64 K of prose at the slowest rate seen
// (3 ms per K) is ~200 ms, so a machine 4x slower still answers keys within a second.
// Prose renders at roughly 1-3 ms per K characters on this loaded 2-core machine (500 K: ~1.5 s;
// marked's worst cases are capped by plainTextReason), so up to 64 K stays well under the ~1 s
// that would block keys, while a worker costs a few hundred ms to start (bundle + renderer).
export const SYNC_RENDER_MAX_CHARS = 64 * 1024;
// Links, code spans and tags cost far more than prose (see countInlineMarkers): measured cold,
// 500 links render in ~175 ms, 1,000 in 270–500 ms and 2,470 in one paragraph in up to 1.8 s
// under load. Past 500 the worker's start-up is the smaller wait.
const SYNC_RENDER_MAX_MARKERS = 500;

export function rendersOnMainThread(markdown: string): boolean {
  return markdown.length <= SYNC_RENDER_MAX_CHARS && countInlineMarkers(markdown) <= SYNC_RENDER_MAX_MARKERS;
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
  const chunk = renderChunks(post.body, width, options.color, split, options).next();
  if (chunk.done) return undefined;
  const assembly = new RenderAssembly(post, options, width);
  assembly.add(chunk.value);
  return { partial: assembly.partial(), renderedChars: assembly.renderedChars };
}
