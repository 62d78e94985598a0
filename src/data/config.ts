// The user's settings, from $XDG_CONFIG_HOME/blog-tui/config.toml. Every key is optional; a
// key that is unknown or has the wrong type is reported and skipped, a file that is not TOML is
// reported in one line and ignored as a whole: a typo never stops the reader from starting.
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { readTextFile } from './atomicFile.js';
import { appDir } from '../core/paths.js';

export const THEMES = ['dark', 'light', 'none'] as const;
export type ThemeName = (typeof THEMES)[number];

export interface Config {
  /** The folder read when none is given (so plain `blog-tui` opens your blog). */
  dir?: string;
  theme?: ThemeName;
  mouse?: boolean;
  watch?: boolean;
  /** Key overrides: binding name (the help's description, dashed: `star-unstar`) to its keys. */
  keys: Record<string, string[]>;
}

export interface ConfigResult {
  config: Config;
  /** The file read (or looked for). */
  path: string;
  /** What is wrong in it, one line each (the file is named by whoever reports them). */
  problems: string[];
}

const EMPTY: Config = { keys: {} };

function configPath(env: NodeJS.ProcessEnv): string {
  return join(appDir('XDG_CONFIG_HOME', env), 'config.toml');
}

/** Reads the config file; a missing file is an empty config. */
export function loadConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const path = configPath(env);
  const outcome = readTextFile(path);
  if (outcome.kind === 'missing') return { config: EMPTY, path, problems: [] };
  if (outcome.kind === 'unreadable') return { config: EMPTY, path, problems: [`unreadable (${outcome.reason}); file ignored`] };
  return parseConfig(outcome.text, path);
}

export function parseConfig(text: string, path: string): ConfigResult {
  let table: Record<string, unknown>;
  try {
    table = parse(text);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    const line = error instanceof TomlError ? `line ${error.line}: ` : '';
    return { config: EMPTY, path, problems: [`${line}${reason.replace(/^Invalid TOML document: /, '')}; file ignored`] };
  }
  const problems: string[] = [];
  const problem = (text: string): void => void problems.push(text);
  const config: Config = { keys: {} };
  for (const [key, value] of Object.entries(table)) {
    switch (key) {
      case 'dir':
        if (typeof value === 'string' && value !== '') config.dir = expandHome(value);
        else problem('dir must be a folder path in quotes');
        break;
      case 'theme':
        if ((THEMES as readonly unknown[]).includes(value)) config.theme = value as ThemeName;
        else problem(`theme must be one of ${THEMES.map((name) => `"${name}"`).join(', ')}`);
        break;
      case 'mouse':
      case 'watch':
        if (typeof value === 'boolean') config[key] = value;
        else problem(`${key} must be true or false`);
        break;
      case 'keys':
        config.keys = keyOverrides(value, problem);
        break;
      default:
        problem(`unknown key "${key}" ignored (known: dir, theme, mouse, watch, [keys])`);
    }
  }
  return { config, path, problems };
}

function keyOverrides(value: unknown, problem: (text: string) => void): Record<string, string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem('keys must be a table: [keys] then lines like star-unstar = "x"');
    return {};
  }
  const overrides: Record<string, string[]> = {};
  for (const [name, keys] of Object.entries(value)) {
    const list = typeof keys === 'string' ? [keys] : keys;
    if (Array.isArray(list) && list.length > 0 && list.every((key) => typeof key === 'string' && key !== '')) overrides[name] = list as string[];
    else problem(`keys.${name} must be a key ("x") or a list of keys (["x", "ctrl+x"])`);
  }
  return overrides;
}

/** `~/blog` is in the home folder; a relative path is taken from the home folder too (the reader starts anywhere). */
function expandHome(path: string): string {
  if (path === '~') return homedir();
  if (path.startsWith('~/')) return join(homedir(), path.slice(2));
  return isAbsolute(path) ? path : join(homedir(), path);
}
