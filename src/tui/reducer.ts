// The root reducer: one pure function from (state, action) to the next state and the commands
// to perform (commands.ts: render a post, open or copy a URL, load the content). `post/*`
// actions are delegated to the Post screen's reducePost. Nothing here renders, reads a file or
// looks at the clock: the runner (runner.ts) does, and reports back as actions.
import { nextSortOrder, sortPosts } from '../core/content/order.js';
import { sanitizeLine } from '../core/sanitize.js';
import type { LayoutChoices, Post } from '../core/types.js';
import { only, withCommand, type Command, type Update } from './commands.js';
import { clamp, listLayout, bodyHeight, postTextWidth, scrollToKeepVisible } from './layout.js';
import { EMPTY_HISTORY, step, visit, type History, type HistoryDirection } from './history.js';
import { alwaysQuits, resolveKey, splitKey } from './keymap.js';
import { listSearcher } from './listSearch.js';
import { linkOutcome } from './post/linkOutcome.js';
import {
  filterOutline,
  moveInOverlay,
  openOverlay,
  refitOverlay,
  shownOutline,
  togglePickedTag,
  typeDigitInOverlay,
} from './overlays/overlayState.js';
import { listRowAt } from './mouse.js';
import { linkUrl } from './post/linkUrl.js';
import { focusedLink, openPostState, reducePost, type PostAction } from './post/postState.js';
import type { PostKey } from './postKey.js';
import { editQuery, type QueryEdit } from './queryEditing.js';
import { parseQuery } from '../core/search/query.js';
import { filterByMarks, toggleMark, trackReading } from './reading.js';
import { announceReload, contentChanges } from './reload.js';
import { sharePermalink, withMessage } from './permalinks.js';
import {
  allHits,
  hasFilterLine,
  hasFilters,
  keyed,
  listHits,
  selectedPost,
  type AppAction,
  type AppState,
  type ListState,
  type LoadedContent,
  type OverlayKind,
} from './state.js';

export function reduceApp(state: AppState, action: AppAction): Update {
  // A notice on the List lasts until the next key, as the Post screen's message does.
  const from = action.type === 'key' && state.notice !== null ? { ...state, notice: null } : state;
  const { state: next, commands } = reduceAndReplay(from, action);
  const tracked = trackReading(state, keepSelectionVisible(next));
  const shown = tracked.state;
  return { state: shown, commands: [...commands, ...tracked.commands, ...renderingCommands(state, shown)] };
}

/** Reduces, then applies the keys typed ahead once the post they wait for is on screen, rendered. */
function reduceAndReplay(state: AppState, action: AppAction): Update {
  const reduced = reduce(state, action);
  const next = reduced.state;
  if (next.typedAhead.length === 0 || !showsRenderedPost(next)) return reduced;
  // Keys typed while the post was rendering do now what they would have done on screen.
  return next.typedAhead.reduce<Update>((current, name) => chain(current, (at) => reduceAndReplay(at, { type: 'key', name })), {
    state: { ...next, typedAhead: [] },
    commands: reduced.commands,
  });
}

/** Applies `next` to an update's state; the commands of both are kept, in order. */
function chain(update: Update, next: (state: AppState) => Update): Update {
  const after = next(update.state);
  return after.commands.length === 0
    ? { state: after.state, commands: update.commands }
    : { state: after.state, commands: [...update.commands, ...after.commands] };
}

/**
 * The open post needs a rendering when it has none yet, only a part of one (a large post still
 * rendering), or one at another width (the terminal was resized); none once the reader quits.
 */
function wantedRendering(state: AppState): { key: PostKey; width: number; layout: LayoutChoices } | null {
  const { post, layout } = state;
  if (!post || state.exiting) return null;
  const width = postTextWidth(state.size, state.fixedWidth);
  const stale = post.rendered === null || post.rendered.progress !== undefined || post.width !== width || state.renderedLayout !== layout;
  return stale ? { key: post.key, width, layout } : null;
}

/**
 * Rendering follows from the state, so every way a post opens (Enter, a link, history, a
 * resize) asks for it the same way: a new post or width starts a rendering; leaving a post (or
 * the reader) while its rendering still runs stops it, so a worker never outlives its use.
 */
function renderingCommands(before: AppState, after: AppState): Command[] {
  const was = wantedRendering(before);
  const wanted = wantedRendering(after);
  if (wanted) return was?.key === wanted.key && was.width === wanted.width && was.layout === wanted.layout ? [] : [{ kind: 'renderPost', ...wanted }];
  return was && !isRenderedAt(after, was.key) ? [{ kind: 'stopRendering' }] : [];
}

/** The open post is `key`, rendered to its end. */
function isRenderedAt(state: AppState, key: PostKey): boolean {
  const { post } = state;
  return post?.key === key && post.rendered !== null && post.rendered.progress === undefined && !state.exiting;
}

function reduce(state: AppState, action: AppAction): Update {
  switch (action.type) {
    case 'key':
      return reduceKey(state, action.name);
    case 'overlay/choose':
      return chooseInOverlay(state);
    case 'link/follow':
      return followFocusedLink(state);
    case 'link/copy':
      return copyFocusedLink(state);
    case 'post/edit':
      return editPost(state);
    case 'editor/done':
      // Read again whatever the editor changed; the open post is rendered again where it was.
      return withCommand(action.error ? delegateToPost(state, { type: 'post/message', text: action.error }) : state, { kind: 'loadContent' });
    // Reading state and live reload
    case 'reading/toggleRead':
      return only(toggleMark(state, 'read'));
    case 'reading/toggleStar':
      return only(toggleMark(state, 'starred'));
    case 'content/changed':
      return withCommand(state, { kind: 'loadContent', changedPaths: action.paths });
    case 'content/loaded':
      return replaceContent(state, action.loaded, action.changedPaths);
    case 'permalink/copy':
      return sharePermalink(state, 'copy');
    case 'permalink/open':
      return sharePermalink(state, 'open');
    // Outcomes of requests (a copy, an opener) made on the List are shown there.
    case 'post/message':
      return only(action.text === null ? delegateToPost(state, action) : withMessage(state, action.text));
    default:
      return only(reduceState(state, action));
  }
}

/** The actions that only change the state. */
function reduceState(
  state: AppState,
  action: Exclude<
    AppAction,
    {
      type:
        | 'key'
        | 'overlay/choose'
        | 'link/follow'
        | 'link/copy'
        | 'post/edit'
        | 'editor/done'
        | 'reading/toggleRead'
        | 'reading/toggleStar'
        | 'content/changed'
        | 'content/loaded'
        | 'permalink/copy'
        | 'permalink/open'
        | 'post/message';
    }
  >,
): AppState {
  switch (action.type) {
    case 'resize': {
      const size = { columns: action.columns, rows: action.rows };
      const resized = { ...state, size };
      return {
        ...resized,
        post: state.post && reducePost(state.post, { type: 'post/resize', viewportHeight: bodyHeight(size) }),
        overlay: state.overlay && refitOverlay(resized, state.overlay),
      };
    }
    case 'quit':
      return { ...state, exiting: true };
    case 'overlay/open':
      return { ...state, overlay: openOverlay(state, action.overlay) };
    case 'overlay/close':
      return { ...state, overlay: null };
    case 'overlay/move':
      return state.overlay ? { ...state, overlay: moveInOverlay(state, state.overlay, action.by) } : state;
    case 'overlay/page':
      return state.overlay ? { ...state, overlay: moveInOverlay(state, state.overlay, action.direction * bodyHeight(state.size)) } : state;
    case 'links/digit':
      return state.overlay ? { ...state, overlay: typeDigitInOverlay(state, state.overlay, action.digit) } : state;
    case 'tags/toggle':
      return state.overlay ? { ...state, overlay: togglePickedTag(state.overlay) } : state;
    case 'tags/clear':
      return { ...state, list: refilter(state, { ...state.list, tags: [] }, 'keepSelection') };
    case 'list/move':
      return withSelection(state, state.list.selected + action.by);
    case 'list/page':
      return withSelection(state, state.list.selected + action.direction * pageSize(state));
    case 'list/top':
      return withSelection(state, 0);
    case 'list/bottom':
      return withSelection(state, state.list.hits.length - 1);
    case 'list/sort': {
      const sort = nextSortOrder(state.sort);
      const sorted = { ...state, sort, posts: sortPosts(state.posts, sort) };
      return keepSelectionVisible({ ...sorted, list: refilter(sorted, state.list, 'keepSelection') });
    }
    case 'list/open': {
      const post = selectedPost(state);
      if (!post) return state;
      return { ...openPost(state, post), history: EMPTY_HISTORY, list: { ...state.list, editing: false } };
    }
    case 'search/start':
      return { ...state, list: { ...state.list, editing: true } };
    case 'search/bodiesIndexed':
      // On the top row, the selection is the search's pick, not the reader's: it stays on the
      // best hit. Moved down the list, the reader keeps the post chosen.
      return state.list.bodiesPending ? { ...state, list: refilter(state, state.list, state.list.selected === 0 ? 'best' : 'keepSelection') } : state;
    case 'search/clear':
      return { ...state, list: refilter(state, { ...state.list, query: '', editing: false }, 'keepSelection') };
    case 'edit':
      return editFocusedQuery(state, action.edit);
    case 'back':
      return goBack(state);
    case 'forward':
      return goForward(state);
    case 'post/rendered':
      // A rendering that arrives after the reader moved to another post is dropped.
      return state.post?.key === action.key ? { ...delegateToPost(state, action), renderedLayout: action.layout ?? state.layout } : state;
    case 'layout/toggleMath':
    case 'layout/toggleCodeWrap':
    case 'layout/scrollCode':
      return changeLayout(state, action);
    // Reader navigation: half pages of the List, the mouse.
    case 'list/halfPage':
      return withSelection(state, state.list.selected + action.direction * Math.max(1, Math.floor(pageSize(state) / 2)));
    case 'mouse/wheel':
      return wheel(state, action.direction);
    case 'mouse/click':
      return click(state, action.row, action.column);
    default:
      return delegateToPost(state, action);
  }
}

/** New layout choices; the open post renders again with them (see wantedRendering). */
function changeLayout(state: AppState, action: Extract<AppAction, { type: `layout/${string}` }>): AppState {
  const { layout } = state;
  const wrap = layout.codeWrap ?? true;
  switch (action.type) {
    case 'layout/toggleMath': {
      const math = layout.math === 'source' ? 'unicode' : 'source';
      return delegateToPost(
        { ...state, layout: { ...layout, math } },
        { type: 'post/message', text: `math shown as ${math === 'source' ? 'written' : 'Unicode'}` },
      );
    }
    case 'layout/toggleCodeWrap': {
      const text = wrap ? 'code lines cut at the width: < and > scroll them' : 'code lines wrap';
      return delegateToPost({ ...state, layout: { ...layout, codeWrap: !wrap, codeScroll: 0 } }, { type: 'post/message', text });
    }
    case 'layout/scrollCode': {
      if (wrap) return delegateToPost(state, { type: 'post/message', text: 'code lines wrap: press w to cut them and scroll sideways' });
      const codeScroll = Math.max(0, (layout.codeScroll ?? 0) + action.by);
      return codeScroll === (layout.codeScroll ?? 0) ? state : { ...state, layout: { ...layout, codeScroll } };
    }
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
function reduceKey(state: AppState, name: string): Update {
  let current: Update = only(state);
  // A loop, not recursion: a long paste outside a prompt splits into many keys.
  const pending = [name];
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    const at = current.state;
    // Behind a waiting key a key waits too, unresolved (what it means depends on the keys before
    // it), unless it interrupts: quit, back, help and warnings never wait for a slow post.
    if (at.typedAhead.length > 0 && awaitingRendering(at) && !interrupts(at, next)) {
      current = { ...current, state: typeAhead(at, next) };
      continue;
    }
    const action = resolveKey(at, next);
    // eslint-disable-next-line no-restricted-syntax -- splitKey returns at most two keys
    if (!action) pending.unshift(...splitKey(next));
    else if (awaitingRendering(at) && readsRendering(action)) current = { ...current, state: typeAhead(at, next) };
    else current = chain(current, (from) => reduceAndReplay(from, action));
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
  'permalink/copy',
  'permalink/open',
  'edit',
  'post/halfPage',
  'post/heading',
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
const READY_BEFORE_RENDERING: ReadonlySet<AppAction['type']> = new Set([
  'quit',
  'back',
  'forward',
  'post/searchStart',
  'post/searchClear',
  'post/edit',
  'permalink/copy',
  'permalink/open',
]);

function readsRendering(action: AppAction): boolean {
  return action.type === 'overlay/open' ? action.overlay === 'links' || action.overlay === 'outline' : !READY_BEFORE_RENDERING.has(action.type);
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
function refilter(state: AppState, list: ListState, selection: 'best' | 'keepSelection'): ListState {
  const searched = hasFilters(list) ? listSearcher(state.posts).search(list.query, list.tags) : undefined;
  const hits = filterByMarks(searched ? listHits(searched.hits) : allHits(state.posts), parseQuery(list.query).flags, state.reading);
  const current = state.list.hits[state.list.selected]?.key;
  const kept = selection === 'keepSelection' && current !== undefined ? hits.findIndex((hit) => hit.key === current) : -1;
  return { ...list, hits, selected: Math.max(0, kept), offset: kept >= 0 ? list.offset : 0, bodiesPending: searched?.bodiesPending ?? false };
}

function editFocusedQuery(state: AppState, edit: QueryEdit): AppState {
  if (state.overlay?.kind === 'outline') return { ...state, overlay: filterOutline(state, state.overlay, editQuery(state.overlay.query, edit)) };
  if (state.screen === 'post') {
    const search = state.post?.search;
    return search ? delegateToPost(state, { type: 'post/searchEdit', query: editQuery(search.query, edit) }) : state;
  }
  const query = editQuery(state.list.query, edit);
  if (query === state.list.query) return state;
  return { ...state, list: refilter(state, { ...state.list, query }, 'best') };
}

function chooseInOverlay(state: AppState): Update {
  const { overlay } = state;
  if (overlay?.kind === 'tags') {
    const list = refilter(state, { ...state.list, tags: overlay.picked }, 'keepSelection');
    return only({ ...state, overlay: null, list });
  }
  if (overlay?.kind === 'links' && state.post) {
    const focused = { ...state, overlay: null, post: reducePost(state.post, { type: 'post/focusLink', index: overlay.cursor }) };
    return followFocusedLink(focused);
  }
  if (overlay?.kind === 'outline') {
    // Like a link to a heading in the same post (not a history step): the heading on the top line.
    const heading = shownOutline(state, overlay.query)[overlay.cursor]?.heading;
    const closed = { ...state, overlay: null };
    return only(heading ? delegateToPost(closed, { type: 'post/scrollToLine', line: heading.line }) : closed);
  }
  return only(state);
}

/** Shows `post` on the Post screen (the caller decides what happens to the history); reduceApp asks for its rendering. */
function openPost(state: AppState, post: Post, anchor?: string): AppState {
  const opened = openPostState(post, postTextWidth(state.size, state.fixedWidth), bodyHeight(state.size), anchor);
  return { ...state, screen: 'post', overlay: null, post: opened, typedAhead: [] };
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
  const post = reducePost(moved.page, { type: 'post/resize', viewportHeight: bodyHeight(state.size) });
  return { ...state, post, history: moved.history, typedAhead: [] };
}

const NO_LINK_FOCUSED = 'no link selected (Tab selects the next link)';

function followFocusedLink(state: AppState): Update {
  const { post } = state;
  const link = post && focusedLink(post);
  if (!post?.rendered || !link) return only(delegateToPost(state, { type: 'post/message', text: NO_LINK_FOCUSED }));
  const outcome = linkOutcome(link, post.rendered);
  switch (outcome.kind) {
    case 'openPost': {
      const target = state.postsByKey.get(outcome.id);
      if (!target) return only(delegateToPost(state, { type: 'post/message', text: `no post "${sanitizeLine(outcome.id, 300)}" in this blog` }));
      // A new post is a new page: the one being left goes on the back stack.
      return only({ ...openPost(state, target, outcome.anchor), history: visit(state.history, post) });
    }
    case 'scrollToLine':
      // As in a browser, a jump within the page is a step in history: Backspace/h returns here.
      return only({ ...delegateToPost(state, { type: 'post/scrollToLine', line: outcome.line }), history: visit(state.history, post) });
    case 'openExternal':
      return withCommand(state, { kind: 'openUrl', url: outcome.url });
    case 'openFile':
      return withCommand(state, { kind: 'openFile', path: outcome.path });
    case 'refused':
      return only(delegateToPost(state, { type: 'post/message', text: outcome.message }));
  }
}

/** `e`: the open post on the Post screen, the selected one on the List. */
function editPost(state: AppState): Update {
  const post = state.screen === 'post' && state.post ? state.postsByKey.get(state.post.key) : selectedPost(state);
  return post ? withCommand(state, { kind: 'editPost', path: post.path }) : only(state);
}

/** The wheel scrolls what is on screen, three lines a notch as terminals scroll. */
const WHEEL_LINES = 3;

function wheel(state: AppState, direction: 1 | -1): AppState {
  const by = direction * WHEEL_LINES;
  if (state.overlay) return { ...state, overlay: moveInOverlay(state, state.overlay, by) };
  if (state.screen === 'post') return delegateToPost(state, { type: 'post/scroll', by });
  return withSelection(state, state.list.selected + by);
}

/** A click on a List row selects its post; elsewhere, and on other screens, it does nothing. */
function click(state: AppState, row: number, column: number): AppState {
  if (state.overlay || state.screen !== 'list' || state.list.editing) return state;
  const index = listRowAt(state, row, column);
  return index === null ? state : withSelection(state, index);
}

function copyFocusedLink(state: AppState): Update {
  const link = state.post && focusedLink(state.post);
  if (!link) return only(delegateToPost(state, { type: 'post/message', text: NO_LINK_FOCUSED }));
  return withCommand(state, { kind: 'copy', url: linkUrl(link) });
}

/**
 * The content read again: the List keeps its filters and the post it had selected; the pages in
 * the history stay while their posts are still there. The open post stays, re-rendered at its
 * place when its file changed; removed, it stays readable (kept by key, out of the List) until
 * the reader leaves it.
 */
function replaceContent(state: AppState, loaded: LoadedContent, changedPaths?: readonly string[]): Update {
  const everyPost = [...loaded.posts, ...(loaded.unlisted ?? [])];
  const seen = contentChanges(state, everyPost, changedPaths ?? []);
  // Without the watcher's list of files (read again after the editor ran) the open post may have
  // changed: it is rendered again, at its place.
  const changes = changedPaths === undefined && state.post && !seen.openPostRemoved ? { ...seen, openPostChanged: true } : seen;
  const open = state.post && state.postsByKey.get(state.post.key);
  const loadedByKey = keyed(everyPost);
  const postsByKey = changes.openPostRemoved && open ? keyed([...everyPost, open]) : loadedByKey;
  // The order the reader picked with the sort key stays; the loader's order is the default one.
  const sort = state.sort;
  const posts = sort === (loaded.order ?? sort) ? loaded.posts : sortPosts(loaded.posts, sort);
  const replaced = { ...state, blogName: loaded.blogName, posts, postsByKey, warnings: loaded.warnings };
  const list = refilter(replaced, state.list, 'keepSelection');
  const history = keptPages(state.history, loadedByKey);
  return announceReload({ ...replaced, site: loaded.site ?? state.site, list, history }, changes);
}

function keptPages(history: History, posts: ReadonlyMap<PostKey, Post>): History {
  return { back: history.back.filter((page) => posts.has(page.key)), forward: history.forward.filter((page) => posts.has(page.key)) };
}
