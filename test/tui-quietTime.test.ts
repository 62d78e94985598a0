import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noteInput, quietQueue, whenQuiet } from '../src/tui/quietTime.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Resolves with the time `task` ran at. */
const ranAt = (quietMs: number, since?: number) => new Promise<number>((resolve) => whenQuiet(quietMs, () => resolve(performance.now()), since));

describe('whenQuiet', () => {
  // Its timers are unref'd (quitting never waits for them): in the reader, stdin keeps the event
  // loop awake; here a ref'd interval does, or they would fire only when something else woke it.
  let keepAwake: NodeJS.Timeout;
  beforeEach(() => void (keepAwake = setInterval(() => {}, 5)));
  afterEach(() => clearInterval(keepAwake));

  it('waits until no input has come for the quiet time, however often input comes before', async () => {
    noteInput();
    const ran = ranAt(60);
    let lastInput = performance.now();
    for (let key = 0; key < 4; key++) {
      await sleep(20);
      noteInput();
      lastInput = performance.now();
    }
    expect(await ran).toBeGreaterThanOrEqual(lastInput + 60 - 1);
  });

  it('counts the quiet time from `since` when no input came after it', async () => {
    const since = performance.now();
    expect(await ranAt(40, since)).toBeGreaterThanOrEqual(since + 40 - 1);
  });

  it('runs in a later task, not inside the call, when it is already quiet', async () => {
    let ran = false;
    const done = new Promise<void>((resolve) =>
      whenQuiet(0, () => {
        ran = true;
        resolve();
      }),
    );
    expect(ran).toBe(false);
    await done;
    expect(ran).toBe(true);
  });
});

describe('quietQueue', () => {
  let keepAwake: NodeJS.Timeout;
  beforeEach(() => void (keepAwake = setInterval(() => {}, 5)));
  afterEach(() => clearInterval(keepAwake));

  it('runs each task once: after the pause, or on flush if that comes first', async () => {
    const queue = quietQueue(40);
    const runs: string[] = [];
    queue.schedule(() => runs.push('early'));
    await sleep(80);
    expect(runs).toEqual(['early']);
    queue.schedule(() => runs.push('late'));
    queue.flush();
    expect(runs).toEqual(['early', 'late']);
    await sleep(80);
    queue.flush();
    expect(runs).toEqual(['early', 'late']);
  });
});
