// A strict scanner for text bound for the terminal: nothing from content may reach it as a
// control sequence. It tokenizes every ESC and allows
// only the reader's own sequences: SGR (`ESC [ params m`) and OSC 8 hyperlinks to http(s)/mailto
// (or the empty URI that closes a link), ended by ST (`ESC \`) or BEL. Anything else, and every
// other control character (C0 except tab/newline, DEL, C1) or bidi mark, is reported.

const SGR = /^\x1b\[[0-9;:]*m/;
// OSC 8 ; params ; URI ST — params and URI hold printable ASCII only, so nothing hides inside;
// 4,200 characters of look-ahead cover any URL the reader links (it opens at most 2,048).
const OSC8 = /^\x1b\]8;([\x20-\x3a\x3c-\x7e]*);([\x21-\x7e]*)(\x1b\\|\x07)/;
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
// Lone control characters and display-direction marks: everything sanitizeText removes.
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Describes each forbidden sequence or character in `text` (empty when the text is safe to print). */
export function findForbiddenSequences(text: string): string[] {
  const problems: string[] = [];
  const suspect = new RegExp(FORBIDDEN_CHARACTER.source, 'g');
  for (let match = suspect.exec(text); match; match = suspect.exec(text)) {
    const index = match.index;
    const allowedLength = text[index] === '\x1b' ? ownSequenceLength(text.slice(index, index + 4200)) : 0;
    if (allowedLength > 0) suspect.lastIndex = index + allowedLength;
    else problems.push(`${printable(text.slice(index, index + 24))} at ${index}`);
  }
  return problems;
}

/** Length of the reader's own sequence at the start of `text`, or 0. */
function ownSequenceLength(text: string): number {
  const sgr = SGR.exec(text);
  if (sgr) return sgr[0].length;
  const link = OSC8.exec(text);
  if (link && (link[2] === '' || SAFE_LINK.test(link[2]!))) return link[0].length;
  return 0;
}

/** A quoted excerpt that is itself safe to print in a test report (every non-ASCII character escaped). */
function printable(excerpt: string): string {
  return JSON.stringify(excerpt).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
