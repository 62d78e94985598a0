// Nothing from content reaches the terminal as a control sequence: a post could otherwise move
// the cursor, rewrite the screen, set the clipboard or retitle the window. These functions are
// the one place that decides which characters are unsafe; every layer uses them.

// C0 controls except tab and newline, DEL, C1 controls, and the bidi/direction marks
// (U+061C, U+200E/F, U+202A–E, U+2066–9) that can make text display differently than it reads.
const UNSAFE_CHARACTERS = '\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
const UNSAFE = new RegExp(`[${UNSAFE_CHARACTERS}]`, 'g');
// Tab and newline as well: what a one-line field, a URL or a typed query must not hold.
const UNSAFE_OR_LINE_BREAK = new RegExp(`[\\t\\n${UNSAFE_CHARACTERS}]`, 'g');

/** Removes every unsafe character; keeps tabs and newlines (CR is removed). */
export function sanitizeText(text: string): string {
  return text.replace(UNSAFE, '');
}

/** For one-line fields (titles, tags, paths, messages): unsafe characters removed, whitespace runs collapsed. */
export function sanitizeLine(text: string, maxLength = 500): string {
  const clean = text.replace(UNSAFE_OR_LINE_BREAK, ' ').replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  // Cut by code point so a surrogate pair is never split.
  return `${Array.from(clean)
    .slice(0, maxLength - 1)
    .join('')}…`;
}

/** Removes unsafe characters, tabs and newlines without putting spaces in their place (typed or pasted input). */
export function removeUnsafeAndLineBreaks(text: string): string {
  return text.replace(UNSAFE_OR_LINE_BREAK, '');
}

/** True when the text holds a character sanitizeText would remove. */
export function hasUnsafeCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text);
}

/** True when the text holds an unsafe character, a tab or a newline (a URL handed to another program must not). */
export function hasUnsafeOrLineBreak(text: string): boolean {
  UNSAFE_OR_LINE_BREAK.lastIndex = 0;
  return UNSAFE_OR_LINE_BREAK.test(text);
}
