// End-to-end harness: runs a program in a real pseudo-terminal (node-pty) and reads what a user
// would see through a headless xterm, so tests assert on the screen, cell attributes and on every
// terminal side effect (title changes, clipboard writes, screen clears) the program caused.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import pty from 'node-pty';
// @xterm/headless is CommonJS whose `module` entry is not shipped: the default import is the one that works under ESM.
import xtermHeadless from '@xterm/headless';
import type { IBufferCell, Terminal as XtermTerminal } from '@xterm/headless';

const { Terminal } = xtermHeadless;

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BLOG_TUI_BIN = path.join(REPO_ROOT, 'bin/blog-tui.js');

/**
 * Ink writes each frame between the marks of a synchronized update (CSI ? 2026 h … l): a frame
 * can still arrive in several pty reads, and a screen read between them is half old, half new
 * (the body of the new frame under the footer of the old one). Waits look at the screen only
 * when no frame is half written.
 */
const SYNCHRONIZED_OUTPUT = 2026;
/** Leaving it ends any frame: a program that dies mid-frame must not hide what its shell prints next. */
const ALTERNATE_SCREEN = 1049;

/** How long `press` and `resize` wait for the screen to change before giving up. */
const REDRAW_WAIT_MS = 1000;
/**
 * `press` first waits until output has paused this long (and xterm has parsed it all): a large
 * frame arrives in many pty reads, and its tail is not the answer to the next key. As a person
 * would, it looks at the finished screen, then presses; the 1 s limit starts at the key.
 */
const SETTLE_MS = 30;

export type ColorMode = 'default' | 'palette' | 'rgb';

export interface CellInfo {
  char: string;
  /** Display width: 2 for the first half of a wide character, 0 for its second half. */
  width: number;
  fg: { mode: ColorMode; value: number };
  bg: { mode: ColorMode; value: number };
  bold: boolean;
  italic: boolean;
  dim: boolean;
  underline: boolean;
  inverse: boolean;
}

/** Screen clears a program issued while the screen showed something (i.e. after its first frame). */
export type ScreenClear = 'ED2' | 'RIS';

export interface TerminalEvents {
  /** Window titles set through OSC 0/2. */
  titles: string[];
  /** OSC 52 (clipboard) payloads. */
  osc52: string[];
  /** URIs of OSC 8 hyperlinks opened. */
  hyperlinks: string[];
  clears: ScreenClear[];
}

export interface PtyApp {
  /** The visible screen as text lines (trailing spaces trimmed). */
  lines(): string[];
  /** lines().join('\n') */
  text(): string;
  /** Everything the program wrote, as received (for byte-level assertions). */
  rawOutput(): string;
  /** Resolves when the screen matches; rejects with the screen after the timeout or if the program exits first. */
  waitForText(pattern: string | RegExp, timeoutMs?: number): Promise<void>;
  waitForNoText(pattern: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Writes one key and waits until the screen changes or 1 s passes; true when it changed. */
  press(key: string): Promise<boolean>;
  write(data: string): void;
  /** Resizes the pty and the screen; waits until the program redraws or 1 s passes. */
  resize(cols: number, rows: number): Promise<boolean>;
  /** Position (0-based row, display column) of the first occurrence of text on screen, or null. */
  find(text: string | RegExp): { row: number; col: number } | null;
  /** Attributes of the cell at a 0-based row and display column of the visible screen. */
  cell(row: number, col: number): CellInfo;
  cursorVisible(): boolean;
  /** True while the alternate screen buffer is active. */
  altScreen(): boolean;
  events: TerminalEvents;
  exited: Promise<{ exitCode: number; signal?: number }>;
  kill(signal?: string): void;
}

export interface PtyOptions {
  cols?: number;
  rows?: number;
  env?: Record<string, string>;
  cwd?: string;
}

const liveApps = new Set<PtyApp>();
/** A config home that holds no config.toml. */
const NO_CONFIG_HOME = path.join(os.tmpdir(), 'blog-tui-tests-no-config');

/** Kills every program still running. Registered below for each test file; call it from afterEach to isolate tests. */
export function killAllPtyApps(): void {
  for (const app of liveApps) app.kill('SIGKILL');
  liveApps.clear();
}
// A test that forgets to kill its program must not leak a pty into the next file.
afterAll(killAllPtyApps);

/** Runs the built CLI (`node bin/blog-tui.js ...args`) in a pseudo-terminal. */
export function startBlogTui(args: string[], options: PtyOptions = {}): Promise<PtyApp> {
  return startInPty(process.execPath, [BLOG_TUI_BIN, ...args], options);
}

/** Runs any program in a pseudo-terminal; resolves once it printed something or exited (at most 5 s). */
export async function startInPty(file: string, args: string[], options: PtyOptions = {}): Promise<PtyApp> {
  const cols = options.cols ?? 80;
  const rows = options.rows ?? 24;
  const terminal = new Terminal({ cols, rows, allowProposedApi: true, scrollback: 0 });
  const events: TerminalEvents = { titles: [], osc52: [], hyperlinks: [], clears: [] };
  const state = { cursorVisible: true, output: '', exited: false, lastOutputAt: 0, inFrame: false };
  watchSideEffects(terminal, events, state);

  // The child runs as in an interactive shell: CI would switch Ink to its no-redraw mode.
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'CI') env[key] = value;
  // Reading state off and no config unless a test sets them: no test reads or writes the user's own.
  Object.assign(env, { TERM: 'xterm-256color', BLOG_TUI_NO_STATE: '1', XDG_CONFIG_HOME: NO_CONFIG_HOME }, options.env);

  const child = pty.spawn(file, args, { name: 'xterm-256color', cols, rows, cwd: options.cwd ?? REPO_ROOT, env });
  // Writing to a pty whose program has exited fails; the key is simply lost, as in a real terminal.
  const send = (data: string): void => {
    if (!state.exited) child.write(data);
  };
  child.onData((data) => {
    state.output += data;
    state.lastOutputAt = performance.now();
    terminal.write(data);
  });
  // Answers to the program's queries (cursor position, device attributes) go back to it.
  terminal.onData(send);
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) => {
    child.onExit(({ exitCode, signal }) => {
      state.exited = true;
      liveApps.delete(app);
      // Let xterm finish parsing the last output before anyone reads the final screen.
      terminal.write('', () => resolve({ exitCode, signal }));
    });
  });

  const lines = (): string[] => visibleRows(terminal).map((row) => row.text.trimEnd());
  const text = (): string => lines().join('\n');

  /** Resolves true when `done()` holds on a complete frame after some parsed write, false after timeoutMs or on exit. */
  const waitUntil = (wanted: () => boolean, timeoutMs: number): Promise<boolean> =>
    new Promise((resolve) => {
      const done = (): boolean => !state.inFrame && wanted();
      if (done()) return resolve(true);
      const finish = (result: boolean): void => {
        clearTimeout(timer);
        subscription.dispose();
        resolve(result);
      };
      const subscription = terminal.onWriteParsed(() => {
        if (done()) finish(true);
      });
      const timer = setTimeout(() => finish(done()), timeoutMs);
      void exited.then(() => finish(wanted()));
    });

  const expectScreen = async (wanted: boolean, pattern: string | RegExp, timeoutMs = 5000): Promise<void> => {
    const matches = (): boolean => screenMatches(text(), pattern) === wanted;
    if (await waitUntil(matches, timeoutMs)) return;
    const why = state.exited ? 'the program exited' : `${timeoutMs} ms passed`;
    throw new Error(`${wanted ? 'Never saw' : 'Still see'} ${String(pattern)}: ${why}. Screen:\n${text()}`);
  };

  const waitForRedraw = (before: string): Promise<boolean> => waitUntil(() => text() !== before, REDRAW_WAIT_MS);

  /** Resolves once output has paused for SETTLE_MS (at most REDRAW_WAIT_MS) and xterm has parsed all of it. */
  const settle = async (): Promise<void> => {
    const giveUpAt = performance.now() + REDRAW_WAIT_MS;
    for (
      let quiet = performance.now() - state.lastOutputAt;
      quiet < SETTLE_MS && performance.now() < giveUpAt;
      quiet = performance.now() - state.lastOutputAt
    ) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS - quiet));
    }
    await new Promise<void>((resolve) => terminal.write('', resolve));
  };

  const app: PtyApp = {
    lines,
    text,
    rawOutput: () => state.output,
    waitForText: (pattern, timeoutMs) => expectScreen(true, pattern, timeoutMs),
    waitForNoText: (pattern, timeoutMs) => expectScreen(false, pattern, timeoutMs),
    async press(key) {
      await settle();
      const before = text();
      send(key);
      return waitForRedraw(before);
    },
    write: send,
    resize(newCols, newRows) {
      terminal.resize(newCols, newRows);
      // Compared after xterm's own reflow, so only the program's redraw counts as a change.
      const before = text();
      child.resize(newCols, newRows);
      return waitForRedraw(before);
    },
    find(pattern) {
      const rowsNow = visibleRows(terminal);
      for (let row = 0; row < rowsNow.length; row++) {
        const { text: rowText, columns } = rowsNow[row]!;
        const index = typeof pattern === 'string' ? rowText.indexOf(pattern) : rowText.search(pattern);
        if (index >= 0) return { row, col: columns[index]! };
      }
      return null;
    },
    cell: (row, col) => describeCell(terminal, row, col),
    cursorVisible: () => state.cursorVisible,
    altScreen: () => terminal.buffer.active.type === 'alternate',
    events,
    exited,
    kill(signal) {
      liveApps.delete(app);
      if (!state.exited) child.kill(signal);
    },
  };
  liveApps.add(app);
  await waitUntil(() => state.output.length > 0, 5000);
  return app;
}

function screenMatches(screen: string, pattern: string | RegExp): boolean {
  return typeof pattern === 'string' ? screen.includes(pattern) : pattern.test(screen);
}

/** Records what hostile output could do to a terminal; every handler returns false so xterm still acts on it. */
function watchSideEffects(terminal: XtermTerminal, events: TerminalEvents, state: { cursorVisible: boolean; inFrame: boolean }): void {
  const { parser } = terminal;
  terminal.onTitleChange((title) => events.titles.push(title));
  parser.registerOscHandler(52, (data) => {
    events.osc52.push(data);
    return false;
  });
  parser.registerOscHandler(8, (data) => {
    // OSC 8 ; params ; URI — an empty URI closes the link.
    const uri = data.slice(data.indexOf(';') + 1);
    if (uri) events.hyperlinks.push(uri);
    return false;
  });
  // A clear of a blank screen (before the first frame) is harmless; later ones make the screen flash.
  const recordClear = (kind: ScreenClear): void => {
    if (visibleRows(terminal).some((row) => row.text.trim() !== '')) events.clears.push(kind);
  };
  parser.registerCsiHandler({ final: 'J' }, (params) => {
    if (params.includes(2)) recordClear('ED2');
    return false;
  });
  parser.registerEscHandler({ final: 'c' }, () => {
    recordClear('RIS');
    state.cursorVisible = true;
    state.inFrame = false;
    return false;
  });
  // DECTCEM (CSI ? 25 h / l): xterm's public API does not expose cursor visibility. Frames:
  // see SYNCHRONIZED_OUTPUT.
  for (const [final, set] of [
    ['h', true],
    ['l', false],
  ] as const) {
    parser.registerCsiHandler({ prefix: '?', final }, (params) => {
      if (params.includes(25)) state.cursorVisible = set;
      if (params.includes(SYNCHRONIZED_OUTPUT)) state.inFrame = set;
      if (params.includes(ALTERNATE_SCREEN) && !set) state.inFrame = false;
      return false;
    });
  }
}

/** Each visible row as text plus, for every string index, the display column it starts at. */
function visibleRows(terminal: XtermTerminal): { text: string; columns: number[] }[] {
  const buffer = terminal.buffer.active;
  const cell = buffer.getNullCell();
  const rows: { text: string; columns: number[] }[] = [];
  for (let row = 0; row < terminal.rows; row++) {
    const line = buffer.getLine(buffer.viewportY + row);
    let text = '';
    const columns: number[] = [];
    for (let col = 0; col < terminal.cols; col++) {
      const current = line?.getCell(col, cell);
      if (current && current.getWidth() === 0) continue; // second half of a wide character
      const chars = current?.getChars() || ' ';
      for (let i = 0; i < chars.length; i++) columns.push(col);
      text += chars;
    }
    rows.push({ text, columns });
  }
  return rows;
}

function describeCell(terminal: XtermTerminal, row: number, col: number): CellInfo {
  const buffer = terminal.buffer.active;
  const cell = buffer.getLine(buffer.viewportY + row)?.getCell(col);
  if (!cell) throw new Error(`No cell at row ${row}, column ${col} (screen is ${terminal.cols}x${terminal.rows})`);
  return {
    char: cell.getChars() || ' ',
    width: cell.getWidth(),
    fg: { mode: colorMode(cell, 'Fg'), value: cell.getFgColor() },
    bg: { mode: colorMode(cell, 'Bg'), value: cell.getBgColor() },
    bold: cell.isBold() !== 0,
    italic: cell.isItalic() !== 0,
    dim: cell.isDim() !== 0,
    underline: cell.isUnderline() !== 0,
    inverse: cell.isInverse() !== 0,
  };
}

function colorMode(cell: IBufferCell, layer: 'Fg' | 'Bg'): ColorMode {
  if (cell[`is${layer}RGB`]()) return 'rgb';
  if (cell[`is${layer}Palette`]()) return 'palette';
  return 'default';
}
