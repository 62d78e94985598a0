// The URL a link stands for: for external links, what Enter opens and `y` copies (the resolved
// target), else the URL as written.
import { MAX_URL_LENGTH } from '../../core/open/safeUrl.js';
import { sanitizeLine } from '../../core/sanitize.js';
import type { RenderedLink } from '../../core/types.js';

export function linkUrl(link: RenderedLink): string {
  return link.kind === 'external' && link.target ? link.target : link.url;
}

/** linkUrl made safe to draw. */
export function linkDisplayUrl(link: RenderedLink): string {
  return sanitizeLine(linkUrl(link), MAX_URL_LENGTH);
}
