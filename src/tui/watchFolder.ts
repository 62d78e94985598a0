// Watches a content folder for edits, new and removed files, so the reader can reload. One
// non-recursive fs.watch per folder, found by walking the tree without following symbolic
// links: Node's recursive mode on Linux reports changes behind a linked folder, and the reader
// must never look outside DIR. Events are batched (an editor's save is several) and reported
// within a second. Where watching is unavailable (inotify limit reached), the files' modification
// times are polled instead.
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A burst of events is reported this long after its last one… */
const QUIET_MS = 150;
/** …or this long after its first, if it goes on (a file written in many steps). */
const MAX_WAIT_MS = 600;
const POLL_MS = 1000;
/** More folders than this are not watched one by one: the tree is polled instead. */
const MAX_FOLDERS = 4000;

/** Starts watching `dir`; `onChange` gets the changed paths (relative, `/`-separated). Returns the function that stops it. */
export function watchFolder(dir: string, onChange: (paths: string[]) => void): () => void {
  const changed = new Set<string>();
  let quiet: NodeJS.Timeout | undefined;
  let first: NodeJS.Timeout | undefined;
  const report = (): void => {
    clearTimeout(quiet);
    clearTimeout(first);
    quiet = first = undefined;
    const paths = [...changed];
    changed.clear();
    onChange(paths);
  };
  const noteChange = (path: string): void => {
    changed.add(path.split(sep).join('/'));
    clearTimeout(quiet);
    quiet = setTimeout(report, QUIET_MS);
    first ??= setTimeout(report, MAX_WAIT_MS);
  };
  const stopWatching = watchEachFolder(dir, noteChange) ?? pollFolder(dir, noteChange);
  return () => {
    stopWatching();
    clearTimeout(quiet);
    clearTimeout(first);
  };
}

/** The folders under `dir`, `dir` first, symbolic links and hidden folders (.git) left out; null when too many. */
export function foldersUnder(dir: string): string[] | null {
  const folders = [dir];
  for (let index = 0; index < folders.length; index++) {
    if (folders.length > MAX_FOLDERS) return null;
    let entries;
    try {
      entries = readdirSync(folders[index]!, { withFileTypes: true });
    } catch {
      continue;
    }
    // Dirent.isDirectory() is false for a symbolic link, whatever it points to.
    for (const entry of entries) if (entry.isDirectory() && !entry.name.startsWith('.')) folders.push(join(folders[index]!, entry.name));
  }
  return folders;
}

function watchEachFolder(dir: string, noteChange: (path: string) => void): (() => void) | null {
  const watchers = new Map<string, FSWatcher>();
  const watchNewFolders = (): boolean => {
    const folders = foldersUnder(dir);
    if (!folders) return false;
    const present = new Set(folders);
    for (const [folder, watcher] of watchers) {
      if (present.has(folder)) continue;
      watcher.close();
      watchers.delete(folder);
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      const watcher = watch(folder, { persistent: false }, (event, name) => {
        noteChange(relative(dir, name ? join(folder, name.toString()) : folder));
        // A new or removed entry may be a folder: watch the tree as it is now.
        if (event === 'rename') watchNewFolders();
      });
      // A watched folder that disappears errors on some systems: it is simply no longer watched.
      watcher.on('error', () => {
        watcher.close();
        watchers.delete(folder);
      });
      watchers.set(folder, watcher);
    }
    return true;
  };
  const stop = (): void => {
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
  try {
    if (watchNewFolders()) return stop;
  } catch {
    // ENOSPC (no inotify watches left) or a system without fs.watch: poll instead.
  }
  stop();
  return null;
}

function pollFolder(dir: string, noteChange: (path: string) => void): () => void {
  let previous = fileStamps(dir);
  const timer = setInterval(() => {
    const current = fileStamps(dir);
    for (const [path, stamp] of current) if (previous.get(path) !== stamp) noteChange(path);
    for (const path of previous.keys()) if (!current.has(path)) noteChange(path);
    previous = current;
  }, POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** Every file's size and modification time, by path relative to `dir`. */
function fileStamps(dir: string): Map<string, string> {
  const stamps = new Map<string, string>();
  for (const folder of foldersUnder(dir) ?? [dir]) {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const path = join(folder, entry.name);
      try {
        const stat = statSync(path);
        stamps.set(relative(dir, path), `${stat.size}:${stat.mtimeMs}`);
      } catch {
        // Removed between the listing and the stat: the next poll sees it gone.
      }
    }
  }
  return stamps;
}
