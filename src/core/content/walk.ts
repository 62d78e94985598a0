// Finds the Markdown files under the content folder without following symlinked
// folders and without opening anything that is not a regular file: readdir's entry types come
// from the directory itself (lstat semantics), and a symlink's target is stat'ed before use.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import type { Warning } from '../types.js';
import { describeFsError } from './readContentFile.js';
import { warning } from './warning.js';

export interface ContentFile {
  /** What to open: the file itself, or the checked target of a symlink. */
  readPath: string;
  /** Relative to the content folder, `/`-separated. */
  relPath: string;
  /**
   * The root `_index.md` is the home page (its title names the blog); other `_index.md` files
   * are section pages (their title names the section, their cascade applies below them).
   */
  kind: 'post' | 'home' | 'section';
  /** For a leaf bundle's `x/index.md`: `x`. */
  bundleName?: string;
}

export interface WalkResult {
  files: ContentFile[];
  warnings: Warning[];
}

const MARKDOWN = /\.(md|markdown)$/i;
const SECTION_PAGE = /^_index\.(md|markdown)$/i;
const BUNDLE_INDEX = /^index\.(md|markdown)$/i;
// Dependencies, themes, generated sites and caches: never content, and often huge.
const SKIPPED_FOLDERS = new Set(['node_modules', 'themes', 'public', 'resources', '_site', 'vendor']);
const NOT_REGULAR = 'not a regular file (FIFO, socket or device): skipped';

export interface WalkOptions {
  /** Folders to walk, relative to `root` ('' is the root itself); default the root. */
  starts?: readonly string[];
  /** Hugo's rules: a folder with index.md is one post (a leaf bundle); `_index.md` is a section page. */
  bundles?: boolean;
}

/** `root` is the folder as given; `rootReal` its realpath (symlinked files must resolve inside it). */
export function walkContent(root: string, rootReal: string, { starts = [''], bundles = true }: WalkOptions = {}): WalkResult {
  const files: ContentFile[] = [];
  const warnings: Warning[] = [];
  const insideRoot = rootReal.endsWith(sep) ? rootReal : rootReal + sep;
  // Depth-first with an explicit stack: deep trees cannot overflow the call stack.
  const pending: string[] = [...starts].reverse();
  while (pending.length > 0) {
    const relFolder = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, relFolder), { withFileTypes: true });
    } catch (error) {
      warnings.push(warning(relFolder, describeFsError(error)));
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // Hugo leaf bundle: a folder (not the content root) with index.md is one post; its other
    // files and subfolders are the post's resources, not posts.
    const bundleIndex = relFolder === '' || !bundles ? undefined : entries.find((entry) => BUNDLE_INDEX.test(entry.name));
    const bundleName = bundleIndex ? relFolder.slice(relFolder.lastIndexOf('/') + 1) : undefined;
    const subfolders: string[] = [];
    // Joined once per folder: path.join for each of 10,000 entries is a visible part of a warm start.
    const folderPath = join(root, relFolder);
    const pathPrefix = folderPath.endsWith(sep) ? folderPath : folderPath + sep;
    for (const entry of bundleIndex ? [bundleIndex] : entries) {
      const relPath = relFolder === '' ? entry.name : `${relFolder}/${entry.name}`;
      const found = classifyEntry(entry, pathPrefix + entry.name, insideRoot);
      if (found === 'folder') subfolders.push(relPath);
      else if ('readPath' in found) files.push(contentFile(found.readPath, relPath, entry.name, relFolder === '', bundles, bundleName));
      else if (found.reason !== '') warnings.push(warning(relPath, found.reason));
    }
    // Reverse so the stack pops folders in name order: the file list comes out sorted.
    pending.push(...subfolders.reverse());
  }
  return { files, warnings };
}

function contentFile(readPath: string, relPath: string, name: string, atRoot: boolean, bundles: boolean, bundleName: string | undefined): ContentFile {
  if (!bundles || !SECTION_PAGE.test(name)) return bundleName === undefined ? { readPath, relPath, kind: 'post' } : { readPath, relPath, kind: 'post', bundleName };
  return { readPath, relPath, kind: atRoot ? 'home' : 'section' };
}

/**
 * What one directory entry is to the loader: a folder to walk, a Markdown file to read (a
 * symlink: its checked target), or a reason to skip it ('' skips silently).
 */
function classifyEntry(entry: Dirent, path: string, insideRoot: string): 'folder' | { readPath: string } | { reason: string } {
  // Hidden files and folders (.git, editor backups like .#post.md) are never content.
  if (entry.name.startsWith('.')) return { reason: '' };
  if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? { reason: '' } : 'folder';
  const isMarkdown = MARKDOWN.test(entry.name);
  if (entry.isSymbolicLink()) return checkSymlink(path, isMarkdown, insideRoot);
  if (!isMarkdown) return { reason: '' };
  return entry.isFile() ? { readPath: path } : { reason: NOT_REGULAR };
}

/**
 * A symlinked Markdown file is read only when it resolves to a regular file inside the content
 * folder. Symlinked folders are reported, never followed. Other symlinks are ignored (`reason: ''`).
 */
function checkSymlink(path: string, isMarkdown: boolean, insideRoot: string): { readPath: string } | { reason: string } {
  let realPath: string;
  try {
    realPath = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { reason: 'symlink loop: skipped' };
    return { reason: isMarkdown && code === 'ENOENT' ? 'broken symlink: skipped' : '' };
  }
  let target;
  try {
    target = statSync(realPath);
  } catch (error) {
    return { reason: isMarkdown ? describeFsError(error) : '' };
  }
  if (target.isDirectory()) return { reason: 'symlinked folder: not followed' };
  if (!isMarkdown) return { reason: '' };
  if (!realPath.startsWith(insideRoot)) return { reason: 'symlink to a file outside the content folder: not read' };
  if (!target.isFile()) return { reason: NOT_REGULAR };
  return { readPath: realPath };
}
