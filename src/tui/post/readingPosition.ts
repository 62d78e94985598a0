// Keeps the reader's place when a post is re-rendered at another width. Line numbers change
// with the width, so the position is carried by what is on screen: the focused link, else the
// first visible heading (kept on the same screen row), else the fraction of the way through
// the current section.
import type { RenderedHeading, RenderedLink, RenderResult } from '../../core/types.js';

export interface Viewport {
  scroll: number;
  height: number;
}

export function linkFirstLine(link: RenderedLink): number {
  return link.spans[0]?.line ?? 0;
}

export function linkLastLine(link: RenderedLink): number {
  return link.spans[link.spans.length - 1]?.line ?? linkFirstLine(link);
}

export function isLineVisible(line: number, viewport: Viewport): boolean {
  return line >= viewport.scroll && line < viewport.scroll + viewport.height;
}

export function isLinkVisible(link: RenderedLink, viewport: Viewport): boolean {
  return link.spans.some((span) => isLineVisible(span.line, viewport));
}

/** The new top line (unclamped) showing the same place in `next` as `viewport` showed in `previous`. */
export function mapScroll(previous: RenderResult, next: RenderResult, viewport: Viewport, focusedLink: number | null): number {
  const oldLink = focusedLink === null ? undefined : previous.links[focusedLink];
  const newLink = focusedLink === null ? undefined : next.links[focusedLink];
  if (oldLink && newLink && isLinkVisible(oldLink, viewport)) {
    return linkFirstLine(newLink) - (linkFirstLine(oldLink) - viewport.scroll);
  }
  if (previous.headings.length !== next.headings.length) {
    return Math.round((viewport.scroll / Math.max(1, previous.lines.length)) * next.lines.length);
  }
  const visibleHeading = previous.headings.findIndex((heading) => isLineVisible(heading.line, viewport));
  const newVisible = next.headings[visibleHeading];
  const oldVisible = previous.headings[visibleHeading];
  if (oldVisible && newVisible) return newVisible.line - (oldVisible.line - viewport.scroll);
  const section = sectionAt(previous.headings, viewport.scroll);
  const [oldStart, oldEnd] = sectionBounds(previous, section);
  const [newStart, newEnd] = sectionBounds(next, section);
  const fraction = (viewport.scroll - oldStart) / Math.max(1, oldEnd - oldStart);
  return newStart + Math.round(fraction * (newEnd - newStart));
}

/** Index of the last heading at or above `line`; -1 for the text before the first heading. */
function sectionAt(headings: readonly RenderedHeading[], line: number): number {
  let section = -1;
  headings.forEach((heading, index) => {
    if (heading.line <= line) section = index;
  });
  return section;
}

function sectionBounds(result: RenderResult, section: number): [number, number] {
  const start = section < 0 ? 0 : (result.headings[section]?.line ?? 0);
  const end = result.headings[section + 1]?.line ?? result.lines.length;
  return [start, end];
}
