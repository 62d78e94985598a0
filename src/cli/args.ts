// Command-line parsing with Node's own util.parseArgs: strict, so an unknown flag is a usage
// error (exit 2) instead of being ignored.
import { parseArgs } from 'node:util';
import { MIN_TEXT_WIDTH } from '../core/limits.js';
import { SORT_ORDERS, type SortOrder } from '../core/types.js';

// A wider --width is a typo, not a terminal.
const MAX_WIDTH_OPTION = 1000;

export const COMMANDS = ['list', 'read', 'tags'] as const;
export type Command = (typeof COMMANDS)[number] | 'tui';

export interface CliOptions {
  command: Command;
  /** The command was chosen because no subcommand was given. */
  implicit: boolean;
  dir?: string;
  /** read: the post's id, a unique trailing part of it, or a unique slug. */
  name?: string;
  tags: string[];
  search?: string;
  /** Only posts in this top-level section (its folder name or title). */
  section?: string;
  sort?: SortOrder;
  /** tags: list the sections with their post counts instead. */
  sections: boolean;
  /** Every warning on stderr, grouped by cause (else one summary line). */
  verbose: boolean;
  json: boolean;
  width?: number;
  /** How math is shown: converted to Unicode where faithful (default) or as written. */
  math?: 'unicode' | 'source';
  drafts: boolean;
  future: boolean;
  expired: boolean;
  noColor: boolean;
  /** The reader neither reads nor writes reading state (also BLOG_TUI_NO_STATE=1). */
  noState: boolean;
  /** The reader does not watch the folder for changes. */
  noWatch: boolean;
  /** --no-mouse: the reader leaves the mouse to the terminal (its own selection keeps working). */
  noMouse: boolean;
  help: boolean;
  version: boolean;
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; error: string };

export const USAGE = `Usage:
  blog-tui [DIR]                         interactive reader
  blog-tui list [DIR] [--tag T]... [--search Q] [--section S] [--sort K] [--json]
  blog-tui read NAME [DIR] [--width N] [--math unicode|source]
                                         print one rendered post
  blog-tui tags [DIR] [--sections] [--json]  tags (or sections) with post counts

DIR is a folder of Markdown posts, a Hugo content folder, or the root of a Hugo or
Jekyll site; it defaults to the blog bundled with blog-tui. NAME is a post's id
(its path without the extension, as list --json shows), a unique end of it, or a
unique slug. Without a terminal and without a command, blog-tui prints the list.

Options:
  --tag T        only posts with tag T (repeat: all must match); list and tags
  --search Q     fuzzy search over title, tags, summary and body; list and tags
  --section S    only posts in section S (its folder or title); list and tags
  --sort K       weight (default: Hugo's order), date, title or path; list
  --sections     tags: the sections with their post counts
  --verbose      every warning, grouped by cause (default: one summary line)
  --json         machine-readable output (fields: see README)
  --width N      width in columns (default: the terminal's; read uses at most 100)
  --math M       math as unicode (default: converted where faithful) or source
  --drafts       include drafts
  --future       include posts dated in the future
  --expired      include expired posts
  --no-color     no colours (also NO_COLOR=1)
  --no-state     reader: no read marks, stars or saved places (also BLOG_TUI_NO_STATE=1)
  --no-watch     reader: do not reload when the folder changes
  --no-mouse     reader: leave the mouse to the terminal (no wheel scrolling)
  -h, --help     this help
  -v, --version  print the version

Exit status: 0 success (also when nothing matches), 1 failure, 2 usage error.`;

export function parseCli(argv: string[]): ParseResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        tag: { type: 'string', multiple: true },
        search: { type: 'string' },
        section: { type: 'string' },
        sort: { type: 'string' },
        sections: { type: 'boolean' },
        verbose: { type: 'boolean' },
        json: { type: 'boolean' },
        width: { type: 'string' },
        math: { type: 'string' },
        drafts: { type: 'boolean' },
        future: { type: 'boolean' },
        expired: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'no-state': { type: 'boolean' },
        'no-watch': { type: 'boolean' },
        'no-mouse': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return { ok: false, error: usageMessage(error) };
  }
  const { values, positionals } = parsed;
  const first = positionals[0];
  const explicit = (COMMANDS as readonly string[]).includes(first ?? '');
  const command: Command = explicit ? (first as Command) : 'tui';
  const rest = explicit ? positionals.slice(1) : positionals;

  const options: CliOptions = {
    command,
    implicit: !explicit,
    tags: values.tag ?? [],
    search: values.search,
    section: values.section,
    sections: values.sections ?? false,
    verbose: values.verbose ?? false,
    json: values.json ?? false,
    drafts: values.drafts ?? false,
    future: values.future ?? false,
    expired: values.expired ?? false,
    noColor: values['no-color'] ?? false,
    noState: values['no-state'] ?? false,
    noWatch: values['no-watch'] ?? false,
    noMouse: values['no-mouse'] ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (command === 'read') {
    // Filters and JSON belong to the post lists; silently ignoring them would mislead.
    const misplaced = (['tag', 'search', 'section', 'json'] as const).find((name) => values[name] !== undefined);
    if (misplaced) return { ok: false, error: `--${misplaced} is for list and tags, not read (see blog-tui --help)` };
    if (rest.length === 0 && !options.help) return { ok: false, error: 'read needs a post id or slug (try: blog-tui list)' };
    options.name = rest[0];
    options.dir = rest[1];
    if (rest.length > 2) return { ok: false, error: `unexpected argument "${rest[2]}" (see blog-tui --help)` };
  } else {
    options.dir = rest[0];
    if (rest.length > 1) {
      const hint = explicit ? '' : `; "${rest[0]}" is not a command, commands are ${COMMANDS.join(', ')}`;
      return { ok: false, error: `unexpected argument "${rest[1]}"${hint} (see blog-tui --help)` };
    }
  }
  if (options.sections && command !== 'tags') return { ok: false, error: '--sections is for tags (see blog-tui --help)' };
  if (values.sort !== undefined) {
    if (!(SORT_ORDERS as readonly string[]).includes(values.sort)) {
      return { ok: false, error: `--sort must be one of ${SORT_ORDERS.join(', ')}, got "${values.sort}"` };
    }
    options.sort = values.sort as SortOrder;
  }
  if (values.width !== undefined) {
    const width = Number(values.width);
    if (!/^\d+$/.test(values.width) || width < MIN_TEXT_WIDTH || width > MAX_WIDTH_OPTION) {
      return { ok: false, error: `--width must be a whole number from ${MIN_TEXT_WIDTH} to ${MAX_WIDTH_OPTION}, got "${values.width}"` };
    }
    options.width = width;
  }
  if (values.math !== undefined) {
    if (values.math !== 'unicode' && values.math !== 'source') return { ok: false, error: `--math must be unicode or source, got "${values.math}"` };
    options.math = values.math;
  }
  return { ok: true, options };
}

/** parseArgs messages are multi-line and name the option in its own words; one line of ours instead. */
function usageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  let problem: string;
  if (message.includes('argument missing')) problem = `${option} needs a value`;
  // `--tag --json`: the value was forgotten, or it really starts with a dash.
  else if (message.includes('ambiguous')) problem = `${option} needs a value; write ${option}=VALUE for one starting with "-"`;
  else if (message.includes('does not take an argument')) problem = `${option} takes no value`;
  else if (message.startsWith('Unknown option')) problem = `unknown option ${option}`;
  else problem = message.split(/\.\s|\n/)[0] ?? message;
  return `${problem} (see blog-tui --help)`;
}
