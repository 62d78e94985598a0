import { printError, type CliContext } from '../context.js';

export async function runList(context: CliContext): Promise<number> {
  printError(context, 'list is not built yet');
  return 1;
}
