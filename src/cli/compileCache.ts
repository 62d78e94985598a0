// Node >= 22.1 can keep the bytecode it compiles on disk and reuse it on the next start
// (module.enableCompileCache): evaluating the program is most of a short command's time.
// Older Nodes have no such function and start as before.
import module from 'node:module';
import { join } from 'node:path';
import { appDir } from '../core/paths.js';

type EnableCompileCache = (directory: string) => unknown;

/** Turns the compile cache on for the modules loaded from now on (under the cache folder); never throws. */
export function enableCompileCache(env: NodeJS.ProcessEnv): void {
  const enable = (module as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  // BLOG_TUI_NO_CACHE=1 turns off every cache, this one too.
  if (typeof enable !== 'function' || (env.BLOG_TUI_NO_CACHE && env.BLOG_TUI_NO_CACHE !== '0')) return;
  try {
    // Failing (read-only home, full disk) only costs the speed-up: Node reports it, never throws for it.
    enable(join(appDir('XDG_CACHE_HOME', env), 'compile'));
  } catch {
    // A start must never fail for an accelerator.
  }
}
