// Renders the open post at the current width when it opens or the width changes. The renderer
// is heavy, so it is imported only when the first post opens.
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
    void import('../core/render/renderPost.js').then(
      ({ renderPost }) => {
        if (showing.current !== needed) return;
        dispatch({ type: 'post/rendered', result: renderPost(needed, { width, color, posts }), width });
      },
      () => dispatch({ type: 'post/message', text: 'could not load the renderer' }),
    );
  }, [needed, width, color, posts, dispatch]);
}
