// `blog-tui tags [DIR] [--sections] [--json]`: every tag (or top-level section) with its post
// count, most used first. --tag / --search / --section narrow the posts counted, like the
// reader's tag picker under a search.
import { tagCounts } from '../../core/search/tagCounts.js';
import type { Post, Section } from '../../core/types.js';
import { printError, type CliContext } from '../context.js';
import { formatJson } from '../format/json.js';
import { createStyle } from '../format/style.js';
import { formatTagTable } from '../format/tagTable.js';
import { loadContent } from '../loadContent.js';
import { describeFilters, selectPosts } from '../selectPosts.js';
import { reportWarnings } from '../warnings.js';

export async function runTags(context: CliContext): Promise<number> {
  const loaded = loadContent(context);
  if (!loaded.ok) return loaded.exitCode;
  reportWarnings(context, loaded.result.warnings);
  const { sections } = loaded.result;
  const posts = await selectPosts(loaded.result.posts, context.options, sections);
  if (context.options.sections) return printSections(context, posts, sections);
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

/** `--sections`: each top-level section (folder name, then title) with its post count, in folder order. */
function printSections(context: CliContext, posts: readonly Post[], sections: readonly Section[]): number {
  const counts = sections
    .map((section) => ({ section: section.key, title: section.title, count: posts.filter((post) => post.section === section.key).length }))
    .filter(({ count }) => count > 0);
  if (context.options.json) context.stdout.write(formatJson(counts));
  else if (counts.length > 0) {
    const rows = formatTagTable(
      counts.map(({ section, title, count }) => ({ tag: title.toLowerCase() === section.toLowerCase() ? section : `${section}  ${title}`, count })),
      createStyle(context.color),
    );
    context.stdout.write(`${rows.join('\n')}\n`);
  }
  if (counts.length === 0) printError(context, `no sections: every post is at the top of "${context.dir}"`);
  return 0;
}
