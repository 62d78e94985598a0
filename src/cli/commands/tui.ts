// `blog-tui [DIR]` on a terminal: the reader takes the terminal, loads every post, then shows them.
import { openParseCache } from '../../core/cache/parseCache.js';
import { loadPosts } from '../../core/content/loadPosts.js';
import { printError, type CliContext } from '../context.js';
import { reportInternalError } from '../crashReport.js';
import { runReader } from '../../tui/run.js';

export async function runTui(context: CliContext): Promise<number> {
  const { options } = context;
  const error = await runReader({
    load: () => {
      const cache = openParseCache(context.dir, context.env);
      const loaded = loadPosts(context.dir, { drafts: options.drafts, future: options.future, expired: options.expired, cache });
      // Written once the first frame is out (runReader draws it synchronously after load).
      setImmediate(() => cache.close());
      return loaded;
    },
    stdout: context.stdout,
    stdin: context.stdin,
    env: context.env,
    color: context.color,
    fixedWidth: options.width,
    onCrash: (crash) => reportInternalError(context, crash),
  });
  if (error === null) return 0;
  printError(context, error);
  return 1;
}
