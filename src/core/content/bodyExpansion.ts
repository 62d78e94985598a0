// Hugo shortcodes that need other files or the page's front matter, expanded when a body is read
// (the renderer itself reads no files, here or on its worker thread): `include` and `readfile`
// inline the named file when it is inside the content folder (its front matter dropped, at most
// MAX_DEPTH levels deep, a file that includes itself refused, at most MAX_INCLUDE_BYTES), and
// `param` is the page's front matter value. Anything not expanded is left for the renderer,
// which shows a muted `[include: path]`.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { splitFrontMatter } from './frontMatter.js';

const MAX_DEPTH = 2;
const MAX_INCLUDE_BYTES = 256 * 1024;
const INCLUDE = /\{\{([<%])\s*(?:include|readfile)\s+(?:file=)?(?:"([^"\n]+)"|'([^'\n]+)'|([^\s"'>%}]+))[^}\n]*?[>%]\}\}/g;
const PARAM = /\{\{[<%]\s*param\s+(?:"([\w.-]+)"|'([\w.-]+)'|([\w.-]+))\s*[>%]\}\}/g;

export interface BodyPlace {
  /** The content folder. */
  root: string;
  /** The post file. */
  file: string;
  /** The post's front matter, read only when a `param` asks for it. */
  frontMatter: () => Record<string, unknown>;
}

export function expandBody(body: string, place: BodyPlace): string {
  if (!body.includes('{{')) return body;
  const withParams = body.replace(PARAM, (match, ...names: (string | undefined)[]) => paramValue(place.frontMatter(), names.find(Boolean) ?? '') ?? match);
  let root: string;
  let file: string;
  try {
    root = realpathSync(place.root);
    file = realpathSync(place.file);
  } catch {
    return withParams;
  }
  return expandIncludes(withParams, root, file, [file]);
}

function expandIncludes(text: string, root: string, file: string, including: string[]): string {
  if (including.length > MAX_DEPTH || !text.includes('{{')) return text;
  return text.replace(INCLUDE, (match, _delimiter: string, ...paths: (string | undefined)[]) => {
    const target = resolveInside(root, dirname(file), paths.slice(0, 3).find(Boolean) ?? '');
    if (target === undefined || including.includes(target)) return match;
    const content = readIncluded(target);
    return content === undefined ? match : expandIncludes(content, root, target, [...including, target]);
  });
}

/** The real path of `path` (from the content folder when it starts with `/`, else from `fromDir`, then the folder), only inside the folder. */
function resolveInside(root: string, fromDir: string, path: string): string | undefined {
  const candidates = path.startsWith('/') ? [join(root, path)] : [join(fromDir, path), join(root, path)];
  for (const candidate of candidates) {
    for (const withExtension of [candidate, `${candidate}.md`]) {
      try {
        const real = realpathSync(withExtension);
        if (real.startsWith(root + sep) && statSync(real).isFile()) return real;
      } catch {
        // Not there: the next candidate.
      }
    }
  }
  return undefined;
}

function readIncluded(path: string): string | undefined {
  try {
    if (statSync(path).size > MAX_INCLUDE_BYTES) return undefined;
    const split = splitFrontMatter(readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
    return 'reason' in split ? undefined : split.body.trim();
  } catch {
    return undefined;
  }
}

/** Hugo's `param`: the page's `params.KEY`, else its top-level KEY (dots walk into maps); scalars only. */
function paramValue(frontMatter: Record<string, unknown>, key: string): string | undefined {
  const lookup = (start: unknown): unknown =>
    key.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), start);
  const params = frontMatter.params;
  const value = lookup(params) ?? lookup(frontMatter);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value instanceof Date ? value.toISOString().slice(0, 10) : undefined;
}
