// File I/O for the files blog-tui owns: reads that never throw, writes that never leave a
// half-written file (a temporary file in the same folder, then a rename, which replaces the
// old file in one step: a reader sees the old content or the new, never a mix).
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type ReadOutcome = { kind: 'missing' } | { kind: 'text'; text: string } | { kind: 'unreadable'; reason: string };

export function readTextFile(path: string): ReadOutcome {
  try {
    return { kind: 'text', text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'unreadable', reason: code ?? String(error) };
  }
}

/** Writes `text` to `path` atomically; returns the failure's reason, or null. */
export function writeTextFileAtomically(path: string, text: string): string | null {
  const folder = dirname(path);
  // Unique per process and write: two readers writing at once never share a temporary file.
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, text, { mode: 0o600 });
    renameSync(temporary, path);
    return null;
  } catch (error) {
    rmSync(temporary, { force: true });
    return (error as NodeJS.ErrnoException).code ?? String(error);
  }
}
