// The bottom row: the key hints that apply in the current mode, taken from the keymap.
import { footerHints, type Mode } from '../keymap.js';
import { joinWhatFits } from '../text.js';
import { sanitizeLine } from '../../core/sanitize.js';
import { truncateToWidth } from '../../core/text/truncate.js';
import { Line } from './Line.js';
import type { Theme } from './theme.js';

/** `notice`: a one-line status (`reloaded: 1 new`) shown instead of the hints until the next key. */
export function Footer({ mode, width, theme, notice }: { mode: Mode; width: number; theme: Theme; notice?: string | null }) {
  if (notice) return <Line text={truncateToWidth(sanitizeLine(notice), width)} style={theme.notice} />;
  return <Line text={joinWhatFits(footerHints(mode), width)} style={theme.dim} />;
}
