import { printError, type CliContext } from '../context.js';

export async function runRead(context: CliContext): Promise<number> {
  printError(context, 'read is not built yet');
  return 1;
}
