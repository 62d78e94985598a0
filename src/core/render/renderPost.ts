// A post's Markdown → terminal lines at a width, with a map of its links and headings.
// Pure and synchronous; never throws: what cannot be rendered is shown as plain text with a notice.
import { sanitizeLine, sanitizeText } from '../sanitize.js';
import type { Post, RenderedHeading, RenderedLink, RenderOptions, RenderResult } from '../types.js';
import { plainTextReason } from './complexity.js';
import { extractMarkers } from './linkMarkers.js';
import { resolveLink } from './links.js';
import { markdownToTerminal } from './markdown.js';
import { plainTextResult } from './plainText.js';
import { rewriteShortcodes } from './shortcodes.js';
import { layoutText } from './wrap.js';

export const MIN_RENDER_WIDTH = 20;

export function renderPost(post: Post, options: RenderOptions): RenderResult {
  const width = Math.max(MIN_RENDER_WIDTH, Math.floor(options.width));
  const reason = plainTextReason(post.body);
  if (reason) return plainTextResult(post.body, width, reason);
  try {
    return renderMarkdown(post, width, options);
  } catch (error) {
    // marked recursion (RangeError) or any parser bug: the post stays readable.
    const what = error instanceof RangeError ? 'it nests too deeply' : `the renderer failed (${error instanceof Error ? error.message : String(error)})`;
    return plainTextResult(post.body, width, sanitizeLine(what, 200));
  }
}

function renderMarkdown(post: Post, width: number, options: RenderOptions): RenderResult {
  const markdown = rewriteShortcodes(sanitizeText(post.body));
  const rendered = markdownToTerminal(markdown, width, options.color);
  const text = rendered.text.replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
  const { lines, linkSpans, headingLines } = extractMarkers(layoutText(text, width));
  const headings: RenderedHeading[] = rendered.headings.map((heading, id) => ({ ...heading, line: headingLines.get(id) ?? 0 }));
  const links: RenderedLink[] = rendered.links.map((link, index) => ({
    index,
    text: link.text,
    url: sanitizeLine(link.url, 2048),
    ...resolveLink(link.url, { post, posts: options.posts, headings }),
    spans: linkSpans.get(index) ?? [],
  }));
  return { lines, links, headings };
}
