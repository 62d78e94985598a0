// Warm starts: each content folder's file parses are kept in one JSON file under
// $XDG_CACHE_HOME/blog-tui/ (default ~/.cache/blog-tui), named by a hash of the folder's
// realpath. An entry is used only while its file has the same size, mtime and ctime; entries
// of files that are gone are dropped when it is next written. The cache is only an accelerator: a
// missing, truncated or garbled file, or an entry of the wrong shape, is a miss, never an error.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseCache } from '../content/loadPosts.js';
import { appDir } from '../paths.js';
import { sameStamp } from '../content/readContentFile.js';
import { isFileParse, isObject } from './validateParse.js';

/** Bump whenever parsing changes what it produces: older cache files are then ignored. */
const CACHE_FORMAT = 2;

/**
 * The code that reads a cache must be the code that wrote it: the running file's size and mtime
 * (the bundle, once built) join the format, so a rebuilt or upgraded reader starts afresh.
 */
function codeVersion(): string {
  try {
    const code = statSync(fileURLToPath(import.meta.url));
    return `${CACHE_FORMAT}:${code.size}:${code.mtimeMs}`;
  } catch {
    return String(CACHE_FORMAT);
  }
}

export interface StoredParseCache extends ParseCache {
  /**
   * Ends the cache's use: writes it if anything changed (atomically: a temp file renamed over
   * the old one) and lets go of its entries; later lookups miss and nothing more is written.
   */
  close(): void;
}

// A file changed within its file system's timestamp tick of its last change could keep the
// stamp we cached (git calls this "racily clean"): parses of files changed this recently are
// not kept, and are simply parsed again next time. Generous for 2 s FAT and network clocks.
const RACY_WINDOW_MS = 3000;

type Entry = [size: number, mtimeMs: number, ctimeMs: number, parse: unknown];

/** The cache file of `dir`, or undefined when caching is off (BLOG_TUI_NO_CACHE=1) or has no home. */
export function cacheFilePath(dir: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.BLOG_TUI_NO_CACHE && env.BLOG_TUI_NO_CACHE !== '0') return undefined;
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return undefined;
  }
  return join(appDir('XDG_CACHE_HOME', env), `${createHash('sha256').update(real).digest('hex').slice(0, 32)}.json`);
}

/**
 * A cache for `dir` (a no-op one when caching is off); reading it never throws. `clock` is when
 * files are read (tests move it forward instead of waiting out the racy window).
 */
export function openParseCache(dir: string, env: NodeJS.ProcessEnv, clock: () => number = Date.now): StoredParseCache {
  const file = cacheFilePath(dir, env);
  if (file === undefined) return { lookup: () => undefined, remember: () => undefined, close: () => undefined };
  const version = codeVersion();
  const stored = readEntries(file, version);
  const current = new Map<string, Entry>();
  let changed = stored.size === 0;
  let closed = false;
  return {
    lookup(relPath, currentStamp) {
      const entry = stored.get(relPath);
      if (!entry) return undefined;
      const stamp = currentStamp();
      if (!stamp || !sameStamp({ size: entry[0], mtimeMs: entry[1], ctimeMs: entry[2] }, stamp)) return undefined;
      if (!isFileParse(entry[3])) return undefined;
      current.set(relPath, entry);
      return { parse: entry[3], stamp };
    },
    remember(relPath, stamp, parse) {
      if (closed) return;
      changed = true;
      if (clock() - Math.max(stamp.mtimeMs, stamp.ctimeMs) < RACY_WINDOW_MS) return;
      current.set(relPath, [stamp.size, stamp.mtimeMs, stamp.ctimeMs, parse]);
    },
    close() {
      if (closed) return;
      // Unless unchanged with no file gone: then the file on disk is already right.
      if (changed || current.size !== stored.size) writeEntries(file, version, current);
      // Let go of the entries: the reader keeps this object, and with it megabytes of parses.
      stored.clear();
      current.clear();
      closed = true;
    },
  };
}

function readEntries(file: string, version: string): Map<string, Entry> {
  try {
    const bytes = readFileSync(file);
    // Written as ASCII (see writeEntries): anything else is damage, not a cache.
    if (!isAscii(bytes)) return new Map();
    const data: unknown = JSON.parse(bytes.toString('latin1'));
    if (!isObject(data) || data.version !== version || !isObject(data.entries)) return new Map();
    const entries = new Map<string, Entry>();
    for (const [relPath, entry] of Object.entries(data.entries)) {
      if (isEntry(entry)) entries.set(relPath, entry);
    }
    return entries;
  } catch {
    // Missing, unreadable, truncated or not JSON: start afresh (and rewrite it on close).
    return new Map();
  }
}

function writeEntries(file: string, version: string, entries: ReadonlyMap<string, Entry>): void {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // Non-ASCII escaped: JSON.parse reads a one-byte string about twice as fast.
    const json = JSON.stringify({ version, entries: Object.fromEntries(entries) }).replace(NON_ASCII, escapeCharacter);
    writeFileSync(temp, json, { encoding: 'latin1', mode: 0o600 });
    // rename() replaces the old file in one step: a reader sees the old cache or the new one.
    renameSync(temp, file);
  } catch {
    // A read-only or full disk only costs the next start its speed-up.
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing more can be done about a stray temp file; the next write uses another name.
    }
  }
}

/** The parse itself is checked only when it is used (isFileParse in lookup). */
function isEntry(value: unknown): value is Entry {
  return Array.isArray(value) && value.length === 4 && typeof value[0] === 'number' && typeof value[1] === 'number' && typeof value[2] === 'number';
}

const NON_ASCII = /[\u0080-\uffff]/g;

function escapeCharacter(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
