// The renderer (marked, marked-terminal, highlight.js) takes ~150 ms to evaluate, so it is
// imported once, on demand: preloaded in idle time after the List's first frame, or when a
// post opens first. Once loaded, a post that renders quickly is rendered inside the key's
// dispatch (runner.ts), so its first frame is the post, not "rendering…".
import { plainTextResult } from '../core/render/plainText.js';
import type { Post, RenderOptions, RenderResult } from '../core/types.js';

interface Renderer {
  renderPost: typeof import('../core/render/worker/index.js').renderOnMainThread;
  rendersOffThread: typeof import('../core/render/worker/index.js').rendersOffThread;
  startPostRendering: typeof import('../core/render/worker/index.js').startPostRendering;
}

/** Renders a post at `width` at once when that is quick, else null (it then renders off screen). */
export type InstantRenderer = (post: Post, width: number) => RenderResult | null;

let loading: Promise<Renderer> | undefined;
let loaded: Renderer | undefined;

/** The renderer, imported on first call; a failed import stays failed (the chunk is missing). */
export function loadRenderer(): Promise<Renderer> {
  loading ??= import('../core/render/worker/index.js').then(
    (worker) =>
      (loaded = { renderPost: worker.renderOnMainThread, rendersOffThread: worker.rendersOffThread, startPostRendering: worker.startPostRendering }),
  );
  return loading;
}

/** Starts loading the renderer, then calls `warmUp`; a failure shows when a post opens (renderingFailed). */
export function preloadRenderer(warmUp: () => void): void {
  loadRenderer().then(warmUp, () => {});
}

export function instantRenderer(options: Omit<RenderOptions, 'width'>): InstantRenderer {
  // The last rendering is kept (one, so memory stays flat): reopening the post just left (Esc,
  // Enter) and opening the first row's post rendered while idle (App.tsx) render nothing again.
  let last: { post: Post; width: number; result: RenderResult } | undefined;
  return (post, width) => {
    if (last?.post === post && last.width === width) return last.result;
    if (!loaded || loaded.rendersOffThread(post)) return null;
    let result: RenderResult;
    try {
      result = loaded.renderPost(post, { ...options, width });
    } catch (error) {
      return renderingFailed(post, width, error);
    }
    last = { post, width, result };
    return result;
  };
}

/** What to show when the renderer cannot be loaded or fails outright: the post's plain text, with why. */
export function renderingFailed(post: Post, width: number, error: unknown): RenderResult {
  return plainTextResult(post.body, width, `the renderer failed (${error instanceof Error ? error.message : String(error)})`);
}
