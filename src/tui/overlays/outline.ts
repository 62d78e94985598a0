// `o`: the post's headings as an indented tree, filtered by what is typed, the section being
// read marked. Pure: the overlay state holds the query and cursor, this derives the rows.
import type { RenderedHeading } from '../../core/types.js';
import { foldText } from '../../core/search/normalize.js';
import { currentHeadingIndex, sectionHeadings } from '../post/headings.js';

export interface OutlineEntry {
  heading: RenderedHeading;
  /** Nesting below the post's highest heading level (0 for the top ones). */
  depth: number;
  /** The section the top line of the post is in. */
  current: boolean;
}

/** The headings matching `query` (every word, in any case or accent), in reading order. */
export function outlineEntries(all: readonly RenderedHeading[], query: string, scroll: number): OutlineEntry[] {
  const headings = sectionHeadings(all);
  const top = headings.reduce((lowest, heading) => Math.min(lowest, heading.level), Infinity);
  const current = currentHeadingIndex(headings, scroll);
  const words = foldText(query).split(/\s+/).filter(Boolean);
  return headings
    .map((heading, index) => ({ heading, depth: heading.level - top, current: index === current }))
    .filter(({ heading }) => words.every((word) => foldText(heading.text).includes(word)));
}

/** The cursor on the current section when it is listed, else on the first row. */
export function outlineCursor(entries: readonly OutlineEntry[]): number {
  return Math.max(
    0,
    entries.findIndex((entry) => entry.current),
  );
}
