import { printError, type CliContext } from '../context.js';

export async function runTui(context: CliContext): Promise<number> {
  printError(context, 'the interactive reader is not built yet (try: blog-tui list)');
  return 1;
}
