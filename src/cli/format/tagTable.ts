// `blog-tui tags` as text: post count, then tag, most used first. Count first, like `uniq -c`:
// it is always the first field, whatever characters the tag holds.
import { padStart, widest } from './columns.js';
import type { Style } from './style.js';

export interface TagCount {
  tag: string;
  count: number;
}

export function formatTagTable(counts: readonly TagCount[], style: Style): string[] {
  const countWidth = widest(counts, ({ count }) => String(count).length);
  return counts.map(({ tag, count }) => `${padStart(style.dim(String(count)), countWidth)}  ${tag}`);
}
