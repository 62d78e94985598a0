// When a link's text may be checked against its target's host (the "goes elsewhere" note that
// warns of text like `bank.com` on a link to another site). The note is for web links whose text
// reads as an address; it is skipped for text that is code (`config.toml` names a file), text
// that is the URL itself, and links that stay in the blog (fragments, relative paths).
import type { Tokens } from 'marked';

const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

export function mayPointElsewhere(token: Tokens.Link, text: string, url: string): boolean {
  if (!ABSOLUTE.test(url)) return false;
  const shown = text.trim();
  if (shown === url || shown.replace(/\/$/, '') === url.replace(/^[a-z]+:\/\//i, '').replace(/\/$/, '')) return false;
  const visible = token.tokens.filter((inner) => !(inner.type === 'text' && inner.raw.trim() === ''));
  return !(visible.length > 0 && visible.every((inner) => inner.type === 'codespan'));
}
