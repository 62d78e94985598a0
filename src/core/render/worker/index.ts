// Renders a post without blocking the reader: small posts synchronously (instant, no thread
// start-up), large ones on a worker thread with a time limit.
import type { Post, RenderOptions } from '../../types.js';
import { renderPost } from '../renderPost.js';
import { renderInWorker, type RenderJob, type WorkerOptions } from './renderInWorker.js';

export { RENDER_TIMEOUT_MS, type RenderJob, type WorkerOptions } from './renderInWorker.js';

// Prose renders at roughly 1-3 ms per K characters on this loaded 2-core machine (500 K: ~1.5 s;
// marked's worst cases are capped by plainTextReason), so up to 64 K stays well under the ~1 s
// that would block keys, while a worker costs a few hundred ms to start (bundle + renderer).
export const SYNC_RENDER_MAX_CHARS = 64 * 1024;

export function rendersOffThread(post: Post): boolean {
  return post.body.length > SYNC_RENDER_MAX_CHARS;
}

export function startPostRendering(post: Post, options: RenderOptions, workerOptions?: WorkerOptions): RenderJob {
  if (rendersOffThread(post)) return renderInWorker(post, options, workerOptions);
  return { result: Promise.resolve(renderPost(post, options)), cancel: () => {} };
}
