// Summary, word count and reading time, with Hugo's precedence for summaries.
import { sanitizeLine } from '../sanitize.js';
import { toText } from './fields.js';
import { findLineOutsideCode, linesOutsideCode } from './markdownLines.js';
import { markdownToPlainText, MAX_PLAIN_TEXT_INPUT } from './markdownToText.js';

const SUMMARY_WORDS = 70;
const MAX_SUMMARY_CHARS = 600;
const WORDS_PER_MINUTE = 213;
// Hugo's divider is exactly `<!--more-->`; spaces and case are tolerated as authors type them.
const MORE_DIVIDER = /^\s*<!--\s*more\s*-->\s*$/i;

/**
 * Plain text: what precedes a `<!--more-->` line, else front matter `summary`, else the first 70
 * words. Code blocks are left out: a list row should read as prose, not `import pandas as pd`.
 */
export function summarize(bodyLines: readonly string[], frontMatterSummary: unknown): string {
  const divider = findLineOutsideCode(bodyLines, (line) => MORE_DIVIDER.test(line));
  if (divider !== -1) {
    const beforeDivider = plainSummary(linesOutsideCode(bodyLines.slice(0, divider), MAX_PLAIN_TEXT_INPUT).join('\n'));
    // A divider with nothing before it gives no summary; the next source does.
    if (beforeDivider !== '') return beforeDivider;
  }
  if (frontMatterSummary !== undefined && frontMatterSummary !== null) {
    const fromFrontMatter = plainSummary(toText(frontMatterSummary, MAX_SUMMARY_CHARS * 4));
    if (fromFrontMatter !== '') return fromFrontMatter;
  }
  const words = openingWords(bodyLines);
  const opening = words.length > SUMMARY_WORDS ? `${words.slice(0, SUMMARY_WORDS).join(' ')}…` : words.join(' ');
  return sanitizeLine(opening, MAX_SUMMARY_CHARS);
}

// Enough Markdown for 70 words in most posts: converting the first 4,000 characters of every
// post cost a third of the whole load.
const OPENING_CHARS = 800;

/** The plain-text words of the body's first 4,000 characters, or of just enough of them for a summary. */
function openingWords(bodyLines: readonly string[]): string[] {
  const opening = linesOutsideCode(bodyLines, OPENING_CHARS).join('\n');
  if (convertsAlone(opening)) {
    const words = markdownToPlainText(opening).split(' ');
    if (words.length > SUMMARY_WORDS) return words;
  }
  return markdownToPlainText(linesOutsideCode(bodyLines, MAX_PLAIN_TEXT_INPUT).join('\n')).split(' ');
}

/**
 * Whether converting these first lines alone gives the same first words as converting them with
 * what follows. Only markdownToPlainText's passes for comments, shortcodes, tags, code spans,
 * strong and strikethrough can match across lines, and each needs one of `<{`~`, `**` or `__`
 * in the lines. The link passes delete text, which could join two `*` or `_` into such a marker.
 */
function convertsAlone(lines: string): boolean {
  if (/[<{`~]|\*\*|__/.test(lines)) return false;
  return !lines.includes('[') || !/[*_]/.test(lines);
}

function plainSummary(markdown: string): string {
  // Sanitized after conversion: decoded entities such as `&#27;` must not survive.
  return sanitizeLine(markdownToPlainText(markdown), MAX_SUMMARY_CHARS);
}

// A word: a whitespace-separated token with a letter or digit (a lone `-` or `|` of Markdown is
// none). Anchored at token starts, so the pattern stays linear even on hostile input.
const WORD = /(?:^|\s)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu;

export function countWords(body: string): number {
  // test() in a loop: counting without allocating every match (this runs over every post).
  WORD.lastIndex = 0;
  let words = 0;
  while (WORD.test(body)) words += 1;
  return words;
}

/** Minutes at 213 words a minute, rounded up; at least 1 for a post with any text. */
export function readingMinutes(wordCount: number, body: string): number {
  if (body.trim() === '') return 0;
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}
