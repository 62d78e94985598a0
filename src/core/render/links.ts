// Classifies a link in a FIXED order: anchor in this post, another post, external
// (http/https/mailto), else refused with a reason. The pager acts on the kind; nothing here opens anything.
import { checkSafeUrl, MAX_URL_LENGTH } from '../open/safeUrl.js';
import type { LinkKind, LinkTargets, Post, RenderedHeading } from '../types.js';
import { sanitizeLine } from '../sanitize.js';
import { trimSlashes } from '../content/postIndex.js';

export interface LinkResolution {
  kind: LinkKind;
  /** internal: the post's id; anchor: the heading id; external: the normalized URL. */
  target?: string;
  /** internal links with a `#fragment`: the heading id in the target post. */
  anchor?: string;
  /** Local images: the path inside the content folder. */
  file?: string;
  reason?: string;
}

export interface LinkContext {
  post?: Pick<Post, 'path'>;
  /** The posts a link may name, looked up in maps built once per load (never scanned per link). */
  targets?: LinkTargets;
  headings?: readonly Pick<RenderedHeading, 'id'>[];
}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const POST_FILE = /(?:\/(?:_?index))?\.(?:md|markdown)$/i;

export function resolveLink(rawUrl: string, context: LinkContext = {}): LinkResolution {
  // Browsers ignore ASCII whitespace and controls inside URLs ("java\tscript:"), so do we.
  const url = rawUrl.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const shown = sanitizeLine(rawUrl, 200);
  if (url === '') return refused('empty link');
  if (url.startsWith('-')) return refused(`refused "${shown}": it starts with "-"`);
  if (url.length > MAX_URL_LENGTH) return refused(`refused a link of ${url.length} characters (at most ${MAX_URL_LENGTH})`);

  if (url.startsWith('#')) return resolveAnchor(url.slice(1), context);
  if (!SCHEME.test(url) && !url.startsWith('//')) return resolveInternal(url, context, shown);
  return resolveExternal(url.startsWith('//') ? `https:${url}` : url, shown);
}

function refused(reason: string): LinkResolution {
  return { kind: 'refused', reason };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function resolveAnchor(fragment: string, { headings = [] }: LinkContext): LinkResolution {
  const id = safeDecode(fragment);
  if (headings.some((heading) => heading.id === id)) return { kind: 'anchor', target: id };
  return refused(`no heading "#${sanitizeLine(id, 100)}" in this post`);
}

function resolveInternal(url: string, { post, targets }: LinkContext, shown: string): LinkResolution {
  const hashAt = url.indexOf('#');
  const anchor = hashAt >= 0 ? safeDecode(url.slice(hashAt + 1)) : undefined;
  const queryAt = url.search(/[?#]/);
  const path = safeDecode(queryAt >= 0 ? url.slice(0, queryAt) : url);
  const found = targets && findPost(path, post?.path, targets);
  if (!found) return refused(`no post at ${shown}`);
  return anchor ? { kind: 'internal', target: found.id, anchor } : { kind: 'internal', target: found.id };
}

/**
 * A post by file path (relative `.md` links), alias, id or permalink (`/posts/slug/`), else by
 * the slug in the URL's last part (`../slug/`, `/slug/`). A few map lookups, never a scan.
 */
function findPost(path: string, fromPath: string | undefined, targets: LinkTargets): Pick<Post, 'id'> | undefined {
  if (path === '') return undefined;
  if (POST_FILE.test(path)) {
    // Hugo resolves ref targets against the page's folder, then the content root.
    for (const file of [joinPath(dirOf(fromPath ?? ''), path), joinPath('', path)]) {
      const byFile = targets.byFile(file.replace(POST_FILE, ''));
      if (byFile) return byFile;
    }
  }
  const byUrl = targets.byUrlPath(trimSlashes(path));
  if (byUrl) return byUrl;
  const withoutFile = trimSlashes(path.replace(POST_FILE, ''));
  return targets.bySlug(withoutFile.slice(withoutFile.lastIndexOf('/') + 1));
}

function dirOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}

function joinPath(dir: string, relative: string): string {
  const parts = dir === '' || relative.startsWith('/') ? [] : dir.split('/');
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

// The opener's own check (open/safeUrl.ts): a link the map calls external is one it will open and copy.
function resolveExternal(url: string, shown: string): LinkResolution {
  const check = checkSafeUrl(url);
  return check.ok ? { kind: 'external', target: check.url } : refused(`refused "${shown}": ${check.reason}`);
}

/**
 * Where an image opens from: a web image through the safe opener, a local one (relative to the
 * post's folder, or to the content folder when it starts with `/`) from its file, which the
 * reader checks is inside the folder. A `data:` image or any other scheme cannot be opened.
 */
export function resolveImage(rawUrl: string, { post }: LinkContext = {}): LinkResolution {
  const url = rawUrl.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const shown = sanitizeLine(rawUrl, 200);
  if (url === '') return { kind: 'image', reason: 'the image has no address' };
  if (url.length > MAX_URL_LENGTH) return { kind: 'image', reason: `the address has ${url.length} characters (at most ${MAX_URL_LENGTH})` };
  if (SCHEME.test(url) || url.startsWith('//')) {
    const web = resolveExternal(url.startsWith('//') ? `https:${url}` : url, shown);
    if (web.kind === 'external') return { kind: 'image', target: web.target };
    return { kind: 'image', reason: url.startsWith('data:') ? 'an image inside the page cannot be opened' : web.reason };
  }
  const path = safeDecode(url.replace(/[?#].*$/, ''));
  const parts = path.startsWith('/')
    ? []
    : dirOf(post?.path ?? '')
        .split('/')
        .filter(Boolean);
  for (const part of path.split('/')) {
    if (part === '..') {
      if (parts.pop() === undefined) return { kind: 'image', reason: `${shown} is outside the content folder` };
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.length === 0 ? { kind: 'image', reason: `no image file at ${shown}` } : { kind: 'image', file: parts.join('/') };
}
