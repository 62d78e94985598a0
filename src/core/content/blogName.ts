// The blog's name for the list header: DIR/_index.md's title (read by the loader),
// else the `title` of a Hugo site config beside DIR, else the folder's name.
import { lstatSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { sanitizeLine } from '../sanitize.js';
import type { Warning } from '../types.js';
import { toFields, toText } from './fields.js';
import { readContentFile } from './readContentFile.js';
import { warning } from './warning.js';

const MAX_NAME_CHARS = 100;

const CONFIG_FILES: ReadonlyArray<readonly [string, (text: string) => unknown]> = [
  ['hugo.toml', parseToml],
  ['hugo.yaml', (text) => yaml.safeLoad(text)],
  ['hugo.json', (text) => JSON.parse(text)],
  ['config.toml', parseToml],
  ['config.yaml', (text) => yaml.safeLoad(text)],
  ['config.json', (text) => JSON.parse(text)],
];

export function findBlogName(dir: string, sectionTitle: string): { blogName: string; warnings: Warning[] } {
  const warnings: Warning[] = [];
  if (sectionTitle !== '') return { blogName: sanitizeLine(sectionTitle, MAX_NAME_CHARS), warnings };
  // A Hugo site keeps its config in the folder above content/; DIR itself may be the site.
  for (const folder of [join(dir, '..'), dir]) {
    for (const [fileName, parse] of CONFIG_FILES) {
      const path = join(folder, fileName);
      const title = configTitle(path, parse);
      if ('reason' in title) warnings.push(warning(relative(dir, path), title.reason));
      else if (title.title !== '') return { blogName: title.title, warnings };
    }
  }
  return { blogName: folderName(dir), warnings };
}

export function folderName(dir: string): string {
  return sanitizeLine(basename(resolve(dir)), MAX_NAME_CHARS) || 'blog';
}

function configTitle(path: string, parse: (text: string) => unknown): { title: string } | { reason: string } {
  try {
    // lstat first: only a regular file is opened (never a FIFO or device named config.toml).
    if (!lstatSync(path).isFile()) return { title: '' };
  } catch {
    return { title: '' };
  }
  const read = readContentFile(path);
  if ('reason' in read) return read;
  let data: unknown;
  try {
    data = parse(read.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { reason: `invalid site config (${message.split('\n', 1)[0]}): its title is not used` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { title: '' };
  return { title: toText(toFields(data as Record<string, unknown>).get('title'), MAX_NAME_CHARS) };
}
