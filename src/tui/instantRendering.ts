// The renderer (marked, marked-terminal, highlight.js) takes ~150 ms to evaluate, so it is
// imported once, on demand: preloaded after the List's first frame once the user pauses typing,
// or when a post opens first. Once loaded, a post that renders quickly is rendered inside the key's
// dispatch (runner.ts), so its first frame is the post, not "rendering…".
import { plainTextResult } from '../core/render/plainTextFallback.js';
import type { LayoutChoices, Post, RenderOptions, RenderResult } from '../core/types.js';
import { whenQuiet } from './quietTime.js';

interface Renderer {
  renderPost: typeof import('../core/render/worker/index.js').renderOnMainThread;
  renderIfLanguagesLoaded: typeof import('../core/render/worker/index.js').renderIfLanguagesLoaded;
  rendersOffThread: typeof import('../core/render/worker/index.js').rendersOffThread;
  startPostRendering: typeof import('../core/render/worker/index.js').startPostRendering;
  warmUpHighlighting: typeof import('../core/render/highlight.js').warmUpHighlighting;
}

/** Renders a post at `width` at once when that is quick, else null (it then renders off screen). */
// One object, so a renderer without layout choices finds its last rendering again.
const NO_CHOICES: LayoutChoices = {};

export type InstantRenderer = (post: Post, width: number) => RenderResult | null;

let loading: Promise<Renderer> | undefined;
let loaded: Renderer | undefined;

const nextTask = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * How long no key must have come (counted from its frame) before the renderer is loaded in the
 * background. A brisk typist's next key comes ~100-200 ms after the last one's frame; a post
 * opened sooner loads the renderer itself, as it would have waited for a load in progress.
 */
const QUIET_BEFORE_LOADING_MS = 500;

/**
 * The renderer, imported on first call; a failed import stays failed (the chunk is missing). The
 * highlighter (highlight.js, cli-highlight) is about half of the renderer's start-up: the rest is
 * imported a task later, so a key typed meanwhile is answered between the two halves. All parts
 * load at once otherwise, so a missing one fails the load without waiting for the others.
 */
export function loadRenderer(): Promise<Renderer> {
  loading ??= Promise.all([import('../core/render/highlight.js'), nextTask().then(() => import('../core/render/worker/index.js'))]).then(
    ([highlight, worker]) =>
      (loaded = {
        renderPost: worker.renderOnMainThread,
        renderIfLanguagesLoaded: worker.renderIfLanguagesLoaded,
        rendersOffThread: worker.rendersOffThread,
        startPostRendering: worker.startPostRendering,
        warmUpHighlighting: highlight.warmUpHighlighting,
      }),
  );
  return loading;
}

/**
 * Loads the renderer, warms up code highlighting, then calls `warmUp`, each step once the user
 * has stopped typing for a while (QUIET_BEFORE_LOADING_MS, counted from this call at the
 * earliest): a step blocks keys for up to ~100 ms and cannot be stopped once begun, so the keys
 * typed just after start, and any query typed at a brisk pace, never wait for it. A failure
 * shows when a post opens (renderingFailed).
 */
export function preloadRenderer(warmUp: () => void): void {
  const since = performance.now();
  // A step may be asynchronous (warming up highlighting loads a grammar first): the next waits for it.
  const step = (task: () => unknown): Promise<void> =>
    new Promise((resolve) =>
      whenQuiet(
        QUIET_BEFORE_LOADING_MS,
        () => {
          Promise.resolve(task()).then(
            () => resolve(),
            () => resolve(),
          );
        },
        since,
      ),
    );
  void step(() => {}).then(() =>
    loadRenderer().then(
      async (renderer) => {
        await step(renderer.warmUpHighlighting);
        await step(warmUp);
      },
      () => {},
    ),
  );
}

/** `relatedOf`: the posts the "Related" section of a post lists (see core/related). */
export function instantRenderer(
  { relatedOf, ...options }: Omit<RenderOptions, 'width' | 'related'> & { relatedOf?: (post: Post) => RenderOptions['related'] },
  layout: () => LayoutChoices = () => NO_CHOICES,
): InstantRenderer {
  // The last rendering is kept (one, so memory stays flat): reopening the post just left (Esc,
  // Enter) and opening the first row's post rendered while idle (App.tsx) render nothing again.
  let last: { post: Post; width: number; choices: LayoutChoices; result: RenderResult } | undefined;
  return (post, width) => {
    const choices = layout();
    if (last?.post === post && last.width === width && last.choices === choices) return last.result;
    if (!loaded || loaded.rendersOffThread(post)) return null;
    let result: RenderResult | null;
    try {
      // Code in a language whose grammar is not loaded yet: rendered off screen once it is.
      const renderPost = loaded.renderPost;
      result = loaded.renderIfLanguagesLoaded(post.body, () => renderPost(post, { ...options, related: relatedOf?.(post), ...choices, width }));
    } catch (error) {
      return renderingFailed(post, width, error);
    }
    if (!result) return null;
    last = { post, width, choices, result };
    return result;
  };
}

/** What to show when the renderer cannot be loaded or fails outright: the post's plain text, with why. */
export function renderingFailed(post: Post, width: number, error: unknown): RenderResult {
  return plainTextResult(post.body, width, `the renderer failed (${error instanceof Error ? error.message : String(error)})`);
}
