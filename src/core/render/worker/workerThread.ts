// The worker side: render the post it was started with chunk by chunk, sending each chunk as
// soon as it is laid out (the reader shows the first one early), then `done`; the thread ends.
// Links are resolved here too, as each chunk is rendered: a post of 20,000 links costs the
// reader's main thread nothing but copying the results.
import { parentPort, workerData } from 'node:worker_threads';
import { PostIndex } from '../../content/postIndex.js';
import type { LinkTargetFields, Post, RenderOptions } from '../../types.js';
import { loadCodeLanguages } from '../codeLanguages.js';
import { resolveImage, resolveLink, type LinkContext } from '../links.js';
import { renderChunks, renderWidth, type RenderedChunk } from '../renderChunks.js';

export interface RenderRequest {
  post: Post;
  options: Omit<RenderOptions, 'linkTargets'>;
  /**
   * What links are resolved against: each post's id, slug, path and aliases. The main thread's
   * index is a class, which a message cannot carry, so the worker builds its own from these.
   */
  linkTargets: LinkTargetFields[];
}

export type RenderMessage = { type: 'chunk'; chunk: RenderedChunk } | { type: 'done' };

export async function serveRenderRequest(): Promise<void> {
  const { post, options, linkTargets } = workerData as RenderRequest;
  // The grammars the post's code names (the worker renders chunk by chunk: a grammar missed by
  // that scan leaves its blocks plain, as past the time budget).
  await loadCodeLanguages(post.body);
  const send = (message: RenderMessage): void => parentPort?.postMessage(message);
  const context: LinkContext = { post, targets: new PostIndex(linkTargets) };
  for (const chunk of renderChunks(post.body, renderWidth(options.width), options.color, undefined, options)) {
    // Anchors need every heading of the post: the main thread resolves those (see assembly.ts).
    const links = chunk.links.map((link) => ({ ...link, resolved: link.image ? resolveImage(link.url, context) : resolveLink(link.url, context) }));
    send({ type: 'chunk', chunk: { ...chunk, links } });
  }
  send({ type: 'done' });
}
