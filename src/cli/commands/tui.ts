// `blog-tui [DIR]` on a terminal: the reader takes the terminal, loads every post, then shows them.
import { loadPosts } from '../../core/content/loadPosts.js';
import { printError, type CliContext } from '../context.js';
import { runReader } from '../../tui/run.js';

export async function runTui(context: CliContext): Promise<number> {
  const { options } = context;
  const error = await runReader({
    load: () => loadPosts(context.dir, { drafts: options.drafts, future: options.future, expired: options.expired }),
    stdout: context.stdout,
    stdin: context.stdin,
    env: context.env,
    color: context.color,
    fixedWidth: options.width,
    onCrash: (crash) => printError(context, `internal error: ${crash instanceof Error ? crash.message : String(crash)}`),
  });
  if (error === null) return 0;
  printError(context, error);
  return 1;
}
