// Loader warnings on stderr: one summary line by default (a large site can have hundreds of
// files a reader skips, and nobody reads a screenful of them before every command), or with
// --verbose every warning, grouped by cause.
import { groupWarnings, summarizeWarnings } from '../core/content/warningGroups.js';
import type { Warning } from '../core/types.js';
import { printError, type CliContext } from './context.js';

export function reportWarnings(context: Pick<CliContext, 'stderr' | 'options'>, warnings: readonly Warning[]): void {
  if (warnings.length === 0) return;
  if (context.options.verbose) printEachWarning(context, warnings);
  else printError(context, `${summarizeWarnings(warnings)} (--verbose lists them)`);
}

/** Every warning: alone on its line, or under a `N files: cause` line when several share a cause. */
export function printEachWarning(context: Pick<CliContext, 'stderr'>, warnings: readonly Warning[]): void {
  for (const group of groupWarnings(warnings)) {
    if (group.warnings.length === 1) {
      const [only] = group.warnings;
      printError(context, `warning: ${only!.path}: ${only!.reason}`);
      continue;
    }
    printError(context, `warning: ${group.warnings.length} files: ${group.cause}`);
    // Loader warnings are sanitized one-line strings.
    for (const warning of group.warnings) context.stderr.write(`  ${warning.path}: ${warning.reason}\n`);
  }
}
