// Padding for aligned columns, by display width (CJK and emoji take two columns), so `.length`
// would misalign the table. Styled text pads by what it shows: displayWidth skips SGR codes.
import { displayWidth } from '../../core/text/width.js';

/** Pads `text` with spaces on the right to `width` display columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Pads `text` with spaces on the left to `width` display columns. */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** The largest of `measure` over `items` (0 for none): a loop, since Math.max(...items) overflows the stack past ~100,000 items. */
export function widest<T>(items: readonly T[], measure: (item: T) => number): number {
  let most = 0;
  for (const item of items) most = Math.max(most, measure(item));
  return most;
}
