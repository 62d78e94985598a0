// Renders the open post at the current width when it opens or the width changes. The renderer
// is heavy, so it is imported only when the first post opens. Large posts render on a worker
// thread, so keys (q, Esc, Ctrl-C) keep working meanwhile; PostBody shows "rendering…" until
// the result arrives. Leaving the post, or a new width, cancels a rendering still running.
import { useEffect, useRef, type Dispatch } from 'react';
import { plainTextResult } from '../core/render/plainText.js';
import type { Post, RenderOptions, RenderResult } from '../core/types.js';
import type { PostState } from './post/postState.js';
import type { AppAction } from './state.js';

export function usePostRendering(post: PostState | null, width: number, color: boolean, posts: readonly Post[], dispatch: Dispatch<AppAction>): void {
  // The post on screen now: a rendering that finishes after the reader moved on is dropped.
  const showing = useRef<Post | null>(null);
  showing.current = post?.post ?? null;
  const needed = post !== null && (post.rendered === null || post.width !== width) ? post.post : null;

  useEffect(() => {
    if (!needed) return;
    const leaving = new AbortController();
    void renderOffScreen(needed, { width, color, posts }, leaving.signal).then((result) => {
      if (!result || leaving.signal.aborted || showing.current !== needed) return;
      dispatch({ type: 'post/rendered', result, width });
      // The TUI has no other place for the renderer's notice (plain-text fallback): the
      // footer's message line, until the next key, as for other one-line statuses.
      if (result.notice) dispatch({ type: 'post/message', text: result.notice });
    });
    return () => leaving.abort();
  }, [needed, width, color, posts, dispatch]);
}

/**
 * Resolves with something to show (null once cancelled): if the renderer cannot be loaded or
 * fails outright, the post's plain text with a notice, so keys waiting for it are answered.
 */
async function renderOffScreen(post: Post, options: RenderOptions, cancelled: AbortSignal): Promise<RenderResult | null> {
  try {
    const { startPostRendering } = await import('../core/render/worker/index.js');
    if (cancelled.aborted) return null;
    const job = startPostRendering(post, options);
    cancelled.addEventListener('abort', job.cancel, { once: true });
    return await job.result;
  } catch (error) {
    return plainTextResult(post.body, options.width, `the renderer failed (${error instanceof Error ? error.message : String(error)})`);
  }
}
