// The Post screen's state and its pure reducer (pager, link focus, in-post search). The app
// shell's root reducer embeds PostState and its keymap dispatches PostAction; nothing here
// knows about keys.
import { findMatches, type TextMatch } from './postSearch.js';
import type { Post, RenderedLink, RenderResult } from '../../core/types.js';
import { postKey, type PostKey } from '../postKey.js';
import { adjacentHeadingLine } from './headings.js';
import { isLineVisible, isLinkVisible, linkFirstLine, linkLastLine, mapScroll } from './readingPosition.js';

export interface InPostSearch {
  query: string;
  /** True while the query is being typed (the search prompt takes every key). */
  editing: boolean;
  matches: TextMatch[];
  current: number;
  /** Top line when `/` was pressed: matches are looked for from here, and Esc while typing returns here. */
  origin: number;
}

/** One open post: which post (by key), its rendering at the current width, and where the reader is. */
export interface PostState {
  key: PostKey;
  /** null until the first rendering arrives (rendering may be asynchronous). */
  rendered: RenderResult | null;
  width: number;
  /** Body rows available on screen (terminal rows minus header and footer). */
  viewportHeight: number;
  scroll: number;
  focusedLink: number | null;
  search: InPostSearch | null;
  /** One-line status shown in the footer (e.g. `opened https://…`, `refused javascript:…`). */
  message: string | null;
  /** The heading to show once the first rendering arrives (a link to `other-post/#section`). */
  anchor: string | null;
  /**
   * `G` pressed while the post is still rendering: each part that arrives keeps the screen at
   * the end, until the last one, so the reader lands at the true end; any other move stops it.
   */
  followingEnd?: boolean;
}

export type PostAction =
  | { type: 'post/rendered'; result: RenderResult; width: number }
  | { type: 'post/resize'; viewportHeight: number }
  | { type: 'post/scroll'; by: number }
  | { type: 'post/page'; direction: 1 | -1 }
  | { type: 'post/top' }
  | { type: 'post/bottom' }
  | { type: 'post/scrollToLine'; line: number }
  | { type: 'post/nextLink' }
  | { type: 'post/prevLink' }
  | { type: 'post/focusLink'; index: number }
  | { type: 'post/message'; text: string | null }
  | { type: 'post/searchStart' }
  | { type: 'post/searchEdit'; query: string }
  | { type: 'post/searchSubmit' }
  | { type: 'post/searchClear' }
  | { type: 'post/nextMatch' }
  | { type: 'post/prevMatch' }
  // Reader navigation (less and vim keys): half pages, previous/next heading.
  | { type: 'post/halfPage'; direction: 1 | -1 }
  | { type: 'post/heading'; direction: 1 | -1 };

export function openPostState(post: Post, width: number, viewportHeight: number, anchor: string | null = null): PostState {
  return { key: postKey(post), rendered: null, width, viewportHeight, scroll: 0, focusedLink: null, search: null, message: null, anchor };
}

export function focusedLink(state: PostState): RenderedLink | undefined {
  return state.focusedLink === null ? undefined : state.rendered?.links[state.focusedLink];
}

export function reducePost(state: PostState, action: PostAction): PostState {
  switch (action.type) {
    case 'post/rendered':
      return rerendered(state, action.result, action.width);
    case 'post/resize':
      return revealFocusedLink(withScroll({ ...state, viewportHeight: Math.max(1, action.viewportHeight) }, state.scroll));
    case 'post/message':
      return { ...state, message: action.text };
    default: {
      // Any reading action replaces the previous status message, as in less, and moves the
      // reader away from the end it may have been following.
      return readingAction({ ...state, message: null, followingEnd: false }, action);
    }
  }
}

type ReadingAction = Exclude<PostAction, { type: 'post/rendered' | 'post/resize' | 'post/message' }>;

function readingAction(state: PostState, action: ReadingAction): PostState {
  switch (action.type) {
    case 'post/scroll':
      return scrolledTo(state, state.scroll + action.by);
    case 'post/page':
      // A full screen per page, as in less.
      return scrolledTo(state, state.scroll + action.direction * state.viewportHeight);
    case 'post/top':
      return scrolledTo(state, 0);
    case 'post/bottom':
      return { ...scrolledTo(state, lineCount(state)), followingEnd: state.rendered?.progress !== undefined };
    case 'post/scrollToLine':
      return scrolledTo(state, action.line);
    case 'post/nextLink':
      return stepLink(state, 1);
    case 'post/prevLink':
      return stepLink(state, -1);
    case 'post/focusLink':
      return focusLink(state, action.index);
    case 'post/searchStart':
      return { ...state, search: { query: '', editing: true, matches: [], current: 0, origin: state.scroll } };
    case 'post/searchEdit':
      return searchFor(state, action.query);
    case 'post/searchSubmit':
      return submitSearch(state);
    case 'post/searchClear':
      // Esc while typing undoes the incremental jumps; after Enter it only clears the highlights.
      return state.search?.editing ? withScroll({ ...state, search: null }, state.search.origin) : { ...state, search: null };
    case 'post/nextMatch':
      return stepMatch(state, 1);
    case 'post/prevMatch':
      return stepMatch(state, -1);
    case 'post/halfPage':
      // less's d and u: half a screen, at least a line.
      return scrolledTo(state, state.scroll + action.direction * Math.max(1, Math.floor(state.viewportHeight / 2)));
    case 'post/heading':
      return toAdjacentHeading(state, action.direction);
  }
}

function toAdjacentHeading(state: PostState, direction: 1 | -1): PostState {
  const line = adjacentHeadingLine(state.rendered?.headings ?? [], state.scroll, direction);
  if (line === null) return { ...state, message: direction === 1 ? 'no heading below' : 'no heading above' };
  const moved = scrolledTo(state, line);
  // The last headings of a short section cannot reach the top line: the screen is at the end.
  return moved.scroll === state.scroll ? { ...moved, message: 'no heading below' } : moved;
}

function lineCount(state: PostState): number {
  return state.rendered?.lines.length ?? 0;
}

function withScroll(state: PostState, scroll: number): PostState {
  const maxScroll = Math.max(0, lineCount(state) - state.viewportHeight);
  return { ...state, scroll: Math.min(Math.max(0, scroll), maxScroll) };
}

function viewportOf(state: PostState) {
  return { scroll: state.scroll, height: state.viewportHeight };
}

/**
 * Scrolling by the reader. A focused link that leaves the screen loses focus (as in lynx), so the
 * footer never shows the URL of a link the reader cannot see and the next Tab starts from the screen.
 */
function scrolledTo(state: PostState, scroll: number): PostState {
  const next = withScroll(state, scroll);
  const link = focusedLink(next);
  return link && !isLinkVisible(link, viewportOf(next)) ? { ...next, focusedLink: null } : next;
}

/** The smallest scroll that shows lines first..last (their start when they are taller than the screen). */
function revealLines(state: PostState, first: number, last: number): PostState {
  if (first < state.scroll) return withScroll(state, first);
  if (last >= state.scroll + state.viewportHeight) return withScroll(state, Math.min(first, last - state.viewportHeight + 1));
  return state;
}

function revealFocusedLink(state: PostState): PostState {
  const link = focusedLink(state);
  return link ? revealLines(state, linkFirstLine(link), linkLastLine(link)) : state;
}

function focusLink(state: PostState, index: number): PostState {
  if (!state.rendered?.links[index]) return state;
  return revealFocusedLink({ ...state, focusedLink: index });
}

function stepLink(state: PostState, direction: 1 | -1): PostState {
  if (!state.rendered) return state;
  const links = state.rendered.links;
  if (links.length === 0) return { ...state, message: 'this post has no links' };
  if (state.focusedLink !== null) {
    return focusLink(state, (state.focusedLink + direction + links.length) % links.length);
  }
  // Nothing focused yet: start from the screen, not from the top of the post.
  const bottom = state.scroll + state.viewportHeight - 1;
  const onScreenOrAfter =
    direction === 1 ? links.findIndex((link) => linkFirstLine(link) >= state.scroll) : links.findLastIndex((link) => linkFirstLine(link) <= bottom);
  return focusLink(state, onScreenOrAfter !== -1 ? onScreenOrAfter : direction === 1 ? 0 : links.length - 1);
}

/** Incremental search: every keystroke re-finds the matches and shows the first at or after where `/` was pressed. */
function searchFor(state: PostState, query: string): PostState {
  if (!state.search) return state;
  const matches = findMatches(state.rendered?.lines ?? [], query);
  const origin = state.search.origin;
  const firstAfter = matches.findIndex((match) => match.line >= origin);
  const current = Math.max(0, firstAfter);
  const searching = withScroll({ ...state, search: { ...state.search, query, matches, current } }, origin);
  const match = matches[current];
  return match ? showMatch(searching, match) : searching;
}

function submitSearch(state: PostState): PostState {
  if (!state.search) return state;
  if (state.search.query === '') return { ...state, search: null };
  if (state.search.matches.length === 0) {
    return { ...state, search: null, message: `pattern not found: ${state.search.query}` };
  }
  return { ...state, search: { ...state.search, editing: false } };
}

function stepMatch(state: PostState, direction: 1 | -1): PostState {
  const search = state.search;
  if (!search || search.matches.length === 0) return { ...state, message: 'no search yet: press / to search' };
  const count = search.matches.length;
  const current = (search.current + direction + count) % count;
  const wrapped = direction === 1 ? current < search.current : current > search.current;
  const moved = showMatch({ ...state, search: { ...search, current } }, search.matches[current]!);
  return wrapped && count > 1 ? { ...moved, message: direction === 1 ? 'search wrapped to the top' : 'search wrapped to the bottom' } : moved;
}

/** A match off screen is brought to the top line, as less does, so the text after it is visible. */
function showMatch(state: PostState, match: TextMatch): PostState {
  return isLineVisible(match.line, viewportOf(state)) ? state : scrolledTo(state, match.line);
}

function rerendered(state: PostState, result: RenderResult, width: number): PostState {
  const previous = state.rendered;
  // A partial rendering's lines begin the next rendering at the same width: the place stays.
  const extendsPartial = previous?.progress !== undefined && width === state.width;
  const scroll = previous && !extendsPartial ? mapScroll(previous, result, viewportOf(state), state.focusedLink) : state.scroll;
  const focusedLink = state.focusedLink !== null && result.links[state.focusedLink] ? state.focusedLink : null;
  const search = state.search && rematched(state.search, result);
  const shown = revealFocusedLink(withScroll({ ...state, rendered: result, width, focusedLink, search, anchor: null }, scroll));
  if (state.followingEnd) return { ...withScroll(shown, result.lines.length), followingEnd: result.progress !== undefined };
  if (state.anchor === null) return shown;
  // The heading may be in the part of a large post still rendering: wait for it.
  const pending = result.progress !== undefined && !result.headings.some((heading) => heading.id === state.anchor);
  return pending ? { ...shown, anchor: state.anchor } : scrolledToHeading(shown, state.anchor);
}

/** The heading with id `anchor` at the top of the screen, as a browser shows `page#section`. */
function scrolledToHeading(state: PostState, anchor: string): PostState {
  const heading = state.rendered?.headings.find((candidate) => candidate.id === anchor);
  return heading ? scrolledTo(state, heading.line) : { ...state, message: `no heading #${anchor} in this post` };
}

function rematched(search: InPostSearch, result: RenderResult): InPostSearch {
  const matches = findMatches(result.lines, search.query);
  return { ...search, matches, current: Math.min(search.current, Math.max(0, matches.length - 1)) };
}
