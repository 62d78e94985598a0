// Everything the interactive reader shows is derived from this one state value; the reducer
// (reducer.ts) is the only thing that changes it.
import { EMPTY_HISTORY, type History } from './history.js';
import type { SearchHit } from '../core/search/index.js';
import type { Post, Warning } from '../core/types.js';
import type { QueryEdit } from './queryEditing.js';
import type { Size } from './layout.js';
import type { PostAction, PostState } from './post/postState.js';

export interface ListState {
  query: string;
  /** The search prompt has focus and takes every printable key. */
  editing: boolean;
  /** Tags chosen in the tag picker (all must match), on top of `#tag` words in the query. */
  tags: string[];
  hits: readonly SearchHit[];
  /** The hits may still grow: bodies are being indexed, and body-only matches are not among them yet. */
  bodiesPending?: boolean;
  selected: number;
  /** Index of the first visible row. */
  offset: number;
}

export interface TagChoice {
  tag: string;
  count: number;
}

export type Overlay =
  | { kind: 'help'; scroll: number }
  | { kind: 'warnings'; scroll: number }
  | { kind: 'tags'; choices: TagChoice[]; cursor: number; offset: number; picked: string[] }
  /** `typed`: link-number digits typed so far (lynx-style). */
  | { kind: 'links'; cursor: number; offset: number; typed: string };

/** Side effects the reducer asks the shell to perform (it stays pure); `id` makes each request distinct. */
export type ShellRequest = { id: number; kind: 'openExternal' | 'copy'; url: string };

export interface AppState {
  blogName: string;
  posts: readonly Post[];
  warnings: readonly Warning[];
  size: Size;
  /** --width, when given; otherwise post text is as wide as the terminal, at most 100 columns. */
  fixedWidth: number | null;
  screen: 'list' | 'post';
  list: ListState;
  overlay: Overlay | null;
  post: PostState | null;
  history: History;
  /**
   * Keys typed on the Post screen before its post's first rendering arrived that need it (or
   * came after one that does). They are resolved once the rendered post is on screen (after
   * help or warnings opened meanwhile are closed), so they do what they would have done on
   * screen: `G`, Tab, `/` then a query, all in order.
   */
  typedAhead: readonly string[];
  request: ShellRequest | null;
  exiting: boolean;
}

export type OverlayKind = Overlay['kind'];

export type AppAction =
  /** A key, by canonical name; the reducer resolves it through the keymap against the current state. */
  | { type: 'key'; name: string }
  | { type: 'resize'; columns: number; rows: number }
  | { type: 'quit' }
  | { type: 'overlay/open'; overlay: OverlayKind }
  | { type: 'overlay/close' }
  | { type: 'overlay/move'; by: number }
  | { type: 'overlay/page'; direction: 1 | -1 }
  | { type: 'overlay/choose' }
  | { type: 'links/digit'; digit: string }
  | { type: 'tags/toggle' }
  | { type: 'tags/clear' }
  | { type: 'list/move'; by: number }
  | { type: 'list/page'; direction: 1 | -1 }
  | { type: 'list/top' }
  | { type: 'list/bottom' }
  | { type: 'list/open' }
  | { type: 'search/start' }
  | { type: 'search/clear' }
  /** The search index has every body: a search that lacked body matches is run again. */
  | { type: 'search/bodiesIndexed' }
  /** Edits whichever search prompt has focus (List or Post). */
  | { type: 'edit'; edit: QueryEdit }
  | { type: 'back' }
  | { type: 'forward' }
  | { type: 'link/follow' }
  | { type: 'link/copy' }
  | PostAction;

export function initialState(options: {
  blogName: string;
  posts: readonly Post[];
  warnings: readonly Warning[];
  size: Size;
  fixedWidth?: number;
}): AppState {
  return {
    blogName: options.blogName,
    posts: options.posts,
    warnings: options.warnings,
    size: options.size,
    fixedWidth: options.fixedWidth ?? null,
    screen: 'list',
    list: { query: '', editing: false, tags: [], hits: allHits(options.posts), selected: 0, offset: 0 },
    overlay: null,
    post: null,
    history: EMPTY_HISTORY,
    typedAhead: [],
    request: null,
    exiting: false,
  };
}

/** The unfiltered list, in the loader's order (newest first); no search index needed. */
export function allHits(posts: readonly Post[]): SearchHit[] {
  return posts.map((post) => ({ post, score: 0, titleRanges: [] }));
}

export function selectedPost(state: AppState): Post | undefined {
  return state.list.hits[state.list.selected]?.post;
}

export function hasFilters(list: ListState): boolean {
  return list.query !== '' || list.tags.length > 0;
}

/** The line under the List's header: shown while typing a search or while filters apply. */
export function hasFilterLine(list: ListState): boolean {
  return list.editing || hasFilters(list);
}
