// The worker side: render the post it was started with chunk by chunk, sending each chunk as
// soon as it is laid out (the reader shows the first one early), then `done`; the thread ends.
import { parentPort, workerData } from 'node:worker_threads';
import type { Post, RenderOptions } from '../../types.js';
import { renderChunks, renderWidth, type RenderedChunk } from '../renderChunks.js';

export interface RenderRequest {
  post: Post;
  /** Links are resolved by the main thread, so the link targets are not sent. */
  options: Omit<RenderOptions, 'linkTargets'>;
}

export type RenderMessage = { type: 'chunk'; chunk: RenderedChunk } | { type: 'done' };

export function serveRenderRequest(): void {
  const { post, options } = workerData as RenderRequest;
  const send = (message: RenderMessage): void => parentPort?.postMessage(message);
  for (const chunk of renderChunks(post.body, renderWidth(options.width), options.color, undefined, options)) send({ type: 'chunk', chunk });
  send({ type: 'done' });
}
