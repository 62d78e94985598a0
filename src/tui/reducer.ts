// The root reducer: one pure function from (state, action) to state. `post/*` actions are
// delegated to the Post screen's reducePost; side effects are requested via `state.request`.
import type { Post } from '../core/types.js';
import { clamp, listLayout, overlayHeight, postTextWidth, postViewportHeight, scrollToKeepVisible } from './layout.js';
import { EMPTY_HISTORY, step, visit, type HistoryDirection } from './history.js';
import { alwaysQuits, resolveKey, splitKey } from './keymap.js';
import { linkOutcome } from '../core/linkOutcome.js';
import { moveInOverlay, openOverlay, refitOverlay, togglePickedTag, typeDigitInOverlay } from './overlays.js';
import { linkUrl } from './post/linkUrl.js';
import { focusedLink, openPostState, reducePost, type PostAction } from './post/postState.js';
import { editQuery, type QueryEdit } from './queryEditing.js';
import type { InstantRenderer } from './instantRendering.js';
import type { ListSearcher } from './searcher.js';
import {
  allHits,
  hasFilterLine,
  hasFilters,
  selectedPost,
  type AppAction,
  type AppState,
  type ListState,
  type OverlayKind,
  type ShellRequest,
} from './state.js';

export type AppReducer = (state: AppState, action: AppAction) => AppState;

/** What the reducer calls on: the List's search, and the renderer when it can answer at once. */
interface ReducerServices {
  searcher: ListSearcher;
  renderNow: InstantRenderer;
}

/** Without `renderNow`, every opened post waits for its rendering (usePostRendering delivers it). */
export function createReducer(searcher: ListSearcher, renderNow: InstantRenderer = () => null): AppReducer {
  const services = { searcher, renderNow };
  return (state, action) => keepSelectionVisible(reduceAndReplay(state, action, services));
}

/** Reduces, then applies the keys typed ahead once the post they wait for is on screen, rendered. */
function reduceAndReplay(state: AppState, action: AppAction, services: ReducerServices): AppState {
  const next = reduce(state, action, services);
  if (next.typedAhead.length === 0 || !showsRenderedPost(next)) return next;
  // Keys typed while the post was rendering do now what they would have done on screen.
  return next.typedAhead.reduce<AppState>((current, name) => reduceAndReplay(current, { type: 'key', name }, services), { ...next, typedAhead: [] });
}

function reduce(state: AppState, action: AppAction, services: ReducerServices): AppState {
  const { searcher, renderNow } = services;
  switch (action.type) {
    case 'key':
      return reduceKey(state, action.name, services);
    case 'resize': {
      const size = { columns: action.columns, rows: action.rows };
      const resized = { ...state, size };
      return {
        ...resized,
        post: state.post && reducePost(state.post, { type: 'post/resize', viewportHeight: postViewportHeight(size) }),
        overlay: state.overlay && refitOverlay(resized, state.overlay),
      };
    }
    case 'quit':
      return { ...state, exiting: true };
    case 'overlay/open':
      return { ...state, overlay: openOverlay(state, action.overlay, searcher) };
    case 'overlay/close':
      return { ...state, overlay: null };
    case 'overlay/move':
      return state.overlay ? { ...state, overlay: moveInOverlay(state, state.overlay, action.by) } : state;
    case 'overlay/page':
      return state.overlay ? { ...state, overlay: moveInOverlay(state, state.overlay, action.direction * overlayHeight(state.size)) } : state;
    case 'overlay/choose':
      return chooseInOverlay(state, services);
    case 'links/digit':
      return state.overlay ? { ...state, overlay: typeDigitInOverlay(state, state.overlay, action.digit) } : state;
    case 'tags/toggle':
      return state.overlay ? { ...state, overlay: togglePickedTag(state.overlay) } : state;
    case 'tags/clear':
      return { ...state, list: refilter(state, { ...state.list, tags: [] }, searcher, 'keepSelection') };
    case 'list/move':
      return withSelection(state, state.list.selected + action.by);
    case 'list/page':
      return withSelection(state, state.list.selected + action.direction * pageSize(state));
    case 'list/top':
      return withSelection(state, 0);
    case 'list/bottom':
      return withSelection(state, state.list.hits.length - 1);
    case 'list/open': {
      const post = selectedPost(state);
      if (!post) return state;
      return { ...openPost(state, post, renderNow), history: EMPTY_HISTORY, list: { ...state.list, editing: false } };
    }
    case 'search/start':
      return { ...state, list: { ...state.list, editing: true } };
    case 'search/clear':
      return { ...state, list: refilter(state, { ...state.list, query: '', editing: false }, searcher, 'keepSelection') };
    case 'edit':
      return editFocusedQuery(state, action.edit, searcher);
    case 'back':
      return goBack(state);
    case 'forward':
      return goForward(state);
    case 'link/follow':
      return followFocusedLink(state, renderNow);
    case 'link/copy':
      return copyFocusedLink(state);
    default:
      return delegateToPost(state, action);
  }
}

function delegateToPost(state: AppState, action: PostAction): AppState {
  return state.post ? { ...state, post: reducePost(state.post, action) } : state;
}

/**
 * A key is resolved here, not in the input handler, so a key typed before the previous one was
 * drawn still sees the state that key produced ('/' then 'p' in quick succession). An unbound
 * name is replaced by the keys it stands for (splitKey: a meta chord, keys read together).
 */
function reduceKey(state: AppState, name: string, services: ReducerServices): AppState {
  let current = state;
  // A loop, not recursion: a long paste outside a prompt splits into many keys.
  const pending = [name];
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    // Behind a waiting key a key waits too, unresolved (what it means depends on the keys before
    // it), unless it interrupts: quit, back, help and warnings never wait for a slow post.
    if (current.typedAhead.length > 0 && awaitingRendering(current) && !interrupts(current, next)) {
      current = typeAhead(current, next);
      continue;
    }
    const action = resolveKey(current, next);
    // eslint-disable-next-line no-restricted-syntax -- splitKey returns at most two keys
    if (!action) pending.unshift(...splitKey(next));
    else current = awaitingRendering(current) && readsRendering(action) ? typeAhead(current, next) : reduceAndReplay(current, action, services);
  }
  return current;
}

/** The Post screen, with no overlay, shows a post whose first rendering has not arrived yet. */
function awaitingRendering(state: AppState): boolean {
  return state.screen === 'post' && state.overlay === null && state.post !== null && state.post.rendered === null;
}

function showsRenderedPost(state: AppState): boolean {
  return state.screen === 'post' && state.overlay === null && state.post?.rendered != null;
}

// Actions that leave the post or cover it: they do not care where the reader is in it.
const INTERRUPTING: ReadonlySet<AppAction['type']> = new Set(['quit', 'back', 'forward']);
const INTERRUPTING_OVERLAYS: ReadonlySet<OverlayKind> = new Set(['help', 'warnings']);
// Waiting keys that keep the reader on this screen (none opens a prompt, an overlay or another
// post): a key typed behind them means what it means on screen now.
const KEEPS_SCREEN: ReadonlySet<AppAction['type']> = new Set([
  'post/scroll',
  'post/page',
  'post/top',
  'post/bottom',
  'post/nextLink',
  'post/prevLink',
  'post/nextMatch',
  'post/prevMatch',
  'link/copy',
  'edit',
]);

/**
 * A key that acts ahead of the keys waiting for the rendering (they stay queued): Ctrl-C always;
 * q, Esc/h (back), `?` and `!` when what they mean on screen now is what they will mean once the
 * waiting keys apply (none of those opens a prompt, an overlay or another post).
 */
function interrupts(state: AppState, name: string): boolean {
  if (alwaysQuits(name)) return true;
  const action = resolveKey(state, name);
  const interrupting =
    action !== null && (INTERRUPTING.has(action.type) || (action.type === 'overlay/open' && INTERRUPTING_OVERLAYS.has(action.overlay)));
  return interrupting && state.typedAhead.every((waiting) => keepsScreen(state, waiting));
}

/** An unbound name (a paste, a chord) splits into keys that might change the screen: it does not keep it. */
function keepsScreen(state: AppState, name: string): boolean {
  const action = resolveKey(state, name);
  return action !== null && KEEPS_SCREEN.has(action.type);
}

function typeAhead(state: AppState, name: string): AppState {
  return { ...state, typedAhead: [...state.typedAhead, name] };
}

// Actions the Post screen can take before its rendering arrives; every other one reads it
// (lines, links, matches) and waits for it.
const READY_BEFORE_RENDERING: ReadonlySet<AppAction['type']> = new Set(['quit', 'back', 'forward', 'post/searchStart', 'post/searchClear']);

function readsRendering(action: AppAction): boolean {
  return action.type === 'overlay/open' ? action.overlay === 'links' : !READY_BEFORE_RENDERING.has(action.type);
}

function pageSize(state: AppState): number {
  return Math.max(1, listLayout(state.size, hasFilterLine(state.list)).listHeight - 1);
}

function withSelection(state: AppState, selected: number): AppState {
  return { ...state, list: { ...state.list, selected: clamp(selected, 0, Math.max(0, state.list.hits.length - 1)) } };
}

/** Clamps the selection to the results and scrolls the list so the selected row is on screen. */
function keepSelectionVisible(state: AppState): AppState {
  const { list } = state;
  const height = listLayout(state.size, hasFilterLine(list)).listHeight;
  const selected = clamp(list.selected, 0, Math.max(0, list.hits.length - 1));
  const offset = scrollToKeepVisible(list.offset, selected, height, list.hits.length);
  return selected === list.selected && offset === list.offset ? state : { ...state, list: { ...list, selected, offset } };
}

/**
 * Runs the search again for `list`. While typing, the best match is selected (results are best
 * first); when a filter is removed, the post the reader was on stays selected if still listed.
 */
function refilter(state: AppState, list: ListState, searcher: ListSearcher, selection: 'best' | 'keepSelection'): ListState {
  const hits = hasFilters(list) ? searcher.search(list.query, list.tags) : allHits(state.posts);
  const current = selectedPost(state);
  const kept = selection === 'keepSelection' && current ? hits.findIndex((hit) => hit.post === current) : -1;
  return { ...list, hits, selected: Math.max(0, kept), offset: kept >= 0 ? list.offset : 0 };
}

function editFocusedQuery(state: AppState, edit: QueryEdit, searcher: ListSearcher): AppState {
  if (state.screen === 'post') {
    const search = state.post?.search;
    return search ? delegateToPost(state, { type: 'post/searchEdit', query: editQuery(search.query, edit) }) : state;
  }
  const query = editQuery(state.list.query, edit);
  if (query === state.list.query) return state;
  return { ...state, list: refilter(state, { ...state.list, query }, searcher, 'best') };
}

function chooseInOverlay(state: AppState, { searcher, renderNow }: ReducerServices): AppState {
  const { overlay } = state;
  if (overlay?.kind === 'tags') {
    const list = refilter(state, { ...state.list, tags: overlay.picked }, searcher, 'keepSelection');
    return { ...state, overlay: null, list };
  }
  if (overlay?.kind === 'links' && state.post) {
    const focused = { ...state, overlay: null, post: reducePost(state.post, { type: 'post/focusLink', index: overlay.cursor }) };
    return followFocusedLink(focused, renderNow);
  }
  return state;
}

/**
 * Shows `post` on the Post screen (the caller decides what happens to the history). A post the
 * renderer can answer at once is rendered here, so the first frame is the post itself rather
 * than a "rendering…" frame followed by a second one.
 */
function openPost(state: AppState, post: Post, renderNow: InstantRenderer, anchor?: string): AppState {
  const width = postTextWidth(state.size, state.fixedWidth);
  const opened = openPostState(post, width, postViewportHeight(state.size), anchor);
  const result = renderNow(post, width);
  // The renderer's notice (plain-text fallback) goes to the footer, as usePostRendering does.
  const shown = result
    ? reducePost(reducePost(opened, { type: 'post/rendered', result, width }), { type: 'post/message', text: result.notice ?? null })
    : opened;
  return { ...state, screen: 'post', overlay: null, post: shown, typedAhead: [] };
}

/** Back like a browser: the previous post at its scroll position, then the List as it was left. */
function goBack(state: AppState): AppState {
  const moved = moveInHistory(state, 'back');
  return moved ?? { ...state, screen: 'list', post: null, history: EMPTY_HISTORY, typedAhead: [] };
}

function goForward(state: AppState): AppState {
  return moveInHistory(state, 'forward') ?? delegateToPost(state, { type: 'post/message', text: 'no page ahead (l goes forward after going back)' });
}

function moveInHistory(state: AppState, direction: HistoryDirection): AppState | null {
  const moved = state.post && step(state.history, state.post, direction);
  if (!moved) return null;
  const post = reducePost(moved.page, { type: 'post/resize', viewportHeight: postViewportHeight(state.size) });
  return { ...state, post, history: moved.history, typedAhead: [] };
}

const NO_LINK_FOCUSED = 'no link selected (Tab selects the next link)';

function followFocusedLink(state: AppState, renderNow: InstantRenderer): AppState {
  const { post } = state;
  const link = post && focusedLink(post);
  if (!post?.rendered || !link) return delegateToPost(state, { type: 'post/message', text: NO_LINK_FOCUSED });
  const outcome = linkOutcome(link, post.rendered);
  switch (outcome.kind) {
    case 'openPost': {
      const target = state.posts.find((candidate) => candidate.slug === outcome.slug);
      if (!target) return delegateToPost(state, { type: 'post/message', text: `no post "${outcome.slug}" in this blog` });
      // A new post is a new page: the one being left goes on the back stack.
      return { ...openPost(state, target, renderNow, outcome.anchor), history: visit(state.history, post) };
    }
    case 'scrollToLine':
      return delegateToPost(state, { type: 'post/scrollToLine', line: outcome.line });
    case 'openExternal':
      return request(state, 'openExternal', outcome.url);
    case 'refused':
      return delegateToPost(state, { type: 'post/message', text: outcome.message });
  }
}

function copyFocusedLink(state: AppState): AppState {
  const link = state.post && focusedLink(state.post);
  if (!link) return delegateToPost(state, { type: 'post/message', text: NO_LINK_FOCUSED });
  return request(state, 'copy', linkUrl(link));
}

function request(state: AppState, kind: ShellRequest['kind'], url: string): AppState {
  return { ...state, request: { id: (state.request?.id ?? 0) + 1, kind, url } };
}
