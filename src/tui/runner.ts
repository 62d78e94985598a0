// The one place the reader's commands (commands.ts) are performed; each result comes back as an
// action. Rendering a post: a post the renderer answers at once (small, renderer loaded) is
// reported before the dispatch that asked for it returns, so its first frame is the post rather
// than "rendering…" followed by a second frame; a large post renders on a worker thread, its
// first part shown as soon as it is ready, while keys (q, Esc, Ctrl-C) keep working. A new
// rendering, or leaving the post, cancels the one still running.
import type { LayoutChoices, Post, RenderOptions, RenderResult } from '../core/types.js';
import type { ReadingRecord } from '../data/readingRecords.js';
import type { Command } from './commands.js';
import type { PostKey } from './postKey.js';
import { instantRenderer, loadRenderer, preloadRenderer, renderingFailed, type InstantRenderer } from './instantRendering.js';
import { postTextWidth } from './layout.js';
import { listSearcher } from './listSearch.js';
import type { PerformRequest } from './shellRequests.js';
import type { AppAction, AppState, LoadedContent } from './state.js';

export interface RunnerServices {
  color: boolean;
  performRequest: PerformRequest;
  /** Reads the content again (loadContent); without it, the content loaded at start stays. */
  load?: () => LoadedContent & { error?: string };
  /** Saves reading records (src/data/readingStore.ts); without it, nothing is saved. */
  saveReading?: (records: readonly (readonly [PostKey, ReadingRecord])[], now: boolean) => void;
}

export interface CommandRunner {
  run(command: Command): void;
  /**
   * Called once the first frame is on screen: builds the search index (before the first `/`),
   * then loads the renderer (before the first Enter). Loading it blocks keys once for ~150 ms,
   * just after start, instead of adding that to the first post opened. So does a first
   * rendering, about twice as slow as later ones (lazy set-up, cold code): it is done on the
   * first row's post, the one most likely opened first, and kept for it (instantRenderer keeps
   * its last).
   */
  warmUp(): void;
}

export function createRunner(getState: () => AppState, dispatch: (action: AppAction) => void, services: RunnerServices): CommandRunner {
  // Link resolution renders against the posts of the blog: a new set of posts, a new renderer.
  let instant: { posts: readonly Post[]; renderNow: InstantRenderer } | undefined;
  // The layout choices (math, code lines) the instant renderer renders with: the command's.
  let layout: LayoutChoices = getState().layout;
  const renderNow = (posts: readonly Post[]): InstantRenderer => {
    if (instant?.posts !== posts) instant = { posts, renderNow: instantRenderer({ color: services.color, posts }, () => layout) };
    return instant.renderNow;
  };
  let rendering: AbortController | undefined;

  const renderPost = (key: string, width: number, choices: LayoutChoices): void => {
    layout = choices;
    rendering?.abort();
    rendering = undefined;
    const { postsByKey, posts } = getState();
    const post = postsByKey.get(key);
    if (!post) return;
    const show = (result: RenderResult): void => {
      dispatch({ type: 'post/rendered', key, result, width, layout: choices });
      // The TUI has no other place for the renderer's notice (plain-text fallback): the
      // footer's message line, until the next key, as for other one-line statuses. Dispatched
      // after the keys typed meanwhile have been replayed, so they do not clear it unseen.
      if (result.notice) dispatch({ type: 'post/message', text: result.notice });
    };
    const now = renderNow(posts)(post, width);
    if (now) return show(now);
    const leaving = new AbortController();
    rendering = leaving;
    const showUnlessLeft = (result: RenderResult | null): void => {
      if (result && !leaving.signal.aborted) show(result);
    };
    void renderOffScreen(post, { width, color: services.color, posts, ...choices }, leaving.signal, showUnlessLeft).then(showUnlessLeft);
  };

  return {
    run(command) {
      switch (command.kind) {
        case 'renderPost':
          return renderPost(command.key, command.width, command.layout);
        case 'stopRendering':
          rendering?.abort();
          rendering = undefined;
          return;
        case 'openUrl':
        case 'openFile':
        case 'copy':
          void services.performRequest(command).then((text) => dispatch({ type: 'post/message', text }));
          return;
        case 'loadContent': {
          if (!services.load) return;
          // A folder that cannot be read any more leaves the posts on screen as they were.
          const loaded = services.load();
          dispatch(
            loaded.error ? { type: 'post/message', text: loaded.error } : { type: 'content/loaded', loaded, changedPaths: command.changedPaths },
          );
          return;
        }
        case 'saveReading':
          services.saveReading?.(command.records, command.now);
          return;
      }
    },
    warmUp() {
      listSearcher(getState().posts).warm();
      preloadRenderer(() => {
        const state = getState();
        const first = state.posts[0];
        if (first) renderNow(state.posts)(first, postTextWidth(state.size, state.fixedWidth));
      });
    },
  };
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
