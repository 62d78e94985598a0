// Renders a post without blocking the reader: small posts synchronously (instant, no thread
// start-up), large or link-heavy ones on a worker thread with a time limit.
import type { Post, RenderOptions } from '../../types.js';
import { renderWithLanguages } from '../codeLanguages.js';
import { renderOnMainThread, rendersOnMainThread } from './mainThread.js';
import { renderInWorker, type RenderJob, type WorkerOptions } from './renderInWorker.js';

export { renderOnMainThread, SYNC_RENDER_MAX_CHARS } from './mainThread.js';
export { renderIfLanguagesLoaded } from '../codeLanguages.js';
export type { RenderJob, WorkerOptions } from './renderInWorker.js';

export function rendersOffThread(post: Post): boolean {
  return !rendersOnMainThread(post.body);
}

export function startPostRendering(post: Post, options: RenderOptions, workerOptions?: WorkerOptions): RenderJob {
  if (rendersOffThread(post)) return renderInWorker(post, options, workerOptions);
  return { result: renderWithLanguages(post.body, () => renderOnMainThread(post, options)), cancel: () => {} };
}
