// The help overlay's lines, generated from the keymap (the reducer needs their count to scroll).
import { helpSections } from './keymap.js';

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

/** Built once: the keymap is static. */
export const HELP_LINES: readonly HelpLine[] = buildHelpLines();

function buildHelpLines(): HelpLine[] {
  const lines: HelpLine[] = [];
  for (const section of helpSections()) {
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
