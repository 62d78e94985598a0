// What following a link (Enter) means. Pure: the reducer turns the outcome into the next state
// (the post opened, scrolled, or a message) or a command (open the URL).
import { sanitizeLine } from '../../core/sanitize.js';
import type { RenderedLink, RenderResult } from '../../core/types.js';

export type LinkOutcome =
  | { kind: 'openPost'; id: string; anchor?: string }
  | { kind: 'scrollToLine'; line: number }
  | { kind: 'openExternal'; url: string }
  /** A local image: its path inside the content folder. */
  | { kind: 'openFile'; path: string }
  | { kind: 'refused'; message: string };

export function linkOutcome(link: RenderedLink, rendered: RenderResult): LinkOutcome {
  const url = sanitizeLine(link.url, 200);
  switch (link.kind) {
    case 'internal': {
      if (!link.target) return { kind: 'refused', message: `no post for ${url}` };
      const anchor = fragmentOf(link.url);
      return anchor ? { kind: 'openPost', id: link.target, anchor } : { kind: 'openPost', id: link.target };
    }
    case 'anchor': {
      const id = link.target ?? fragmentOf(link.url) ?? '';
      const heading = rendered.headings.find((candidate) => candidate.id === id);
      return heading ? { kind: 'scrollToLine', line: heading.line } : { kind: 'refused', message: `no heading #${sanitizeLine(id, 200)}` };
    }
    case 'external':
      return { kind: 'openExternal', url: link.target ?? link.url };
    case 'image':
      if (link.target) return { kind: 'openExternal', url: link.target };
      if (link.file) return { kind: 'openFile', path: link.file };
      return { kind: 'refused', message: `cannot open image ${url}: ${sanitizeLine(link.reason ?? 'no address')}` };
    case 'refused':
      return { kind: 'refused', message: link.reason ? `refused ${url}: ${sanitizeLine(link.reason)}` : `refused ${url}` };
  }
}

/** The `#fragment` of a link as written, percent-decoded when that is valid. */
function fragmentOf(url: string): string | undefined {
  const hash = url.indexOf('#');
  if (hash === -1 || hash === url.length - 1) return undefined;
  const raw = url.slice(hash + 1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
