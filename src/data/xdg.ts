// Where blog-tui keeps its files, by the XDG base directory rules. The one lookup the reading
// state and the config share; a relative XDG_* value is invalid by the spec and ignored.
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

const DEFAULTS = { state: ['.local', 'state'], config: ['.config'] } as const;
const VARIABLES = { state: 'XDG_STATE_HOME', config: 'XDG_CONFIG_HOME' } as const;

/** `$XDG_STATE_HOME/blog-tui` or `$XDG_CONFIG_HOME/blog-tui` (defaults: ~/.local/state, ~/.config). */
export function blogTuiHome(kind: keyof typeof DEFAULTS, env: NodeJS.ProcessEnv): string {
  const value = env[VARIABLES[kind]];
  const base = value && isAbsolute(value) ? value : join(homedir(), ...DEFAULTS[kind]);
  return join(base, 'blog-tui');
}
