// Opening, moving in and closing the overlays (help, warnings, tag picker, links). Pure.
import { facetCounts } from '../../core/search/index.js';
import { helpLines } from '../help.js';
import { clamp, bodyHeight, scrollToKeepVisible } from '../layout.js';
import { typeLinkDigit } from '../post/linkNumber.js';
import type { AppState, Overlay, OverlayKind } from '../state.js';
import { listSearcher } from '../listSearch.js';
import { outlineCursor, outlineEntries } from './outline.js';

export function openOverlay(state: AppState, kind: OverlayKind): Overlay | null {
  switch (kind) {
    case 'help':
    case 'warnings':
      return { kind, scroll: 0 };
    case 'tags': {
      // Counts under the current query (its `#tag` words included) but not under the picked
      // tags themselves, so the picker can switch to a tag the current picks exclude.
      const posts = listSearcher(state.posts)
        .search(state.list.query, [])
        .hits.map((hit) => hit.post);
      return { kind, choices: facetCounts(posts), cursor: 0, offset: 0, picked: [...state.list.tags] };
    }
    case 'links':
      return state.post ? { kind, cursor: Math.max(0, state.post.focusedLink ?? 0), offset: 0, typed: '' } : null;
    case 'outline':
      return state.post ? filterOutline(state, { kind, query: '', cursor: 0, offset: 0 }, '') : null;
  }
}

/** The outline's rows for the open post under the overlay's query. */
export function shownOutline(state: AppState, query: string) {
  const { post } = state;
  return outlineEntries(post?.rendered?.headings ?? [], query, post?.scroll ?? 0);
}

/** A new filter: the cursor goes to the section being read when it still matches, else to the first row. */
export function filterOutline(state: AppState, overlay: Extract<Overlay, { kind: 'outline' }>, query: string): Overlay {
  const entries = shownOutline(state, query);
  const cursor = outlineCursor(entries);
  const total = entries.length;
  return { ...overlay, query, cursor, offset: scrollToKeepVisible(0, cursor, bodyHeight(state.size), total) };
}

/** Moves the cursor (tags, links) or the scroll position (help, warnings) by `by` rows. */
export function moveInOverlay(state: AppState, overlay: Overlay, by: number): Overlay {
  const height = bodyHeight(state.size);
  switch (overlay.kind) {
    case 'help':
      return { ...overlay, scroll: clamp(overlay.scroll + by, 0, Math.max(0, helpLines().length - height)) };
    case 'warnings':
      return { ...overlay, scroll: clamp(overlay.scroll + by, 0, Math.max(0, state.warnings.length - height)) };
    case 'tags': {
      const cursor = clamp(overlay.cursor + by, 0, Math.max(0, overlay.choices.length - 1));
      return { ...overlay, cursor, offset: scrollToKeepVisible(overlay.offset, cursor, height, overlay.choices.length) };
    }
    case 'links': {
      const total = state.post?.rendered?.links.length ?? 0;
      const cursor = clamp(overlay.cursor + by, 0, Math.max(0, total - 1));
      return { ...overlay, cursor, offset: scrollToKeepVisible(overlay.offset, cursor, height, total), typed: by === 0 ? overlay.typed : '' };
    }
    case 'outline': {
      const total = shownOutline(state, overlay.query).length;
      const cursor = clamp(overlay.cursor + by, 0, Math.max(0, total - 1));
      return { ...overlay, cursor, offset: scrollToKeepVisible(overlay.offset, cursor, height, total) };
    }
  }
}

/** A digit typed in the Links overlay selects the link with that number ("1", then "2": link 12). */
export function typeDigitInOverlay(state: AppState, overlay: Overlay, digit: string): Overlay {
  if (overlay.kind !== 'links') return overlay;
  const total = state.post?.rendered?.links.length ?? 0;
  const input = typeLinkDigit(overlay.typed, digit, total);
  const cursor = input.cursor ?? overlay.cursor;
  return { ...overlay, cursor, typed: input.typed, offset: scrollToKeepVisible(overlay.offset, cursor, bodyHeight(state.size), total) };
}

export function togglePickedTag(overlay: Overlay): Overlay {
  if (overlay.kind !== 'tags') return overlay;
  const tag = overlay.choices[overlay.cursor]?.tag;
  if (tag === undefined) return overlay;
  const picked = overlay.picked.includes(tag) ? overlay.picked.filter((t) => t !== tag) : [...overlay.picked, tag];
  return { ...overlay, picked };
}

/** Keeps overlay positions valid after the terminal shrank or grew. */
export function refitOverlay(state: AppState, overlay: Overlay): Overlay {
  return moveInOverlay(state, overlay, 0);
}
