// Loading for the print commands: runs the loader and turns "nothing to show" into an error
// message that says what to do. Each command reports the warnings it should (see warnings.ts).
import { openParseCache } from '../core/cache/parseCache.js';
import { loadPosts } from '../core/content/loadPosts.js';
import type { LoadResult, Post } from '../core/types.js';
import { COMMANDS, type CliOptions } from './args.js';
import { printError, type CliContext } from './context.js';
import { reportWarnings } from './warnings.js';

export type LoadOutcome = { ok: true; result: LoadResult } | { ok: false; exitCode: number };

/**
 * Loads `context.dir` through its parse cache. The cache is written when `writeCache` says: by
 * default on the next turn of the event loop, after a command has printed.
 */
export function loadWithCache(
  context: Pick<CliContext, 'options' | 'dir' | 'env'>,
  writeCache: (write: () => void) => void = (write) => void setImmediate(write),
): LoadResult {
  const { options, dir } = context;
  const cache = openParseCache(dir, context.env);
  const result = loadPosts(dir, { drafts: options.drafts, future: options.future, expired: options.expired, sort: options.sort, cache });
  writeCache(() => cache.close());
  return result;
}

/** Loads `context.dir`; on failure the warnings and the one-line error have already been printed. */
export function loadContent(context: CliContext): LoadOutcome {
  const { options } = context;
  const result = loadWithCache(context);
  // On failure the warnings come first, so they stay visible above the failure message (they
  // may say why nothing could be shown).
  if (result.error !== undefined || result.posts.length === 0) reportWarnings(context, result.warnings);
  if (result.error !== undefined) {
    // The loader's reason already names the folder and what to do; printed as it is, not
    // wrapped in a second "cannot read folder" that would repeat both.
    // `blog-tui lst` lands here with "lst" as DIR: name the commands too.
    const hint = options.implicit && options.dir !== undefined ? `; commands are ${COMMANDS.join(', ')}` : '';
    printError(context, `${result.error}${hint}`);
    return { ok: false, exitCode: 1 };
  }
  if (result.posts.length === 0) {
    printError(context, noPostsMessage(context));
    return { ok: false, exitCode: 1 };
  }
  return { ok: true, result };
}

/** Says why nothing is visible: an empty folder, or posts hidden by the draft/future/expiry rules. */
function noPostsMessage(context: CliContext): string {
  const { dir } = context;
  // Only on this failure path: a second load with everything shown counts what was hidden.
  const all = loadPosts(dir, { drafts: true, future: true, expired: true }).posts;
  if (all.length === 0) return `no posts in "${dir}" (add .md files with front matter, or give another folder)`;
  const hidden = hiddenCounts(all, context.options);
  // Hidden, yet by no rule a flag not given would lift (a parse cache planted or damaged to say
  // so): name every flag rather than none.
  if (hidden.length === 0)
    return `no posts to show in "${dir}": ${all.length} post${all.length === 1 ? '' : 's'} hidden (add --drafts --future --expired to see them)`;
  const counts = hidden.map(({ count, noun }) => `${count} ${noun}${count === 1 ? '' : 's'}`).join(', ');
  const flags = hidden.map(({ flag }) => flag).join(' ');
  return `no posts to show in "${dir}": ${counts} hidden (add ${flags} to see them)`;
}

/** Hidden posts by the flag that would show them; flags already given are not suggested again. */
function hiddenCounts(posts: readonly Post[], options: CliOptions): { count: number; noun: string; flag: string }[] {
  const kinds = [
    { given: options.drafts, count: posts.filter((post) => post.draft).length, noun: 'draft', flag: '--drafts' },
    { given: options.future, count: posts.filter((post) => post.future).length, noun: 'future post', flag: '--future' },
    { given: options.expired, count: posts.filter((post) => post.expired).length, noun: 'expired post', flag: '--expired' },
  ];
  return kinds.filter(({ given, count }) => !given && count > 0);
}
