// Where blog-tui keeps files of its own, after the XDG Base Directory convention: the parse cache
// under $XDG_CACHE_HOME (~/.cache), crash reports and reading state under $XDG_STATE_HOME
// (~/.local/state), config.toml under $XDG_CONFIG_HOME (~/.config).
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

const APP_FOLDER = 'blog-tui';

const XDG_DEFAULTS = {
  XDG_CACHE_HOME: ['.cache'],
  XDG_STATE_HOME: ['.local', 'state'],
  XDG_CONFIG_HOME: ['.config'],
} as const;

/** `$variable/blog-tui`, or its default under the home folder: the convention says a relative value is invalid and ignored. */
export function appDir(variable: keyof typeof XDG_DEFAULTS, env: NodeJS.ProcessEnv): string {
  const value = env[variable];
  // eslint-disable-next-line no-restricted-syntax -- two fixed path segments
  const base = value && isAbsolute(value) ? value : join(homedir(), ...XDG_DEFAULTS[variable]);
  return join(base, APP_FOLDER);
}
