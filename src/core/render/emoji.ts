// `:name:` emoji shortcodes (GitHub, Jekyll's jemoji, Hugo's enableEmoji) in prose. Only text
// goes through here, never URLs or code; unknown names stay as written.
import { emojify as nodeEmojify } from 'node-emoji';

const SHORTCODE = /:[\w+-]+:/;

export function emojify(text: string): string {
  return SHORTCODE.test(text) ? nodeEmojify(text) : text;
}
