// `blog-tui list [DIR] [--tag T]... [--search Q] [--section S] [--sort K] [--json]`: the posts the
// reader would list, printed.
import { printError, type CliContext } from '../context.js';
import { formatJson, toJsonPost } from '../format/json.js';
import { formatPostTable } from '../format/postTable.js';
import { createStyle } from '../format/style.js';
import { loadContent } from '../loadContent.js';
import { describeFilters, selectPosts } from '../selectPosts.js';
import { reportWarnings } from '../warnings.js';

export async function runList(context: CliContext): Promise<number> {
  const loaded = loadContent(context);
  if (!loaded.ok) return loaded.exitCode;
  reportWarnings(context, loaded.result.warnings);
  const posts = await selectPosts(loaded.result.posts, context.options, loaded.result.sections);

  if (context.options.json) {
    context.stdout.write(formatJson(posts.map(toJsonPost)));
  } else if (posts.length > 0) {
    const lines = formatPostTable(posts, createStyle(context.color), listWidth(context));
    context.stdout.write(`${lines.join('\n')}\n`);
  }
  // No match is an answer, not a failure (we are a reader, not grep): exit 0, stdout empty (or
  // `[]` for --json, so pipelines still get valid JSON), and a note on stderr saying why.
  if (posts.length === 0) printError(context, `no posts match ${describeFilters(context.options)}`);
  return 0;
}

/** --width, else the terminal's width; piped output is never cut. */
function listWidth(context: CliContext): number | undefined {
  if (context.options.width !== undefined) return context.options.width;
  return context.stdout.isTTY ? context.stdout.columns : undefined;
}
