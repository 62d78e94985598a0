// Which program opens a URL, and with which arguments: decided here, without running anything
// (the platform adapter, src/platform/openUrl.ts, spawns it). Never a shell, the URL always
// one argument of its own.

export interface Launch {
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
