// Which program edits a post's file, as git chooses it: $VISUAL, else $EDITOR, else vi, the
// value split into words like a shell word list (shellWords.ts), the file one argument of its
// own at the end. Decided here without running anything: src/platform/editor.ts spawns it.
import { splitShellWords } from './shellWords.js';

export interface EditorCommand {
  command: string;
  args: string[];
}

/** The command that edits `file`, or why there is none. */
export function editorCommand(env: NodeJS.ProcessEnv, file: string): { ok: true; editor: EditorCommand } | { ok: false; error: string } {
  const variable = env.VISUAL?.trim() ? 'VISUAL' : env.EDITOR?.trim() ? 'EDITOR' : null;
  if (variable === null) return { ok: true, editor: { command: 'vi', args: [file] } };
  const split = splitShellWords(env[variable]!);
  if (!split.ok) return { ok: false, error: `$${variable} cannot be read: ${split.error}` };
  const [command, ...args] = split.words;
  if (!command) return { ok: false, error: `$${variable} names no command` };
  return { ok: true, editor: { command, args: [...args, file] } };
}
