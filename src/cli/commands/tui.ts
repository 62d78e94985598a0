// `blog-tui [DIR]` on a terminal: the reader takes the terminal, loads every post, then shows them.
import { printError, type CliContext } from '../context.js';
import { reportInternalError } from '../crashReport.js';
import { loadWithCache } from '../loadContent.js';
import { runReader } from '../../tui/run.js';

export async function runTui(context: CliContext): Promise<number> {
  const { options } = context;
  const error = await runReader({
    // The cache is written once the first frame is out (runReader draws it synchronously after load).
    load: () => loadWithCache(context),
    stdout: context.stdout,
    stdin: context.stdin,
    env: context.env,
    color: context.color,
    fixedWidth: options.width,
    contentDir: context.dir,
    onCrash: (crash) => reportInternalError(context, crash),
  });
  if (error === null) return 0;
  printError(context, error);
  return 1;
}
