// The help overlay's lines, generated from the keymap (the reducer needs their count to scroll).
import { helpSections, installedKeymap, type KeyBinding } from './keymap.js';

export interface HelpLine {
  text: string;
  heading: boolean;
}

const KEY_COLUMN = 22;

/** The search words that are not text (also hinted in the empty search prompt). */
const SEARCH_WORDS: readonly (readonly [string, string])[] = [
  ['#tag', 'posts with that tag'],
  ['is:unread', 'posts not read yet'],
  ['is:starred', 'starred posts (s)'],
];

let built: { keymap: readonly KeyBinding[]; lines: readonly HelpLine[] } | undefined;

/** Built once per keymap: the user's key overrides are installed before the first frame. */
export function helpLines(): readonly HelpLine[] {
  const keymap = installedKeymap();
  if (built?.keymap !== keymap) built = { keymap, lines: buildHelpLines(keymap) };
  return built.lines;
}

function buildHelpLines(keymap: readonly KeyBinding[]): HelpLine[] {
  const lines: HelpLine[] = [];
  for (const section of helpSections(keymap)) {
    if (lines.length > 0) lines.push({ text: '', heading: false });
    lines.push({ text: section.title, heading: true });
    for (const entry of section.entries) {
      lines.push({ text: `  ${entry.keys.padEnd(KEY_COLUMN)} ${entry.description}`, heading: false });
    }
  }
  lines.push({ text: '', heading: false }, { text: 'Search words', heading: true });
  for (const [word, meaning] of SEARCH_WORDS) lines.push({ text: `  ${word.padEnd(KEY_COLUMN)} ${meaning}`, heading: false });
  return lines;
}
