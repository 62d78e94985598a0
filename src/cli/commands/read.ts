// `blog-tui read SLUG [DIR]`: one post printed as the reader shows it, for pipes and scrollback.
import { postMeta } from '../../core/content/postMeta.js';
import type { Post, RenderedLink } from '../../core/types.js';
import { printError, type CliContext } from '../context.js';
import { loadContent } from '../loadContent.js';

export async function runRead(context: CliContext): Promise<number> {
  const loaded = loadContent(context);
  if (!loaded.ok) return loaded.exitCode;
  const { posts } = loaded.result;
  const slug = context.options.slug ?? '';
  const post = posts.find((candidate) => candidate.slug === slug);
  if (!post) {
    printError(context, `no post "${slug}" (try: blog-tui list)`);
    return 1;
  }
  // The renderer (marked, highlight.js) is loaded only by the commands that draw a post.
  const { renderPost } = await import('../../core/render/renderPost.js');
  const { layoutText } = await import('../../core/render/wrap.js');
  const { stylesFor } = await import('../../core/render/styles.js');
  const styles = stylesFor(context.color);
  const rendered = renderPost(post, { width: context.width, color: context.color, posts, math: context.options.math });
  if (rendered.notice) printError(context, rendered.notice);
  const text = [postHeader(post, styles), rendered.lines.join('\n'), linkReferences(rendered.links, styles)].filter(Boolean).join('\n\n');
  context.stdout.write(`${layoutText(text, context.width).join('\n')}\n`);
  return 0;
}

interface HeaderStyles {
  firstHeading: (text: string) => string;
  dim: (text: string) => string;
}

/** Title, then the same facts line the reader shows under it. */
function postHeader(post: Post, styles: HeaderStyles): string {
  return `${styles.firstHeading(post.title)}\n${styles.dim(postMeta(post))}`;
}

/** Printed output cannot be navigated, so the links are listed at the end, as lynx -dump does. */
function linkReferences(links: readonly RenderedLink[], styles: HeaderStyles): string {
  if (links.length === 0) return '';
  const rows = links.map((link) => {
    const where = linkDestination(link);
    // A link whose text is its address is listed once.
    return `${link.index + 1}. ${link.text === where ? where : `${link.text} → ${where}`}`;
  });
  return `${styles.dim('Links')}\n${rows.join('\n')}`;
}

function linkDestination(link: RenderedLink): string {
  switch (link.kind) {
    case 'refused':
      return `${link.url} (${link.reason ?? 'refused'})`;
    case 'internal':
      return `post ${link.target}`;
    case 'image':
      return link.target ?? (link.file ? `file ${link.file}` : `${link.url} (${link.reason ?? 'cannot be opened'})`);
    default:
      return link.url;
  }
}
