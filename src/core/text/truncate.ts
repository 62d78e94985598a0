// Cutting one-line cells (titles, tags, headers) to a column budget: they are truncated with
// `…`, never wrapped. Shared by the List/overlays and `blog-tui list`.
import { displayWidth, graphemes } from './width.js';

/** Cuts `text` to at most `width` display columns, ending in `…` when something was cut. */
export function truncateToWidth(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  let kept = '';
  let used = 0;
  for (const grapheme of graphemes(text)) {
    if (used + grapheme.width > width - 1) break;
    kept += grapheme.text;
    used += grapheme.width;
  }
  // "Older Notes on…", not "Older Notes on …"; "terminals…", not "terminals,…".
  return `${kept.replace(/[\s,;:]+$/u, '')}…`;
}
