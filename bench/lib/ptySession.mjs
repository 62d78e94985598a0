// An interactive session with the built reader in a pseudo-terminal, its screen read through
// @xterm/headless. Ink brackets every frame with synchronized-output marks (CSI ? 2026 h … l),
// and a frame's bytes can arrive in several pty reads: the screen is only looked at when a
// frame's end mark is parsed, so no check ever sees half a frame (nor a frame half erased).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node-pty';
import xterm from '@xterm/headless';
import { outDir, root } from './paths.mjs';
import { COLUMNS, ROWS } from './pty.mjs';

const FRAME_END_MODE = 2026;
const BUNDLE = join(root, 'dist', 'blog-tui.js');

/** Why the reader cannot be started, or null when it can. */
export function readerMissing() {
  return existsSync(BUNDLE) ? null : 'dist/blog-tui.js is missing: run npm run build';
}

/** The visible rows as text, trailing spaces trimmed. */
function visibleLines(terminal) {
  const buffer = terminal.buffer.active;
  return Array.from({ length: terminal.rows }, (_, row) => buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
}

/**
 * Starts `node bin/blog-tui.js ...args` at COLUMNS x ROWS. The session's `press` times a key:
 * milliseconds from writing it to the end of the first complete frame for which `shows(lines)`
 * holds (null after timeoutMs, or if the reader exits). `nodeArgs` go to node itself (e.g.
 * `--cpu-prof`, which NODE_OPTIONS refuses; the profile is written when the reader quits: `quit()`).
 */
export function startReader(args, { nodeArgs = [] } = {}) {
  const terminal = new xterm.Terminal({ cols: COLUMNS, rows: ROWS, allowProposedApi: true, scrollback: 0 });
  // As in an interactive shell: with CI set, Ink stops redrawing and sends no frame marks. The
  // reader's parse cache goes to bench/.out (as in start.mjs), never to the user's ~/.cache.
  const env = { ...process.env };
  delete env.CI;
  Object.assign(env, { TERM: 'xterm-256color', XDG_CACHE_HOME: join(outDir, 'cache') });
  const child = spawn(process.execPath, [...nodeArgs, 'bin/blog-tui.js', ...args], {
    name: 'xterm-256color',
    cols: COLUMNS,
    rows: ROWS,
    cwd: root,
    env,
  });
  let exited = false;
  /** Called with the screen at the end of each frame, and with null when the reader exits. */
  const frameWatchers = new Set();

  terminal.parser.registerCsiHandler({ prefix: '?', final: 'l' }, (params) => {
    if (params.includes(FRAME_END_MODE)) {
      const lines = visibleLines(terminal);
      for (const watcher of [...frameWatchers]) watcher(lines);
    }
    return false;
  });
  child.onData((data) => terminal.write(data));
  // Answers to the reader's terminal queries go back to it, as a real terminal's would.
  terminal.onData((data) => {
    if (!exited) child.write(data);
  });
  const exit = new Promise((resolve) =>
    child.onExit(() => {
      exited = true;
      for (const watcher of [...frameWatchers]) watcher(null);
      resolve();
    }),
  );

  /** Resolves with the time the first later frame satisfying `shows` ended, or null. */
  const nextFrame = (shows, timeoutMs) =>
    new Promise((resolve) => {
      const finish = (value) => {
        clearTimeout(timer);
        frameWatchers.delete(watcher);
        resolve(value);
      };
      const watcher = (lines) => {
        if (lines === null) finish(null);
        else if (shows(lines)) finish(performance.now());
      };
      const timer = setTimeout(() => finish(null), timeoutMs);
      if (exited) finish(null);
      else frameWatchers.add(watcher);
    });

  return {
    /** The reader's process id (for /proc/<pid>/status). */
    pid: child.pid,
    lines: () => visibleLines(terminal),
    /** True once the screen shows what `shows` wants: now, or in a frame within timeoutMs. */
    async waitFor(shows, timeoutMs = 10_000) {
      return shows(visibleLines(terminal)) || (await nextFrame(shows, timeoutMs)) !== null;
    },
    async press(key, shows, timeoutMs = 10_000) {
      const start = performance.now();
      const frame = nextFrame(shows, timeoutMs);
      if (!exited) child.write(key);
      const end = await frame;
      return end === null ? null : end - start;
    },
    close() {
      if (!exited) child.kill();
      terminal.dispose();
    },
    /** Leaves as a user does (Esc, then q) and waits for the process to end. */
    async quit(timeoutMs = 10_000) {
      if (!exited) child.write('\u001b');
      await pause();
      if (!exited) child.write('q');
      await Promise.race([exit, pause(timeoutMs)]);
      this.close();
    },
  };
}

/** Ink throttles frames to 30 per second: keys spaced like a brisk typist's are each drawn at once. */
const KEY_PAUSE_MS = 100;

export const pause = (ms = KEY_PAUSE_MS) => new Promise((resolve) => setTimeout(resolve, ms));
