// Raw HTML in a post, reduced to readable text: comments (`<!--more-->`) and script/style
// contents vanish, block-level tags become line breaks, other tags are dropped, entities decode.
import { decodeEntities } from '../text/htmlEntities.js';

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HIDDEN_ELEMENT = /<(script|style|template|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const BLOCK_TAG =
  /<\/?(?:p|div|br|hr|li|ul|ol|tr|table|thead|tbody|h[1-6]|blockquote|pre|section|article|figure|figcaption|details|summary|dt|dd|dl|iframe|video|audio)\b[^>]*>/gi;
const CELL_END = /<\/t[dh]\s*>/gi;
const ANY_TAG = /<\/?[A-Za-z][^>]*>|<![^>]*>|<\?[\s\S]*?\?>/g;

/** Block HTML → text lines (no blank-line runs, no surrounding blank lines). */
export function htmlBlockToText(html: string): string {
  const text = decodeEntities(
    html.replace(COMMENT, '').replace(HIDDEN_ELEMENT, '').replace(CELL_END, '  ').replace(BLOCK_TAG, '\n').replace(ANY_TAG, ''),
  );
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Inline HTML (one tag or comment, as marked tokenizes it) → text: a `<br>` is a line break, the rest is invisible. */
export function inlineHtmlToText(html: string): string {
  if (/^<br\s*\/?>$/i.test(html.trim())) return '\n';
  return decodeEntities(html.replace(COMMENT, '').replace(HIDDEN_ELEMENT, '').replace(ANY_TAG, ''));
}
