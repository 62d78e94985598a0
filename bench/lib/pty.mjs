// Drives a command in a pseudo-terminal and reads its screen through @xterm/headless, as a user sees it.
import { spawn } from 'node-pty';
import xterm from '@xterm/headless';
import { root } from './paths.mjs';

export const COLUMNS = 100;
export const ROWS = 30;

function screenText(terminal) {
  const buffer = terminal.buffer.active;
  const lines = [];
  for (let row = 0; row < buffer.length; row++) lines.push(buffer.getLine(row)?.translateToString(true) ?? '');
  return lines.join('\n');
}

/**
 * Milliseconds from spawn until `text` is on screen (or, with text undefined, until the process
 * exits); null after timeoutMs.
 */
export function timeUntil(args, text, timeoutMs = 10_000) {
  return new Promise((resolve) => {
    const terminal = new xterm.Terminal({ cols: COLUMNS, rows: ROWS, allowProposedApi: true });
    const start = performance.now();
    const child = spawn(process.execPath, args, { cols: COLUMNS, rows: ROWS, cwd: root, env: { ...process.env, TERM: 'xterm-256color' } });
    let done = false;
    const finish = (elapsed) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.kill();
      terminal.dispose();
      resolve(elapsed);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    child.onData((data) => {
      // The parser is asynchronous: look at the screen once this chunk is drawn.
      terminal.write(data, () => {
        if (text !== undefined && screenText(terminal).includes(text)) finish(performance.now() - start);
      });
    });
    child.onExit(() => finish(text === undefined ? performance.now() - start : null));
  });
}
