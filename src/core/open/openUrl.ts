// The safe opener (SPEC §5): $BROWSER or the platform's opener, always spawned without a shell,
// with the URL as one argument, and only for URLs that pass checkSafeUrl.
import { spawn as nodeSpawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { sanitizeLine } from '../sanitize.js';
import { checkSafeUrl } from './safeUrl.js';

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

interface Launch {
  command: string;
  args: string[];
}

/**
 * $BROWSER follows the xdg convention loosely: of a ':'-separated list only the first entry is
 * used (trying the next ones would need to know whether the first "worked"); the entry is split
 * on whitespace into a command and its arguments (no shell quoting); `%s` is replaced by the URL,
 * otherwise the URL is appended as the last argument.
 */
export function browserLaunch(browser: string, url: string): Launch | null {
  const [command, ...args] = (browser.split(':')[0] ?? '').trim().split(/\s+/).filter(Boolean);
  if (!command) return null;
  const substituted = args.some((arg) => arg.includes('%s'));
  const finalArgs = args.map((arg) => arg.replace(/%(%|s)/g, (_, what: string) => (what === 's' ? url : '%')));
  return { command, args: substituted ? finalArgs : [...finalArgs, url] };
}

/**
 * The platform opener, spawned directly rather than through the `open` package: that package
 * runs PowerShell on Windows and looks for its own xdg-open script beside the (bundled) module.
 * rundll32's FileProtocolHandler opens a URL on Windows without cmd.exe's `start`.
 */
export function platformLaunch(platform: NodeJS.Platform, url: string): Launch {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  return { command: 'xdg-open', args: [url] };
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
