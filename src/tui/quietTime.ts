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
