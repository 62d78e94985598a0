// The worker side: render the post it was started with, send the result, and let the thread end.
import { parentPort, workerData } from 'node:worker_threads';
import type { Post, RenderOptions } from '../../types.js';
import { renderPost } from '../renderPost.js';

export interface RenderRequest {
  role: string;
  post: Post;
  options: RenderOptions;
}

export function serveRenderRequest(): void {
  const { post, options } = workerData as RenderRequest;
  parentPort?.postMessage(renderPost(post, options));
}
