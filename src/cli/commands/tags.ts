// `blog-tui tags [DIR] [--json]`: every tag with its post count, most used first.
// --tag / --search narrow the posts counted, like the reader's tag picker under a search.
import { tagCounts } from '../../core/search/index.js';
import { printError, type CliContext } from '../context.js';
import { formatJson } from '../format/json.js';
import { createStyle } from '../format/style.js';
import { formatTagTable } from '../format/tagTable.js';
import { loadContent } from '../loadContent.js';
import { describeFilters, selectPosts } from '../selectPosts.js';

export async function runTags(context: CliContext): Promise<number> {
  const loaded = loadContent(context);
  if (!loaded.ok) return loaded.exitCode;
  const posts = selectPosts(loaded.result.posts, context.options);
  const counts = tagCounts(posts);

  if (context.options.json) context.stdout.write(formatJson(counts));
  else if (counts.length > 0) context.stdout.write(`${formatTagTable(counts, createStyle(context.color)).join('\n')}\n`);
  // Posts without tags are not an error: exit 0 with a note, as for a search without hits.
  if (counts.length === 0) {
    const filters = describeFilters(context.options);
    printError(context, filters ? `no tags on the posts matching ${filters}` : `no post in "${context.dir}" has tags`);
  }
  return 0;
}
