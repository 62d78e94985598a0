import { printError, type CliContext } from '../context.js';

export async function runTags(context: CliContext): Promise<number> {
  printError(context, 'tags is not built yet');
  return 1;
}
