// Knows when the user last typed, so long blocking work (loading the renderer takes ~150 ms that
// a key cannot interrupt) waits for a pause in typing instead of landing between two keys.
let lastInputAt = -Infinity;

/** Called for every input the reader receives (keys, mouse). */
export function noteInput(): void {
  lastInputAt = performance.now();
}

/**
 * Runs `task` in a later task once no input has come for `quietMs`, counting from `since` at the
 * earliest (default: only the input counts). The timers are unref'd: quitting never waits for them.
 */
export function whenQuiet(quietMs: number, task: () => void, since = -Infinity): void {
  const wait = Math.max(lastInputAt, since) + quietMs - performance.now();
  if (wait <= 0) setImmediate(task).unref();
  else setTimeout(() => whenQuiet(quietMs, task, since), Math.ceil(wait)).unref();
}

export interface QuietQueue {
  /** Runs `task` once no input has come for the queue's quiet time, counted from this call at the earliest. */
  schedule(task: () => void): void;
  /** Runs every task still waiting, now (the reader is leaving). */
  flush(): void;
}

/** Work that waits for a pause in typing, and is still done when the reader quits first. */
export function quietQueue(quietMs: number): QuietQueue {
  const waiting = new Set<() => void>();
  const run = (task: () => void): void => {
    if (waiting.delete(task)) task();
  };
  return {
    schedule(task) {
      waiting.add(task);
      whenQuiet(quietMs, () => run(task), performance.now());
    },
    flush() {
      for (const task of [...waiting]) run(task);
    },
  };
}
