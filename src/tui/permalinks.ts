// `Y` and `O`: the post's public URL (see core/content/permalink.ts), copied with OSC 52 or opened
// with the system's opener, from the List (the selected post) or the Post screen (the open one).
import { permalinkOf } from '../core/content/permalink.js';
import { only, withCommand, type Update } from './commands.js';
import { reducePost } from './post/postState.js';
import { selectedPost, type AppState } from './state.js';

export type PermalinkUse = 'copy' | 'open';

export function sharePermalink(state: AppState, use: PermalinkUse): Update {
  const post = state.screen === 'post' && state.post ? state.postsByKey.get(state.post.key) : selectedPost(state);
  if (!post) return only(state);
  const permalink = permalinkOf(post, state.site);
  if ('missing' in permalink) return only(withMessage(state, `${permalink.missing} to ${use} permalinks`));
  return withCommand(state, use === 'copy' ? { kind: 'copy', url: permalink.url } : { kind: 'openUrl', url: permalink.url });
}

/** A one-line message where the reader is: the Post screen's message line, else the List's notice row. */
export function withMessage(state: AppState, text: string): AppState {
  return state.post ? { ...state, post: reducePost(state.post, { type: 'post/message', text }) } : { ...state, notice: text };
}
