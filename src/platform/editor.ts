// `e`: the user's editor on a post's file (core/open/editorLaunch.ts chooses it), run without a
// shell. The reader gives the terminal to the editor meanwhile (tui/terminal.ts suspend).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { editorCommand } from '../core/open/editorLaunch.js';
import { sanitizeLine } from '../core/sanitize.js';

export interface EditorServices {
  env: NodeJS.ProcessEnv;
  /** The content folder: posts' paths are relative to it. */
  dir: string;
  /** Gives the terminal to the editor and takes it back (terminal.ts). */
  suspend(): void;
  resume(): void;
}

/** Edits the post at `path` (relative to the content folder); returns a one-line message when the editor could not run or failed. */
export function editPostFile(services: EditorServices, path: string): string | undefined {
  const chosen = editorCommand(services.env, resolve(services.dir, path));
  if (!chosen.ok) return sanitizeLine(chosen.error);
  const { command, args } = chosen.editor;
  services.suspend();
  let result;
  try {
    // Synchronous on purpose: while the editor runs, the reader reads no key and draws nothing.
    result = spawnSync(command, args, { stdio: 'inherit', env: services.env });
  } finally {
    services.resume();
  }
  const name = sanitizeLine(command, 100);
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? `no editor "${name}" (set $VISUAL or $EDITOR)`
      : `the editor "${name}" could not start (${code ?? result.error.message})`;
  }
  if (result.status !== 0) return `the editor "${name}" exited with ${result.status ?? result.signal}`;
  return undefined;
}
