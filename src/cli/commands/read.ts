// `blog-tui read NAME [DIR]`: one post printed as the reader shows it, for pipes and scrollback.
// The renderer (marked, highlight.js) is imported here, not in main.ts: only the commands that
// draw a post load it, and statically, so its files are fetched together with this one's.
import { postMeta } from '../../core/content/postMeta.js';
import { relatedPosts } from '../../core/related/relatedPosts.js';
import { PostIndex } from '../../core/content/postIndex.js';
import { renderWithLanguages } from '../../core/render/codeLanguages.js';
import { renderPost } from '../../core/render/renderPost.js';
import { stylesFor } from '../../core/render/styles.js';
import { rendersOffThread, startPostRendering } from '../../core/render/worker/index.js';
import { layoutText } from '../../core/render/wrap.js';
import { sanitizeLine } from '../../core/sanitize.js';
import type { Palette, Post, RenderedLink } from '../../core/types.js';
import { printError, type CliContext } from '../context.js';
import { loadContent } from '../loadContent.js';
import { printEachWarning, reportWarnings } from '../warnings.js';

const MAX_CANDIDATES = 10;
const MAX_ID_CHARS = 300;

export async function runRead(context: CliContext): Promise<number> {
  const loaded = loadContent(context);
  if (!loaded.ok) return loaded.exitCode;
  const { warnings } = loaded.result;
  // Posts left out of lists (Hugo `build: {list: never}`) can still be read by name.
  const index = new PostIndex([...loaded.result.posts, ...loaded.result.unlisted]);
  const name = context.options.name ?? '';
  const found = index.find(name);
  if (!('post' in found)) {
    if (found.candidates.length > 0) {
      printCandidates(context, name, found.candidates);
      return 1;
    }
    // The post asked for may be among the files skipped: say so.
    reportWarnings(context, warnings);
    printError(context, `no post "${name}" (try: blog-tui list)`);
    return 1;
  }
  const { post } = found;
  // Only what concerns this post, unless every warning is asked for.
  if (context.options.verbose) printEachWarning(context, warnings);
  else
    printEachWarning(
      context,
      warnings.filter((warning) => warning.path === post.path),
    );
  const palette: Palette = context.config.config.theme === 'light' ? 'light' : 'dark';
  const styles = stylesFor(context.color, palette);
  // A post too slow to render here goes to the worker thread, whose time limit bounds the wait;
  // either way the grammars its code names are loaded first.
  const options = {
    width: context.width,
    color: context.color,
    palette,
    linkTargets: index,
    math: context.options.math,
    related: relatedPosts(post, loaded.result.posts),
  };
  const rendered = rendersOffThread(post)
    ? await startPostRendering(post, options).result
    : await renderWithLanguages(post.body, () => renderPost(post, options));
  if (rendered.notice) printError(context, rendered.notice);
  const text = [postHeader(post, styles), rendered.lines.join('\n'), linkReferences(rendered.links, styles)].filter(Boolean).join('\n\n');
  context.stdout.write(`${layoutText(text, context.width).join('\n')}\n`);
  return 0;
}

/** `"title" matches 3 posts`, then one indented line per candidate: its id and title. */
function printCandidates(context: CliContext, name: string, candidates: readonly Post[]): void {
  printError(context, `"${name}" matches ${candidates.length} posts; give its id (or more of it):`);
  for (const candidate of candidates.slice(0, MAX_CANDIDATES))
    context.stderr.write(`  ${sanitizeLine(candidate.id, MAX_ID_CHARS)}  ${candidate.title}\n`);
  if (candidates.length > MAX_CANDIDATES) context.stderr.write(`  … and ${candidates.length - MAX_CANDIDATES} more\n`);
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
    // A link whose text is its address is listed once: as written when that is the address it
    // opens (`https://host` opens `https://host/`), else as opened (its host in punycode).
    if (link.text === where || where === `${link.text}/`) return `${link.index + 1}. ${link.text}`;
    if (link.text === link.url) return `${link.index + 1}. ${where}`;
    return `${link.index + 1}. ${link.text} → ${where}`;
  });
  return `${styles.dim('Links')}\n${rows.join('\n')}`;
}

function linkDestination(link: RenderedLink): string {
  switch (link.kind) {
    case 'refused':
      return `${link.url} (${link.reason ?? 'refused'})`;
    case 'internal':
      // Ids are exact (file names); shown, they are cleaned like any text from a file.
      return `post ${sanitizeLine(link.target ?? '', MAX_ID_CHARS)}`;
    case 'external':
      // The URL it opens, its host in punycode (a look-alike letter stands out).
      return link.target ?? link.url;
    case 'image':
      return link.target ?? (link.file ? `file ${link.file}` : `${link.url} (${link.reason ?? 'cannot be opened'})`);
    default:
      return link.url;
  }
}
