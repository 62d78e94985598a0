// Markdown to plain text for summaries and titles: the words a reader sees, without Markdown
// syntax, HTML, or Hugo shortcodes. A few regex passes rather than a full parse: it runs on every
// post at load time, and lists only need readable text.
import { decodeEntities } from '../text/htmlEntities.js';

// Some passes backtrack on unmatched markers (quadratic at worst), so input is cut to what a
// summary can use: a hostile 2 MB post cannot stall loading.
export const MAX_PLAIN_TEXT_INPUT = 4000;

const BACKSLASH_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~])/g;

const REPLACEMENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/<!--[\s\S]*?-->/g, ' '],
  // Styles, scripts, graphics and code inside HTML (notebook exports).
  [/<(script|style|svg|noscript|template|pre)\b[\s\S]*?<\/\1\s*>/gi, ' '],
  // Hugo shortcodes `{{< name args >}}` / `{{% name %}}`: the markers go, inner text stays.
  [/\{\{[<%][\s\S]*?[%>]\}\}/g, ' '],
  // Jekyll Liquid tags, `{{ site.baseurl }}` and kramdown attribute lists.
  [/\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g, ' '],
  [/\{%[\s\S]*?%\}|\{\{-?\s*site\.\w+[^}\n]*\}\}|\{::?[^}\n]*\}/g, ' '],
  [/^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm, ''], // link reference definitions
  [/\[\^[^\]\n]*\]/g, ''], // footnote references
  [/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1'], // images and inline links: their text
  [/!?\[([^\]\n]*)\]\[[^\]\n]*\]/g, '$1'], // reference links
  [/<((?:https?|mailto):[^>\s]+)>/gi, '$1'], // autolinks
  // HTML tags: block-level ones separate words, inline ones (<b>, <a>, <span>) do not.
  [/<\/?(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|ol|p|pre|section|table|td|th|tr|ul)\b[^>]*>/gi, ' '],
  [/<\/?[a-z][^>]*>/gi, ''],
  [/^ {0,3}#{1,6}[ \t]+/gm, ''], // ATX heading markers
  [/[ \t]+#+[ \t]*$/gm, ''], // closing heading markers
  [/^ {0,3}(?:=+|-+)[ \t]*$/gm, ''], // setext underlines and rules
  [/^ {0,3}(?:[*_][ \t]*){3,}$/gm, ''], // rules
  [/^(?:[ \t]*>)+[ \t]?/gm, ''], // blockquote markers
  [/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/gm, ''], // list and task markers
  [/^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?)?[ \t]*$/gm, ''], // table separator rows
  [/\|/g, ' '], // table cell borders
  [/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, '$2'], // inline code keeps its text
  [/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2'], // strong
  [/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, '$1$2'], // emphasis with *
  [/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2'], // emphasis with _ (not snake_case)
  [/~~(?=\S)([\s\S]*?\S)~~/g, '$1'], // strikethrough
];

/**
 * Plain text on one line (whitespace collapsed) of the first 4,000 characters, sanitized after the
 * entities are decoded, so `&#27;` cannot become an escape character.
 */
export function markdownToPlainText(markdown: string): string {
  // Escaped characters become numeric entities first, so no pass reads `\*` as emphasis; the
  // entity decoding at the end turns them back into the character.
  let text = markdown
    .slice(0, MAX_PLAIN_TEXT_INPUT)
    .replace(BACKSLASH_ESCAPE, (_escape, char: string) => `&#${char.charCodeAt(0)};`);
  for (const [pattern, replacement] of REPLACEMENTS) text = text.replace(pattern, replacement);
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}
