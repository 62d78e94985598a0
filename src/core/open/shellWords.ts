// `$VISUAL` / `$EDITOR` name a command and its arguments ("code --wait", "'/opt/My Editor/ed' -f").
// Git runs them through a shell; the reader runs no shell, so the value is split here the way
// a POSIX shell splits words: blanks separate, single quotes keep everything literally, double
// quotes keep all but `\` before `"`, `\`, `$` and backquote, and a backslash outside quotes
// keeps the next character. Expansions ($VAR, globs, ~) are not performed. Pure.

export type SplitResult = { ok: true; words: string[] } | { ok: false; error: string };

const BLANK = /[ \t\n]/;
const ESCAPED_IN_DOUBLE_QUOTES = new Set(['"', '\\', '$', '`', '\n']);

export function splitShellWords(text: string): SplitResult {
  const words: string[] = [];
  let word = '';
  // A word exists once any character of it, quotes included, is read: '' is an empty word.
  let inWord = false;
  for (let at = 0; at < text.length; at++) {
    const character = text[at]!;
    if (BLANK.test(character)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (character === '\\') {
      at++;
      if (at >= text.length) return { ok: false, error: 'ends with a backslash' };
      // Backslash-newline continues the line: nothing is kept.
      if (text[at] !== '\n') word += text[at];
    } else if (character === "'") {
      const end = text.indexOf("'", at + 1);
      if (end < 0) return { ok: false, error: 'a single quote is not closed' };
      word += text.slice(at + 1, end);
      at = end;
    } else if (character === '"') {
      at++;
      for (; at < text.length && text[at] !== '"'; at++) {
        if (text[at] === '\\' && ESCAPED_IN_DOUBLE_QUOTES.has(text[at + 1] ?? '')) at++;
        word += text[at];
      }
      if (at >= text.length) return { ok: false, error: 'a double quote is not closed' };
    } else {
      word += character;
    }
  }
  if (inWord) words.push(word);
  return { ok: true, words };
}
