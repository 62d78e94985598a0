// The one place the reader's commands (commands.ts) are performed; each result comes back as an
// action. Rendering a post: a post the renderer answers at once (small, renderer loaded) is
// reported before the dispatch that asked for it returns, so its first frame is the post rather
// than "rendering…" followed by a second frame; a large post renders on a worker thread, its
// first part shown as soon as it is ready, while keys (q, Esc, Ctrl-C) keep working. A new
// rendering, or leaving the post, cancels the one still running.
import { PostIndex } from '../core/content/postIndex.js';
import { relatedPosts } from '../core/related/relatedPosts.js';
import type { LayoutChoices, Palette, Post, RelatedPost, RenderOptions, RenderResult } from '../core/types.js';
import type { ReadingRecord } from '../data/readingRecords.js';
import type { Command } from './commands.js';
import type { PostKey } from './postKey.js';
import { instantRenderer, loadRenderer, preloadRenderer, renderingFailed, type InstantRenderer } from './instantRendering.js';
import { postTextWidth } from './layout.js';
import { listSearcher, onBodiesIndexed } from './listSearch.js';
import type { PerformRequest } from './shellRequests.js';
import type { AppAction, AppState, LoadedContent } from './state.js';

export interface RunnerServices {
  color: boolean;
  /** The colours of post bodies (config `theme`); default dark. */
  palette?: Palette;
  performRequest: PerformRequest;
  /** Reads the content again (loadContent); without it, the content loaded at start stays. */
  load?: () => LoadedContent & { error?: string };
  /** Saves reading records (src/data/readingStore.ts); without it, nothing is saved. */
  saveReading?: (records: readonly (readonly [PostKey, ReadingRecord])[], now: boolean) => void;
  /** Runs the user's editor on a post's file (path relative to the content folder): a one-line message when it could not. */
  edit?: (path: string) => string | undefined;
}

export interface CommandRunner {
  run(command: Command): void;
  /**
   * Called once the first frame is on screen: builds the search index (before the first `/`),
   * then loads the renderer (before the first Enter). Loading it blocks keys once for ~150 ms,
   * at the first pause in typing, instead of adding that to the first post opened. So does a first
   * rendering, about twice as slow as later ones (lazy set-up, cold code): it is done on the
   * first row's post, the one most likely opened first, and kept for it (instantRenderer keeps
   * its last).
   */
  warmUp(): void;
}

export function createRunner(getState: () => AppState, dispatch: (action: AppAction) => void, services: RunnerServices): CommandRunner {
  // The listed posts sharing the most tags with a post end it, under "Related".
  const relatedOf = (post: Post): RelatedPost[] => relatedPosts(post, getState().posts);
  // Links resolve through maps of the blog's posts (listed or not), built once per content:
  // content read again, new maps and a new renderer.
  let instant: { posts: AppState['postsByKey']; linkTargets: PostIndex; renderNow: InstantRenderer } | undefined;
  // The layout choices (math, code lines) the instant renderer renders with: the command's.
  let layout: LayoutChoices = getState().layout;
  const renderer = (posts: AppState['postsByKey']): { linkTargets: PostIndex; renderNow: InstantRenderer } => {
    if (instant?.posts !== posts) {
      const linkTargets = new PostIndex([...posts.values()]);
      instant = {
        posts,
        linkTargets,
        renderNow: instantRenderer({ color: services.color, palette: services.palette, linkTargets, relatedOf }, () => layout),
      };
    }
    return instant;
  };
  let rendering: AbortController | undefined;

  const renderPost = (key: string, width: number, choices: LayoutChoices): void => {
    layout = choices;
    rendering?.abort();
    rendering = undefined;
    const { postsByKey } = getState();
    const post = postsByKey.get(key);
    if (!post) return;
    const show = (result: RenderResult): void => {
      dispatch({ type: 'post/rendered', key, result, width, layout: choices });
      // The TUI has no other place for the renderer's notice (plain-text fallback): the
      // footer's message line, until the next key, as for other one-line statuses. Dispatched
      // after the keys typed meanwhile have been replayed, so they do not clear it unseen.
      if (result.notice) dispatch({ type: 'post/message', text: result.notice });
    };
    const { linkTargets, renderNow } = renderer(postsByKey);
    const now = renderNow(post, width);
    if (now) return show(now);
    const leaving = new AbortController();
    rendering = leaving;
    const showUnlessLeft = (result: RenderResult | null): void => {
      if (result && !leaving.signal.aborted) show(result);
    };
    void renderOffScreen(
      post,
      { width, color: services.color, palette: services.palette, linkTargets, related: relatedOf(post), ...choices },
      leaving.signal,
      showUnlessLeft,
    ).then(showUnlessLeft);
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
        case 'editPost': {
          const error = services.edit ? services.edit(command.path) : 'editing is not available here';
          dispatch(error ? { type: 'editor/done', error } : { type: 'editor/done' });
          return;
        }
      }
    },
    warmUp() {
      // A search that did not wait for bodies is done again as they are indexed.
      onBodiesIndexed(() => {
        if (getState().list.bodiesPending) dispatch({ type: 'search/bodiesIndexed' });
      });
      listSearcher(getState().posts).warm();
      preloadRenderer(() => {
        const state = getState();
        const first = state.posts[0];
        if (first) renderer(state.postsByKey).renderNow(first, postTextWidth(state.size, state.fixedWidth));
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
