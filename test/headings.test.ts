// Footnote references and notes are link targets among the renderer's headings (level 0): the
// outline, the footer's section and `[`/`]` pass over them.
import { describe, expect, it } from 'vitest';
import type { RenderedHeading } from '../src/core/types.js';
import { outlineEntries } from '../src/tui/overlays/outline.js';
import { adjacentHeadingLine, sectionScrolledOff } from '../src/tui/post/headings.js';

const HEADINGS: RenderedHeading[] = [
  { level: 0, text: '', id: 'fnref:ho', line: 6 },
  { level: 2, text: 'Method', id: 'method', line: 20 },
  { level: 2, text: 'Notes', id: 'notes', line: 44 },
  { level: 0, text: '', id: 'fn:ho', line: 46 },
];

describe('sections among the rendered headings', () => {
  it('lists only headings in the outline', () => {
    expect(outlineEntries(HEADINGS, '', 10).map((entry) => entry.heading.text)).toEqual(['Method', 'Notes']);
    expect(outlineEntries(HEADINGS, '', 50).find((entry) => entry.current)?.heading.id).toBe('notes');
  });

  it('names the section scrolled off, never an anchor', () => {
    expect(sectionScrolledOff(HEADINGS, 10)).toBeNull();
    expect(sectionScrolledOff(HEADINGS, 50)?.id).toBe('notes');
  });

  it('jumps from heading to heading over the anchors', () => {
    expect(adjacentHeadingLine(HEADINGS, 0, 1)).toBe(20);
    expect(adjacentHeadingLine(HEADINGS, 44, 1)).toBeNull();
    expect(adjacentHeadingLine(HEADINGS, 50, -1)).toBe(44);
  });
});
