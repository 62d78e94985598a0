// Renders the open post at the current width when it opens or the width changes, unless the
// reducer already did (instantRendering.ts: small posts once the renderer is loaded). Large
// posts render on a worker thread, so keys (q, Esc, Ctrl-C) keep working meanwhile; PostBody
// shows "rendering…" until the result arrives. Leaving the post, or a new width, cancels a
// rendering still running.
import { useEffect, useRef, type Dispatch } from 'react';
import type { LinkTargets, Post, RenderOptions, RenderResult } from '../core/types.js';
import { loadRenderer, renderingFailed } from './instantRendering.js';
import type { PostState } from './post/postState.js';
import type { AppAction } from './state.js';

export function usePostRendering(
  post: PostState | null,
  width: number,
  color: boolean,
  linkTargets: LinkTargets,
  dispatch: Dispatch<AppAction>,
): void {
  // The post on screen now: a rendering that finishes after the reader moved on is dropped.
  const showing = useRef<Post | null>(null);
  showing.current = post?.post ?? null;
  // A partial result (a large post's first part, `progress` set) keeps its rendering running.
  const needed = post !== null && (post.rendered === null || post.rendered.progress !== undefined || post.width !== width) ? post.post : null;

  useEffect(() => {
    if (!needed) return;
    const leaving = new AbortController();
    const show = (result: RenderResult | null): void => {
      if (!result || leaving.signal.aborted || showing.current !== needed) return;
      dispatch({ type: 'post/rendered', result, width });
      // The TUI has no other place for the renderer's notice (plain-text fallback): the
      // footer's message line, until the next key, as for other one-line statuses. Dispatched
      // after the keys typed meanwhile have been replayed, so they do not clear it unseen.
      if (result.notice) dispatch({ type: 'post/message', text: result.notice });
    };
    void renderOffScreen(needed, { width, color, linkTargets }, leaving.signal, show).then(show);
    return () => leaving.abort();
  }, [needed, width, color, linkTargets, dispatch]);
}

/**
 * Resolves with something to show (null once cancelled): if the renderer cannot be loaded or
 * fails outright, the post's plain text with a notice, so keys waiting for it are answered.
 */
async function renderOffScreen(
  post: Post,
  options: RenderOptions,
  cancelled: AbortSignal,
  onPartial: (partial: RenderResult) => void,
): Promise<RenderResult | null> {
  try {
    const { startPostRendering } = await loadRenderer();
    if (cancelled.aborted) return null;
    const job = startPostRendering(post, options, { onPartial });
    cancelled.addEventListener('abort', job.cancel, { once: true });
    return await job.result;
  } catch (error) {
    return renderingFailed(post, options.width, error);
  }
}
