// Warnings of one kind read best together: "12 files: binary file" rather than twelve lines
// saying the same. A warning's cause is its reason up to the first detail (a parenthesis, a
// quote or a colon), so `binary file (NUL byte)` and `binary file (invalid UTF-8)` group.
import type { Warning } from '../types.js';

export interface WarningGroup {
  cause: string;
  warnings: Warning[];
}

/** Groups by cause, in the order each cause first appears. */
export function groupWarnings(warnings: readonly Warning[]): WarningGroup[] {
  const groups = new Map<string, WarningGroup>();
  for (const warning of warnings) {
    const cause = causeOf(warning.reason);
    const group = groups.get(cause);
    if (group) group.warnings.push(warning);
    else groups.set(cause, { cause, warnings: [warning] });
  }
  return [...groups.values()];
}

function causeOf(reason: string): string {
  const end = reason.search(/ \(| "|:/);
  return (end === -1 ? reason : reason.slice(0, end)).trim() || reason;
}

/** `3 files skipped, 2 warnings`: files not loaded, then the other warnings; '' when none. */
export function summarizeWarnings(warnings: readonly Warning[]): string {
  const skipped = new Set(warnings.filter((warning) => warning.skipped).map((warning) => warning.path)).size;
  const others = warnings.filter((warning) => !warning.skipped).length;
  const parts = [];
  if (skipped > 0) parts.push(`${skipped} file${skipped === 1 ? '' : 's'} skipped`);
  if (others > 0) parts.push(`${others} warning${others === 1 ? '' : 's'}`);
  return parts.join(', ');
}
