// Driving the reader in ink-testing-library: one key per write, then wait for the frame to change.
import stripAnsi from 'strip-ansi';

interface Rendered {
  stdin: { write(data: string): void };
  lastFrame(): string | undefined;
}

/** Writes one key and resolves once the frame differs from before, or after `timeoutMs`. */
export async function pressAndWait(app: Rendered, key: string, timeoutMs = 1000): Promise<string> {
  const before = app.lastFrame();
  app.stdin.write(key);
  const deadline = Date.now() + timeoutMs;
  while (app.lastFrame() === before && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return screen(app);
}

/** Resolves once `predicate` holds for the frame (e.g. after the first frame is drawn). */
export async function waitForFrame(app: Rendered, predicate: (frame: string) => boolean, timeoutMs = 2000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate(screen(app))) {
    if (Date.now() > deadline) throw new Error(`frame never matched:\n${screen(app)}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return screen(app);
}

/** The frame as the user reads it: colours removed, trailing spaces trimmed. */
export function screen(app: Rendered): string {
  return stripAnsi(app.lastFrame() ?? '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

export const KEYS = {
  up: '\u001b[A',
  down: '\u001b[B',
  left: '\u001b[D',
  pageUp: '\u001b[5~',
  pageDown: '\u001b[6~',
  home: '\u001b[H',
  end: '\u001b[F',
  enter: '\r',
  escape: '\u001b',
  backspace: '\u007f',
  tab: '\t',
  shiftTab: '\u001b[Z',
  ctrlC: '\u0003',
  ctrlU: '\u0015',
  ctrlW: '\u0017',
} as const;
