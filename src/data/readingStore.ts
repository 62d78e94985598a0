// The reading state's file: one per content folder, in $XDG_STATE_HOME/blog-tui/. Saves are
// batched: a change of position waits a moment (scrolling would otherwise write on every key),
// a change the reader asked for (read, star) or leaving a post writes at once. Before each
// write the file is read again and this reader's changed posts are merged over it, so another
// reader open on the same folder loses nothing it saved for other posts.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { readTextFile, writeTextFileAtomically } from './atomicFile.js';
import { mergeReadingRecords, parseReadingRecords, serializeReadingRecords, type ReadingRecord, type ReadingRecords } from './readingRecords.js';
import { appDir } from '../core/paths.js';

/** How long a position change waits for the next one before it is written. */
const POSITION_WRITE_DELAY_MS = 1000;

export interface ReadingStore {
  /** The records saved for the folder, and a one-line warning (what is wrong, then the file) when the file could not be used. */
  load(): { records: ReadingRecords; warning?: string };
  /** Remembers changed posts; writes now when `now`, else after a short quiet moment. */
  save(changed: readonly (readonly [string, ReadingRecord])[], now: boolean): void;
  /** Writes whatever is still waiting (the reader quits). */
  flush(): void;
}

/** Reading state is off with --no-state or BLOG_TUI_NO_STATE=1 (set and not "0"). */
export function readingStateDisabled(flag: boolean, env: NodeJS.ProcessEnv): boolean {
  return flag || (env.BLOG_TUI_NO_STATE !== undefined && env.BLOG_TUI_NO_STATE !== '' && env.BLOG_TUI_NO_STATE !== '0');
}

/** The state file of content folder `dir` (named by a hash of its real path, as the parse cache is). */
export function readingStatePath(dir: string, env: NodeJS.ProcessEnv): string {
  let real = dir;
  try {
    real = realpathSync(dir);
  } catch {
    // A folder that cannot be resolved keeps the name it was given.
  }
  return join(appDir('XDG_STATE_HOME', env), `reading-${createHash('sha256').update(real).digest('hex').slice(0, 32)}.json`);
}

export function openReadingStore(path: string, onWriteError: (message: string) => void = () => {}): ReadingStore {
  const pending = new Map<string, ReadingRecord>();
  let timer: NodeJS.Timeout | undefined;
  let failed = false;

  const readRecords = (): { records: ReadingRecords; warning?: string } => {
    const outcome = readTextFile(path);
    if (outcome.kind === 'missing') return { records: new Map() };
    if (outcome.kind === 'unreadable') return { records: new Map(), warning: `unreadable (${outcome.reason}), starting afresh: ${path}` };
    const { records, damaged } = parseReadingRecords(outcome.text);
    return damaged ? { records, warning: `damaged, it will be rewritten: ${path}` } : { records };
  };

  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return;
    const merged = mergeReadingRecords(readRecords().records, pending);
    pending.clear();
    const error = writeTextFileAtomically(path, serializeReadingRecords(merged));
    // One message, not one per write: the reader goes on without saving.
    if (error && !failed) onWriteError(`cannot save reading state to ${path} (${error})`);
    failed = failed || error !== null;
  };

  return {
    load: readRecords,
    save(changed, now) {
      for (const [key, record] of changed) pending.set(key, record);
      if (now) return flush();
      if (!timer && pending.size > 0) {
        timer = setTimeout(flush, POSITION_WRITE_DELAY_MS);
        // Quitting does not wait for it: the reader flushes on its way out.
        timer.unref();
      }
    },
    flush,
  };
}
