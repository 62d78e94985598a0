// Where blog-tui keeps files of its own, after the XDG Base Directory convention: the parse cache
// under $XDG_CACHE_HOME (~/.cache), crash reports under $XDG_STATE_HOME (~/.local/state).
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

const APP_FOLDER = 'blog-tui';

const XDG_DEFAULTS = {
  XDG_CACHE_HOME: ['.cache'],
  XDG_STATE_HOME: ['.local', 'state'],
} as const;

/** `$variable/blog-tui`, or its default under the home folder: the convention says a relative value is invalid and ignored. */
export function appDir(variable: keyof typeof XDG_DEFAULTS, env: NodeJS.ProcessEnv): string {
  const value = env[variable];
  const base = value && isAbsolute(value) ? value : join(homedir(), ...XDG_DEFAULTS[variable]);
  return join(base, APP_FOLDER);
}
