// `blog-tui [DIR]` on a terminal: the reader takes the terminal, loads every post, then shows them.
import { printError, type CliContext } from '../context.js';
import { reportInternalError } from '../crashReport.js';
import { loadWithCache } from '../loadContent.js';
import { runReader } from '../../tui/run.js';
import { openReadingStore, readingStateDisabled, readingStatePath } from '../../data/readingStore.js';
import { watchFolder } from '../../tui/watchFolder.js';
import { quietQueue } from '../../tui/quietTime.js';
import { applyKeyOverrides } from '../../tui/keyOverrides.js';
import { installKeymap, KEYMAP } from '../../tui/keymap.js';
import { installPalette } from '../../tui/views/theme.js';
import type { LoadResult, Warning } from '../../core/types.js';

const CACHE_WRITE_QUIET_MS = 500;

export async function runTui(context: CliContext): Promise<number> {
  const { options, config } = context;
  const keys = applyKeyOverrides(KEYMAP, config.config.keys);
  installKeymap(keys.keymap);
  if (config.config.theme === 'light') installPalette('light');
  const configWarnings = [...config.problems, ...keys.problems].map((reason) => ({ path: config.path, reason }));
  // A write error is reported once the screen is restored (nothing may print over the reader).
  const writeErrors: string[] = [];
  const reading = readingStateDisabled(options.noState, context.env)
    ? undefined
    : openReadingStore(readingStatePath(context.dir, context.env), (message) => writeErrors.push(message));
  // Writing the parse cache blocks for ~0.3 s when 10,000 posts were parsed afresh: it waits for
  // a pause in typing (never between the first keys after start), or for the reader to quit.
  const cacheWrites = quietQueue(CACHE_WRITE_QUIET_MS);
  const error = await runReader({
    reading,
    watch: options.noWatch || config.config.watch === false ? undefined : (onChange) => watchFolder(context.dir, onChange),
    load: () => withWarnings(loadWithCache(context, cacheWrites.schedule), configWarnings),
    stdout: context.stdout,
    stdin: context.stdin,
    env: context.env,
    color: context.color,
    palette: config.config.theme === 'light' ? 'light' : 'dark',
    fixedWidth: options.width,
    dir: context.dir,
    // The mouse is the reader's unless --no-mouse or the config (`mouse = false`) leaves it to the terminal.
    mouse: !options.noMouse && config.config.mouse !== false,
    onCrash: (crash) => reportInternalError(context, crash),
  });
  reading?.flush();
  cacheWrites.flush();
  for (const message of writeErrors) printError(context, message);
  if (error === null) return 0;
  printError(context, error);
  return 1;
}

/** The config's problems go to the warnings list (`!`): nothing may print over the reader. */
function withWarnings(result: LoadResult, warnings: readonly Warning[]): LoadResult {
  return warnings.length === 0 ? result : { ...result, warnings: [...warnings, ...result.warnings] };
}
