// `y` copies the focused URL with OSC 52, which terminals (and tmux, over ssh) put on the
// system clipboard. Only URLs the opener would accept are copied, so the payload is never
// anything the post author smuggled in.
import { sanitizeLine } from '../sanitize.js';
import { checkSafeUrl } from './safeUrl.js';

export type CopyResult = { ok: true; sequence: string; message: string } | { ok: false; message: string };

export function clipboardCopy(url: string): CopyResult {
  const check = checkSafeUrl(url);
  if (!check.ok) return { ok: false, message: `not copied ${sanitizeLine(url, 200)}: ${check.reason}` };
  const payload = Buffer.from(check.url, 'utf8').toString('base64');
  return { ok: true, sequence: `\u001b]52;c;${payload}\u0007`, message: `copied ${sanitizeLine(check.url, 200)}` };
}
