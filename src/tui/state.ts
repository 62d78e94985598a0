// Everything the interactive reader shows is derived from this one state value; the reducer
// (reducer.ts) is the only thing that changes it.
import { EMPTY_HISTORY, type History } from './history.js';
import type { SearchHit } from '../core/search/index.js';
import type { LayoutChoices, LoadResult, Post, RenderResult, SiteInfo, SortOrder, Warning } from '../core/types.js';
import { postKey, type PostKey } from './postKey.js';
import type { QueryEdit } from './queryEditing.js';
import type { Size } from './layout.js';
import type { PostAction, PostState } from './post/postState.js';
import { readingState, type ReadingState } from './reading.js';
import type { ReadingRecords } from '../data/readingRecords.js';

export interface ListState {
  query: string;
  /** The search prompt has focus and takes every printable key. */
  editing: boolean;
  /** Tags chosen in the tag picker (all must match), on top of `#tag` words in the query. */
  tags: string[];
  hits: readonly ListHit[];
  selected: number;
  /** Index of the first visible row. */
  offset: number;
  /** The search did not wait for bodies not indexed yet: their matches join when they are (search/bodiesIndexed). */
  bodiesPending: boolean;
}

/** One row of the List: which post (by key) and where the query matched its title. */
export interface ListHit {
  key: PostKey;
  titleRanges: SearchHit['titleRanges'];
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
  | { kind: 'links'; cursor: number; offset: number; typed: string }
  // Reader navigation: the post's outline (its headings; `query` filters them as it is typed).
  | { kind: 'outline'; query: string; cursor: number; offset: number };

export interface AppState {
  blogName: string;
  /** The order of `posts` (the List's sort key cycles it). */
  sort: SortOrder;
  posts: readonly Post[];
  /**
   * The same posts by key, and the unlisted ones links may open (Hugo `build: {list: never}`):
   * List rows, the open post and history name posts by key.
   */
  postsByKey: ReadonlyMap<PostKey, Post>;
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
  exiting: boolean;
  /** How posts show math and code lines (keys m, w, <, >). */
  layout: LayoutChoices;
  /** The layout choices of the open post's rendering: when they differ from `layout`, it renders again. */
  renderedLayout: LayoutChoices;
  // Reading state and live reload
  reading: ReadingState;
  /** A one-line notice on the List's bottom row (`reloaded: 1 changed`), until the next key. */
  notice: string | null;
  /** What was read: the List header's label (`Hugo site · content/`), and the base URL and permalink patterns of the posts' public URLs. */
  site?: SiteInfo;
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
  | { type: 'list/sort' }
  | { type: 'list/open' }
  | { type: 'search/start' }
  | { type: 'search/clear' }
  /** Idle preparation indexed more bodies: a search that lacked them is done again. */
  | { type: 'search/bodiesIndexed' }
  /** Edits whichever search prompt has focus (List or Post). */
  | { type: 'edit'; edit: QueryEdit }
  | { type: 'back' }
  | { type: 'forward' }
  | { type: 'link/follow' }
  | { type: 'link/copy' }
  /** The content, read (again): replaces the posts, keeping the reader on the same ones. */
  | { type: 'content/loaded'; loaded: LoadedContent; changedPaths?: readonly string[] }
  /** A rendering of post `key` at `width` (partial while `result.progress` is set). */
  | { type: 'post/rendered'; key: PostKey; result: RenderResult; width: number; layout?: LayoutChoices }
  | { type: 'layout/toggleMath' }
  | { type: 'layout/toggleCodeWrap' }
  | { type: 'layout/scrollCode'; by: number }
  // Reader navigation: outline, half pages, editing the post's file, the mouse.
  | { type: 'list/halfPage'; direction: 1 | -1 }
  /** `e`: the selected post (List) or the open one (Post) in the user's editor; answered by `editor/done`. */
  | { type: 'post/edit' }
  /** The editor exited (`error`: why it could not run); the content is read again. */
  | { type: 'editor/done'; error?: string }
  | { type: 'mouse/wheel'; direction: 1 | -1 }
  /** A click at a screen cell (0-based): on the List, selects the post drawn there. */
  | { type: 'mouse/click'; row: number; column: number }
  | Exclude<PostAction, { type: 'post/rendered' }>
  // Reading state and live reload
  | { type: 'reading/toggleRead' }
  | { type: 'reading/toggleStar' }
  /** The content folder changed on disk: read it again. */
  | { type: 'content/changed'; paths: readonly string[] }
  /** `Y` / `O`: the post's public URL, copied or opened. */
  | { type: 'permalink/copy' }
  | { type: 'permalink/open' };

export type LoadedContent = Pick<LoadResult, 'posts' | 'warnings' | 'blogName'> & Partial<Pick<LoadResult, 'unlisted' | 'site' | 'order'>>;

const DEFAULT_LAYOUT: LayoutChoices = {};

export function initialState(
  options: LoadedContent & {
    size: Size;
    fixedWidth?: number;
    /** The saved reading state; absent when it is off (--no-state). */
    reading?: ReadingRecords;
  },
): AppState {
  return {
    blogName: options.blogName,
    sort: options.order ?? 'weight',
    posts: options.posts,
    postsByKey: keyed(options.posts, options.unlisted),
    warnings: options.warnings,
    size: options.size,
    fixedWidth: options.fixedWidth ?? null,
    screen: 'list',
    list: { query: '', editing: false, tags: [], hits: allHits(options.posts), selected: 0, offset: 0, bodiesPending: false },
    overlay: null,
    post: null,
    history: EMPTY_HISTORY,
    typedAhead: [],
    exiting: false,
    layout: DEFAULT_LAYOUT,
    renderedLayout: DEFAULT_LAYOUT,
    reading: readingState(options.reading),
    notice: null,
    ...(options.site && { site: options.site }),
  };
}

export function keyed(posts: readonly Post[], unlisted: readonly Post[] = []): ReadonlyMap<PostKey, Post> {
  return new Map([...posts, ...unlisted].map((post) => [postKey(post), post]));
}

/** The unfiltered list, in the loader's order (newest first); no search index needed. */
export function allHits(posts: readonly Post[]): ListHit[] {
  return posts.map((post) => ({ key: postKey(post), titleRanges: [] }));
}

export function listHits(hits: readonly SearchHit[]): ListHit[] {
  return hits.map((hit) => new SearchListHit(hit));
}

/**
 * A search hit as the List holds it. The title ranges stay lazy (the searcher finds them on first
 * read): only the rows drawn read them, and finding them for every hit of a one-letter query at
 * 10,000 posts took most of a key. A class, not an object with a getter: ten times faster to make.
 */
class SearchListHit implements ListHit {
  readonly key: PostKey;
  readonly #hit: SearchHit;
  constructor(hit: SearchHit) {
    this.key = postKey(hit.post);
    this.#hit = hit;
  }
  get titleRanges(): SearchHit['titleRanges'] {
    return this.#hit.titleRanges;
  }
}

export function selectedPost(state: AppState): Post | undefined {
  const hit = state.list.hits[state.list.selected];
  return hit && state.postsByKey.get(hit.key);
}

export function hasFilters(list: ListState): boolean {
  return list.query !== '' || list.tags.length > 0;
}

/** The line under the List's header: shown while typing a search or while filters apply. */
export function hasFilterLine(list: ListState): boolean {
  return list.editing || hasFilters(list);
}

const SITE_KINDS = { hugo: 'Hugo site', jekyll: 'Jekyll site' } as const;

/** `Hugo site · content/`; '' for a plain folder. */
export function siteLabel(site: SiteInfo | undefined): string {
  if (!site || site.kind === 'folder') return '';
  return [SITE_KINDS[site.kind], site.contentLabel].filter(Boolean).join(' · ');
}
