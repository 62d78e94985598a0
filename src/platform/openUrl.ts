// Opens a URL in the reader's browser or mail client (the editor is spawned by editor.ts, beside it).
// Only URLs that pass checkSafeUrl are opened, with the program core/open/launch.ts chooses,
// spawned without a shell and with the URL as one argument.
import { spawn as nodeSpawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { browserLaunch, platformLaunch, type Launch } from '../core/open/launch.js';
import { checkSafeUrl } from '../core/open/safeUrl.js';
import { sanitizeLine } from '../core/sanitize.js';

export type SpawnFunction = (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;

export interface OpenDependencies {
  env: NodeJS.ProcessEnv;
  spawn?: SpawnFunction;
  platform?: NodeJS.Platform;
}

export interface OpenResult {
  ok: boolean;
  /** One line for the footer: `opened <url>` or why not. */
  message: string;
}

export function openUrl(url: string, dependencies: OpenDependencies): Promise<OpenResult> {
  const shown = sanitizeLine(url, 200);
  const check = checkSafeUrl(url);
  if (!check.ok) return Promise.resolve({ ok: false, message: `refused ${shown}: ${check.reason}` });
  const launch = browserLaunch(dependencies.env.BROWSER ?? '', check.url) ?? platformLaunch(dependencies.platform ?? process.platform, check.url);
  return launchDetached(launch, `opened ${sanitizeLine(check.url, 200)}`, shown, dependencies);
}

/** Starts the opener without a shell; resolves once it started (or failed to). */
export function launchDetached(launch: Launch, okMessage: string, shown: string, dependencies: OpenDependencies): Promise<OpenResult> {
  const spawn = dependencies.spawn ?? nodeSpawn;
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      // Detached with no stdio: the browser outlives the reader and never draws on its screen.
      child = spawn(launch.command, launch.args, { shell: false, detached: true, stdio: 'ignore', env: dependencies.env });
    } catch (error) {
      resolve({ ok: false, message: `could not open ${shown}: ${describe(error)}` });
      return;
    }
    child.once('error', (error) => resolve({ ok: false, message: `could not open ${shown}: ${describe(error)}` }));
    child.once('spawn', () => {
      child.unref();
      resolve({ ok: true, message: okMessage });
    });
  });
}

function describe(error: unknown): string {
  return sanitizeLine(error instanceof Error ? error.message : String(error), 200);
}
