// Renders the open post at the current width when it opens or the width changes. The renderer
// is heavy, so it is imported only when the first post opens. Large posts render on a worker
// thread, so keys (q, Esc, Ctrl-C) keep working meanwhile; PostBody shows "rendering…" until
// the result arrives. Leaving the post, or a new width, cancels a rendering still running.
import { useEffect, useRef, type Dispatch } from 'react';
import type { Post } from '../core/types.js';
import type { PostState } from './post/postState.js';
import type { AppAction } from './state.js';

export function usePostRendering(post: PostState | null, width: number, color: boolean, posts: readonly Post[], dispatch: Dispatch<AppAction>): void {
  // The post on screen now: a rendering that finishes after the reader moved on is dropped.
  const showing = useRef<Post | null>(null);
  showing.current = post?.post ?? null;
  const needed = post !== null && (post.rendered === null || post.width !== width) ? post.post : null;

  useEffect(() => {
    if (!needed) return;
    let cancelled = false;
    let cancel = (): void => {};
    void import('../core/render/worker/index.js').then(
      ({ startPostRendering }) => {
        if (cancelled) return;
        const job = startPostRendering(needed, { width, color, posts });
        cancel = job.cancel;
        void job.result.then((result) => {
          if (cancelled || showing.current !== needed) return;
          dispatch({ type: 'post/rendered', result, width });
          // The TUI has no other place for the renderer's notice (plain-text fallback): the
          // footer's message line, until the next key, as for other one-line statuses.
          if (result.notice) dispatch({ type: 'post/message', text: result.notice });
        });
      },
      () => dispatch({ type: 'post/message', text: 'could not load the renderer' }),
    );
    return () => {
      cancelled = true;
      cancel();
    };
  }, [needed, width, color, posts, dispatch]);
}
