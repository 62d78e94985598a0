// An internal error (a bug, not bad input) is reported as ONE line on stderr naming a file that
// holds the details: a stack trace never lands on the reader's screen, yet is there to attach
// to a bug report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { appDir } from '../core/paths.js';
import { printError, type CliContext } from './context.js';

export function reportInternalError(context: Pick<CliContext, 'stderr' | 'env'>, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const file = writeErrorDetails(error, context.env);
  printError(context, `internal error: ${message}${file ? ` (details in ${file})` : ''}`);
}

/** Writes the stack to a new file in the first folder that takes it; null when none does. */
function writeErrorDetails(error: unknown, env: NodeJS.ProcessEnv): string | null {
  const stack = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  const details = `blog-tui ${pkg.version}, Node.js ${process.version} on ${process.platform}\n\n${stack}\n`;
  const name = `error-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.log`;
  for (const dir of errorLogDirs(env)) {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const file = join(dir, name);
      // `wx`: never follow or overwrite something already there (the temp folder is shared).
      writeFileSync(file, details, { flag: 'wx', mode: 0o600 });
      return file;
    } catch {
      // Read-only home, full disk: try the next folder.
    }
  }
  return null;
}

/** $XDG_STATE_HOME/blog-tui (the XDG default is ~/.local/state; relative values are ignored), then the temp folder. */
function errorLogDirs(env: NodeJS.ProcessEnv): string[] {
  return [appDir('XDG_STATE_HOME', env), tmpdir()];
}
