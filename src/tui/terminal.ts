// The reader runs in the alternate screen buffer, like less and glow, so the shell's screen and
// scrollback are untouched. Whatever ends the process (q, Ctrl-C, a signal, a crash), the
// terminal gets its screen, cursor and cooked mode back.
import { constants } from 'node:os';
import { MOUSE_OFF, MOUSE_ON } from './mouse.js';

// The alternate screen keeps the cursor where the shell left it; Ink draws from the cursor down.
const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h\u001b[H';
const LEAVE_ALTERNATE_SCREEN = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';

const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

export interface TerminalSession {
  /**
   * The UI's own teardown (Ink's unmount, which draws a last frame), run first on every exit
   * path: after a signal or crash too, so that frame lands in the alternate screen rather than
   * in the shell's.
   */
  beforeRestore(teardown: () => void): void;
  /** Idempotent: safe to call from every exit path. */
  restore(): void;
  /** An internal error: restores the terminal, reports the error and exits with status 1. */
  crash(error: unknown): never;
  /** Gives the terminal to another program (an editor): the shell's screen, cursor, cooked mode, no mouse reports. */
  suspend(): void;
  /** Takes the terminal back after suspend(): the alternate screen (blank: the UI must redraw), raw mode, the mouse. */
  resume(): void;
}

export interface ScreenOptions {
  /** Report the mouse (wheel, clicks); off, the terminal's own selection keeps working. */
  mouse?: boolean;
}

export function enterFullScreen(
  stdout: NodeJS.WriteStream,
  stdin: NodeJS.ReadStream,
  onCrash: (error: unknown) => void,
  { mouse = false }: ScreenOptions = {},
): TerminalSession {
  const enter = ENTER_ALTERNATE_SCREEN + (mouse ? MOUSE_ON : '');
  // The mouse mode is turned off whether or not it was turned on: harmless, and a crash between
  // the two writes cannot leave it on.
  const leave = MOUSE_OFF + SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN;
  let restored = false;
  let teardown = (): void => {};
  const restore = () => {
    if (restored) return;
    restored = true;
    try {
      teardown();
    } catch {
      // A UI that fails to tear down must not keep the terminal from being restored.
    }
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('uncaughtException', crash);
    process.off('unhandledRejection', crash);
    process.off('exit', restore);
    if (stdin.isTTY) stdin.setRawMode(false);
    stdout.write(leave);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    // The shell convention for "killed by signal N".
    process.exit(128 + constants.signals[signal]);
  };
  const crash = (error: unknown): never => {
    restore();
    onCrash(error);
    process.exit(1);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  process.on('exit', restore);
  stdout.write(enter);
  // Raw mode at once, before posts load: keys typed meanwhile are neither echoed over the
  // screen nor held back by the line discipline until Enter.
  if (stdin.isTTY) stdin.setRawMode(true);
  const suspend = () => {
    if (stdin.isTTY) stdin.setRawMode(false);
    stdout.write(leave);
  };
  const resume = () => {
    stdout.write(enter);
    if (stdin.isTTY) stdin.setRawMode(true);
  };
  return { beforeRestore: (uiTeardown) => void (teardown = uiTeardown), restore, crash, suspend, resume };
}
