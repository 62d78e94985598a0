// What every command gets: parsed options, where to write, and the terminal facts it needs.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_TEXT_WIDTH, MIN_TEXT_WIDTH } from '../core/limits.js';
import { sanitizeLine } from '../core/sanitize.js';
import type { CliOptions } from './args.js';
import type { ConfigResult } from '../data/config.js';

export interface CliContext {
  options: CliOptions;
  /** Content folder: the DIR argument, else the bundled blog. */
  dir: string;
  color: boolean;
  /** Text width for rendering: --width, else the terminal width capped at 100, else 80. */
  width: number;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
  /** config.toml's settings, and its problems (one line each) for the command to report. */
  config: ConfigResult;
}

/** Writes `blog-tui: <message>` as one sanitized line on stderr. */
export function printError(context: Pick<CliContext, 'stderr'>, message: string): void {
  context.stderr.write(`blog-tui: ${sanitizeLine(message, 1000)}\n`);
}

/** Colour follows --no-color, then NO_COLOR, then FORCE_COLOR, then whether stdout is a terminal. */
export function colorEnabled(options: CliOptions, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (options.noColor) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}

export function textWidth(options: CliOptions, columns: number | undefined): number {
  if (options.width !== undefined) return options.width;
  return columns ? Math.max(MIN_TEXT_WIDTH, Math.min(columns, MAX_TEXT_WIDTH)) : 80;
}

/** The blog shipped in the package: `content/` beside `dist/` (bundle) or two levels up (sources under test). */
export function bundledContentDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', 'content'), join(here, '..', '..', 'content')]) {
    if (existsSync(join(candidate, 'posts'))) return candidate;
  }
  return join(here, '..', 'content');
}
