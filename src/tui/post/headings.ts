// Where the reader is among the post's headings: the section being read (the last heading at or
// above the top line) and the next or previous heading from there. Pure.
import type { RenderedHeading } from '../../core/types.js';

/** The headings that open sections: not the level-0 anchors the renderer adds (footnote references and notes). */
export function sectionHeadings(headings: readonly RenderedHeading[]): RenderedHeading[] {
  return headings.filter((heading) => heading.level > 0);
}

/** Index of the heading whose section the top line is in, or -1 above the first heading. */
export function currentHeadingIndex(headings: readonly RenderedHeading[], scroll: number): number {
  return headings.findLastIndex((heading) => heading.line <= scroll);
}

/** The line of the next heading below the top line (1) or the previous one above it (-1), or null. */
export function adjacentHeadingLine(all: readonly RenderedHeading[], scroll: number, direction: 1 | -1): number | null {
  const headings = sectionHeadings(all);
  const heading = direction === 1 ? headings.find((candidate) => candidate.line > scroll) : headings.findLast((candidate) => candidate.line < scroll);
  return heading?.line ?? null;
}

/** The section named in the footer: only once its heading has scrolled off the top (on screen, it names itself). */
export function sectionScrolledOff(all: readonly RenderedHeading[], scroll: number): RenderedHeading | null {
  const headings = sectionHeadings(all);
  const heading = headings[currentHeadingIndex(headings, scroll)];
  return heading && heading.line < scroll ? heading : null;
}
