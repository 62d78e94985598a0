// Reads one content file defensively: the size is checked before a byte is read, and the text
// must be real UTF-8. Problems come back as a one-line reason, never as an exception.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { MAX_POST_BYTES } from '../limits.js';


// O_NOFOLLOW: the walker has already classified the path (a swap to a symlink after that is
// refused). O_NONBLOCK: a path swapped for a FIFO after the walk cannot hang the open. Neither
// exists on Windows, where `?? 0` keeps the plain read-only open.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What identifies a file's version without reading it again (the parse cache's key). */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  /** Also changes when a tool restores an old mtime after writing. */
  ctimeMs: number;
}

export type ReadResult = { text: string; stamp: FileStamp } | { reason: string };

/**
 * The stamp of a regular file at `path` without opening it (what validates a cached parse), or
 * undefined for anything else: readContentFile then reads it and says what is wrong. lstat, as
 * the read opens with O_NOFOLLOW.
 */
export function statContentFile(path: string): FileStamp | undefined {
  try {
    const stats = lstatSync(path, { throwIfNoEntry: false });
    return stats?.isFile() ? stampOf(stats) : undefined;
  } catch {
    return undefined;
  }
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

function stampOf(stats: Stats): FileStamp {
  return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs };
}

/** `path` is what the walker found to be a regular file (or the checked target of a symlink). */
export function readContentFile(path: string): ReadResult {
  return readText(path, Infinity);
}

/**
 * The file's first `maxBytes` bytes as text (a character cut in two at the end is left out),
 * with the whole file's stamp: for what needs only the start of a post that may be 2 MB long.
 */
export function readContentPrefix(path: string, maxBytes: number): ReadResult {
  return readText(path, maxBytes);
}

function readText(path: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return { reason: describeFsError(error) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { reason: 'not a regular file: skipped' };
    if (stats.size > MAX_POST_BYTES) return { reason: `too large (${formatMegabytes(stats.size)}; the limit is ${formatMegabytes(MAX_POST_BYTES, 0)})` };
    if (stats.size === 0) return { reason: 'empty file' };
    const bytes = Buffer.allocUnsafe(Math.min(stats.size, maxBytes));
    let length = 0;
    // A file that grows while we read is cut at the size fstat reported: the cap holds.
    while (length < bytes.length) {
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
    }
    const decoded = decode(bytes.subarray(0, length), length < stats.size);
    return 'reason' in decoded ? decoded : { text: decoded.text, stamp: stampOf(stats) };
  } catch (error) {
    return { reason: describeFsError(error) };
  } finally {
    closeSync(fd);
  }
}

/** `cut`: the bytes are the start of a longer file, so they may end inside a character. */
function decode(bytes: Buffer, cut: boolean): { text: string } | { reason: string } {
  if (bytes.includes(0)) return { reason: 'binary file (NUL byte)' };
  let text: string;
  try {
    // The decoder also drops a leading BOM (ignoreBOM defaults to false). Streaming, it keeps
    // an incomplete last character back instead of failing on it; a fresh decoder, as it keeps it.
    text = cut ? new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true }) : utf8.decode(bytes);
  } catch {
    return { reason: 'binary file (invalid UTF-8)' };
  }
  if (text.trim() === '') return { reason: 'empty file' };
  return { text };
}

function formatMegabytes(bytes: number, digits = 1): string {
  return `${(bytes / (1024 * 1024)).toFixed(digits)} MB`;
}

/** One line for the errors the file system can give a reader. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'unreadable (permission denied): check its permissions';
    case 'ENOENT':
      return 'disappeared while loading';
    case 'ELOOP':
      return 'symlink loop: skipped';
    default:
      return `unreadable (${code ?? 'unknown error'})`;
  }
}
