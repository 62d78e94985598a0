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
  const mailtoProblem = parsed.protocol === 'mailto:' ? checkMailtoQuery(parsed.search) : undefined;
  if (mailtoProblem) return { ok: false, reason: mailtoProblem };
  if (parsed.href.length > MAX_URL_LENGTH) return { ok: false, reason: `longer than ${MAX_URL_LENGTH} characters` };
  return { ok: true, url: parsed.href };
}

// Mail clients read only these fields; `attach=/path` (and its spellings) asks some of them to
// attach a local file. Unknown fields are refused rather than passed on: clients disagree on
// how they decode, trim and spell keys, so only keys that mean one of these in every reading pass.
const MAIL_FIELDS = new Set(['subject', 'body', 'cc', 'bcc', 'to']);
// Format characters (zero-width spaces and joiners, soft hyphens…) hide inside a key.
const INVISIBLE = /\p{Cf}/gu;

/** Why a mailto query is refused, or undefined when every key is a known mail field. */
function checkMailtoQuery(search: string): string | undefined {
  const keys = Array.from(new URLSearchParams(search).keys(), (key) =>
    decodeRepeatedly(key).normalize('NFKC').replace(INVISIBLE, '').trim().toLowerCase(),
  );
  if (keys.some((key) => key.includes('attach'))) return 'mailto attachments are not allowed';
  // The key itself is not quoted: decoded, it may hold anything, control characters included.
  return keys.every((key) => MAIL_FIELDS.has(key)) ? undefined : `mailto fields other than ${Array.from(MAIL_FIELDS).join(', ')} are not allowed`;
}

/** Percent-decoded until nothing changes (a key encoded twice, `%2561ttach`, is still `attach`). */
function decodeRepeatedly(text: string): string {
  let current = text;
  for (let round = 0; round < 4; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (decoded === current) return current;
    current = decoded;
  }
  return current;
}
