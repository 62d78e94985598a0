// Renders a post without blocking the reader: small posts synchronously (instant, no thread
// start-up), large or link-heavy ones on a worker thread with a time limit.
import type { Post, RenderOptions } from '../../types.js';
import { countInlineMarkers } from '../complexity.js';
import { renderPost } from '../renderPost.js';
import { renderInWorker, type RenderJob, type WorkerOptions } from './renderInWorker.js';

export { RENDER_TIMEOUT_MS, type RenderJob, type WorkerOptions } from './renderInWorker.js';

// Prose renders at roughly 1-3 ms per K characters on this loaded 2-core machine (500 K: ~1.5 s;
// marked's worst cases are capped by plainTextReason), so up to 64 K stays well under the ~1 s
// that would block keys, while a worker costs a few hundred ms to start (bundle + renderer).
export const SYNC_RENDER_MAX_CHARS = 64 * 1024;
// Links, code spans and tags cost far more than prose (see countInlineMarkers): measured cold,
// 500 links render in ~175 ms, 1,000 in 270–500 ms and 2,470 in one paragraph in up to 1.8 s
// under load. Past 500 the worker's start-up is the smaller wait.
export const SYNC_RENDER_MAX_MARKERS = 500;

export function rendersOffThread(post: Post): boolean {
  return post.body.length > SYNC_RENDER_MAX_CHARS || countInlineMarkers(post.body) > SYNC_RENDER_MAX_MARKERS;
}

export function startPostRendering(post: Post, options: RenderOptions, workerOptions?: WorkerOptions): RenderJob {
  if (rendersOffThread(post)) return renderInWorker(post, options, workerOptions);
  return { result: Promise.resolve(renderPost(post, options)), cancel: () => {} };
}
