// Runs the built CLI the way a pipe or a script does: stdin ignored, stdout and stderr captured,
// so neither is a terminal.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_FIXTURES = fileURLToPath(new URL('./fixtures/cli/', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `bin/blog-tui.js args` with colour settings removed from the environment unless given in `env`. */
export function runCli(args: string[], env: Record<string, string> = {}, timeoutMs = 15_000): CliRun {
  const inherited = { ...process.env };
  delete inherited.NO_COLOR;
  delete inherited.FORCE_COLOR;
  const result = spawnSync(process.execPath, ['bin/blog-tui.js', ...args], {
    cwd: REPO_ROOT,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: timeoutMs,
    // A 2 MB post prints more than spawnSync's default 1 MB buffer, which would kill the child.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const ESC = '\u001b';
