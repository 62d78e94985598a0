// The mouse, in SGR mode (xterm's 1006 encoding, understood by every current terminal): the
// wheel scrolls and a click selects a List row. Only reported while the reader asked for it
// (terminal.ts), so `--no-mouse` leaves the terminal's own selection working.
import { hasFilterLine, type AppAction, type AppState } from './state.js';
import { listLayout } from './layout.js';

/** Button reporting (1000) with SGR coordinates (1006): no limit at column 223, as X10 has. */
export const MOUSE_ON = '\u001b[?1000h\u001b[?1006h';
export const MOUSE_OFF = '\u001b[?1006l\u001b[?1000l';

// What Ink passes on for a report: the sequence without its ESC ("[<64;10;5M").
const SGR_REPORT = /^\u001b?\[<(\d+);(\d+);(\d+)([Mm])$/;
// Shift, meta and ctrl add 4, 8 and 16 to the button number (motion adds 32: not a click).
const MODIFIERS = 4 | 8 | 16;
const WHEEL_UP = 64;
const WHEEL_DOWN = 65;
const LEFT_BUTTON = 0;

/**
 * The action a mouse report stands for; null for a report the reader ignores (a release, other
 * buttons), and undefined for input that is not a mouse report at all (a key).
 */
export function mouseAction(input: string): AppAction | null | undefined {
  const match = SGR_REPORT.exec(input);
  if (!match) return undefined;
  const button = Number(match[1]) & ~MODIFIERS;
  const column = Number(match[2]) - 1;
  const row = Number(match[3]) - 1;
  const pressed = match[4] === 'M';
  if (button === WHEEL_UP) return { type: 'mouse/wheel', direction: -1 };
  if (button === WHEEL_DOWN) return { type: 'mouse/wheel', direction: 1 };
  if (button === LEFT_BUTTON && pressed) return { type: 'mouse/click', row, column };
  return null;
}

/** The List row (index into the results) drawn at a screen cell, or null for the header, summary or an empty row. */
export function listRowAt(state: AppState, row: number, column: number): number | null {
  const layout = listLayout(state.size, hasFilterLine(state.list));
  const firstRow = 1 + (layout.filterLine ? 1 : 0);
  const index = state.list.offset + row - firstRow;
  const inList = row >= firstRow && row < firstRow + layout.listHeight && column < layout.listWidth;
  return inList && index < state.list.hits.length ? index : null;
}
