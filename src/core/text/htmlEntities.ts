// HTML entities in Markdown text, raw HTML and summaries, decoded by the `entities` package (the
// full HTML table, as a browser reads it). Strict mode: like CommonMark, only references that end
// in `;` decode, so `AT&T` or `&copy 2024` stay as written.
import { decodeHTML, DecodingMode } from 'entities/decode';
import { sanitizeText } from '../sanitize.js';

/**
 * Decoded and then sanitized: `&#27;` or `&#x202e;` must not decode into a control or bidi
 * character that reaches the terminal. Tabs and newlines are kept.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return sanitizeText(decodeHTML(text, DecodingMode.Strict));
}
