// Content read again while the reader runs (the folder changed on disk): what changed, in one
// line, and what happens to the open post. The List keeps its query and selection (reducer's
// refilter); the open post keeps its place (a new rendering is mapped by heading, as on resize).
import type { Post } from '../core/types.js';
import type { Command, Update } from './commands.js';
import { reducePost } from './post/postState.js';
import { postKey, type PostKey } from './postKey.js';
import type { AppState } from './state.js';

export interface ContentChanges {
  changed: number;
  added: number;
  removed: number;
  /** The open post's file changed: it is rendered again. */
  openPostChanged: boolean;
  /** The open post is gone from the folder: it stays on screen until the reader leaves it. */
  openPostRemoved: boolean;
}

/** Compares posts by key; `changedPaths` are the files the watcher saw change (relative to the folder). */
export function contentChanges(state: AppState, posts: readonly Post[], changedPaths: readonly string[]): ContentChanges {
  const before = state.postsByKey;
  const after = new Map(posts.map((post) => [postKey(post), post]));
  const touched = new Set(changedPaths);
  const isChanged = (key: PostKey, post: Post): boolean => {
    const old = before.get(key);
    return old !== undefined && (touched.has(post.path) || touched.has(old.path) || old.path !== post.path);
  };
  const open = state.post?.key;
  const openPost = open === undefined ? undefined : after.get(open);
  return {
    changed: [...after].filter(([key, post]) => isChanged(key, post)).length,
    added: [...after.keys()].filter((key) => !before.has(key)).length,
    removed: [...before.keys()].filter((key) => !after.has(key)).length,
    openPostChanged: open !== undefined && openPost !== undefined && isChanged(open, openPost),
    openPostRemoved: open !== undefined && openPost === undefined,
  };
}

/** `reloaded: 1 changed, 1 new`; null when nothing the reader can see changed. */
function reloadNotice(changes: ContentChanges): string | null {
  const parts = [
    changes.changed > 0 ? `${changes.changed} changed` : '',
    changes.added > 0 ? `${changes.added} new` : '',
    changes.removed > 0 ? `${changes.removed} removed` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `reloaded: ${parts.join(', ')}` : null;
}

/** Tells the reader what changed, on the screen they are on; asks for the open post's new rendering. */
export function announceReload(state: AppState, changes: ContentChanges): Update {
  const notice = reloadNotice(changes);
  const commands: Command[] = [];
  if (state.screen !== 'post' || !state.post) return { state: { ...state, notice }, commands };
  if (changes.openPostChanged && state.post.rendered)
    commands.push({ kind: 'renderPost', key: state.post.key, width: state.post.width, layout: state.layout });
  const text = changes.openPostRemoved ? 'this post was removed from the folder: it stays readable until you leave it' : notice;
  return { state: text ? { ...state, post: reducePost(state.post, { type: 'post/message', text }) } : state, commands };
}
