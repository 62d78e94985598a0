// The program: parse the command line, pick the command, map results to exit codes. Each command
// is loaded by import() when it runs, so `--version` evaluates none of them and the print
// commands never evaluate the reader (Ink, React, yoga).
import pkg from '../../package.json' with { type: 'json' };
import { parseCli, USAGE } from './args.js';
import { bundledContentDir, colorEnabled, printError, textWidth, type CliContext } from './context.js';
import { reportInternalError } from './crashReport.js';
import { loadConfig } from '../data/config.js';
import { withoutFetch } from './withoutFetch.js';

async function main(argv: string[]): Promise<number> {
  const parsed = parseCli(argv);
  const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
  if (!parsed.ok) {
    printError(io, parsed.error);
    return 2;
  }
  const { options } = parsed;
  if (options.version) {
    io.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (options.help) {
    io.stdout.write(`blog-tui ${pkg.version}: a terminal reader for Markdown blogs\n\n${USAGE}\n`);
    return 0;
  }
  const config = loadConfig(process.env);
  const context: CliContext = {
    ...io,
    options,
    config,
    dir: options.dir ?? config.config.dir ?? bundledContentDir(),
    color: config.config.theme !== 'none' && colorEnabled(options, process.env, Boolean(process.stdout.isTTY)),
    width: textWidth(options, process.stdout.isTTY ? process.stdout.columns : undefined),
  };
  switch (options.command) {
    case 'list':
      return (await import('./commands/list.js')).runList(reportConfigProblems(context));
    case 'tags':
      return (await import('./commands/tags.js')).runTags(reportConfigProblems(context));
    case 'read':
      return (await import('./commands/read.js')).runRead(reportConfigProblems(context));
    case 'tui':
      // `blog-tui --json` asks for data, not a screen: it means `list --json`, terminal or not.
      if (!process.stdin.isTTY || !process.stdout.isTTY || options.json)
        return (await import('./commands/list.js')).runList(reportConfigProblems(context));
      return (await withoutFetch(() => import('./commands/tui.js'))).runTui(context);
  }
}

/** The print commands report config problems on stderr, one line each (the reader lists them with `!`). */
function reportConfigProblems(context: CliContext): CliContext {
  for (const problem of context.config.problems) printError(context, `config ${context.config.path}: ${problem}`);
  return context;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    reportInternalError(process, error);
    process.exitCode = 1;
  },
);
