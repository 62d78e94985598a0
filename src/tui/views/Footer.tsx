// The bottom row: the key hints that apply in the current mode, taken from the keymap.
import { footerHints, type Mode } from '../keymap.js';
import { joinWhatFits } from '../text.js';
import { Line } from './Line.js';
import type { Theme } from './theme.js';

export function Footer({ mode, width, theme }: { mode: Mode; width: number; theme: Theme }) {
  return <Line text={joinWhatFits(footerHints(mode), width)} style={theme.dim} />;
}
