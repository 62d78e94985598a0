// Where blog-tui keeps what only speeds it up: $XDG_CACHE_HOME/blog-tui, default ~/.cache/blog-tui.
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/** The cache folder, or undefined when caching is off (BLOG_TUI_NO_CACHE=1). */
export function cacheHome(env: NodeJS.ProcessEnv): string | undefined {
  if (env.BLOG_TUI_NO_CACHE && env.BLOG_TUI_NO_CACHE !== '0') return undefined;
  // XDG: a relative XDG_CACHE_HOME is invalid and ignored.
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'blog-tui');
}
