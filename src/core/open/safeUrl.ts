// The only URLs handed to a browser, a mail client or the clipboard: a post's author must not
// get another program to run with arguments of their choosing. Both the opener and the OSC 52
// copy go through this one check.
import { hasUnsafeOrLineBreak } from '../sanitize.js';

export const MAX_URL_LENGTH = 2048;
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/** Accepts only http/https/mailto URLs that `new URL` parses; returns the normalized href. */
export function checkSafeUrl(url: string): UrlCheck {
  if (url.length > MAX_URL_LENGTH) return { ok: false, reason: `longer than ${MAX_URL_LENGTH} characters` };
  // Any C0/C1 control (tab and newline included) or bidi mark: none belongs in a URL we pass on.
  if (hasUnsafeOrLineBreak(url)) return { ok: false, reason: 'contains control characters' };
  // A leading '-' could be read as an option by the opener program.
  if (url.startsWith('-')) return { ok: false, reason: 'starts with "-"' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'not a valid URL' };
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return { ok: false, reason: `${parsed.protocol} links are not opened` };
  // mailto:?attach=/path asks some mail clients to attach a local file.
  if (parsed.protocol === 'mailto:' && [...parsed.searchParams.keys()].some((key) => /^attach/i.test(key))) {
    return { ok: false, reason: 'mailto attachments are not allowed' };
  }
  if (parsed.href.length > MAX_URL_LENGTH) return { ok: false, reason: `longer than ${MAX_URL_LENGTH} characters` };
  return { ok: true, url: parsed.href };
}
