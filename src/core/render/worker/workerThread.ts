// The worker side: render the post it was started with chunk by chunk, sending each chunk as
// soon as it is laid out (the reader shows the first one early), then `done`; the thread ends.
// Links are resolved here too, as each chunk is rendered: a post of 20,000 links costs the
// reader's main thread nothing but copying the results.
import { parentPort, workerData } from 'node:worker_threads';
import type { Post, RenderOptions } from '../../types.js';
import { resolveLink, type LinkContext } from '../links.js';
import { renderChunks, renderWidth, type RenderedChunk } from '../renderChunks.js';

export interface RenderRequest {
  role: string;
  post: Post;
  options: Omit<RenderOptions, 'posts'>;
  /** What links are resolved against: each post's slug, path and aliases. */
  linkTargets: NonNullable<LinkContext['posts']>;
}

export type RenderMessage = { type: 'chunk'; chunk: RenderedChunk } | { type: 'done' };

export function serveRenderRequest(): void {
  const { post, options, linkTargets } = workerData as RenderRequest;
  const send = (message: RenderMessage): void => parentPort?.postMessage(message);
  const context: LinkContext = { post, posts: linkTargets };
  for (const chunk of renderChunks(post.body, renderWidth(options.width), options.color, undefined, options)) {
    // Anchors need every heading of the post: the main thread resolves those (see assembly.ts).
    const links = chunk.links.map((link) => ({ ...link, resolved: resolveLink(link.url, context) }));
    send({ type: 'chunk', chunk: { ...chunk, links } });
  }
  send({ type: 'done' });
}
