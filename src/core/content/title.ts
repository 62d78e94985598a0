// Title fallbacks: the first `# ` heading, else the file name made readable.
import { sanitizeLine } from '../sanitize.js';
import { withoutJekyllDate } from './dates.js';
import { findLineOutsideCode } from './markdownLines.js';
import { markdownToPlainText } from './markdownToText.js';

export const MAX_TITLE_CHARS = 300;

const LEVEL_ONE_HEADING = /^ {0,3}#[ \t]+(\S.*)$/;

/** The text of the first level-one ATX heading outside code, or ''. */
export function firstHeading(bodyLines: readonly string[]): string {
  const index = findLineOutsideCode(bodyLines, (line) => LEVEL_ONE_HEADING.test(line));
  if (index === -1) return '';
  const heading = LEVEL_ONE_HEADING.exec(bodyLines[index]!)![1]!;
  return sanitizeLine(markdownToPlainText(`# ${heading}`), MAX_TITLE_CHARS);
}

/** `2024-05-01-my_first-post` → "My first post". */
export function readableName(name: string): string {
  const words = withoutJekyllDate(name).replace(/[-_\s]+/g, ' ');
  const text = sanitizeLine(words, MAX_TITLE_CHARS);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
