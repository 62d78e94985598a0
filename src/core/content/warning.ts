// Every loader warning is built here, so paths and reasons (which may quote file names or
// parser messages) are always sanitized for the terminal.
import { sanitizeLine } from '../sanitize.js';
import type { Warning } from '../types.js';

/** `relPath` is relative to the content folder; '' means the folder itself. */
export function warning(relPath: string, reason: string): Warning {
  return { path: sanitizeLine(relPath === '' ? '.' : relPath, 300), reason: sanitizeLine(reason, 300) };
}
