// Random mixes of the constructs that once froze the reader: quadratic highlighting grammars on
// long runs, runs of `!` and backslashes, paragraphs of links, deep emphasis, long code lines.
// Whatever the mix, the worker's result arrives within its time limit (plus the thread's start),
// and what the main thread renders itself stays far below a second.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { renderInWorker } from '../src/core/render/worker/renderInWorker.js';
import { renderOnMainThread, rendersOnMainThread } from '../src/core/render/worker/mainThread.js';
import { makePost } from './render-support.js';

const WORKER = new URL('../dist/render-worker.js', import.meta.url);
const TIME_LIMIT_MS = 1500;
// Starting the worker thread (loading the bundle) takes up to a few seconds on a loaded machine.
const START_SLACK_MS = 4000;
// The main thread's own share: ~50 ms when idle; generous here for a loaded test machine.
const MAIN_THREAD_MS = 500;

const run = (min: number, max: number) => fc.integer({ min, max });
const construct = fc.oneof(
  fc
    .tuple(fc.constantFrom('livescript', 'ls', 'pgsql', 'python', 'xml', 'markdown'), fc.constantFrom('a', '$', '"', '<', '#'), run(10, 20_000))
    .map(([language, char, n]) => `\`\`\`${language}\n${char.repeat(n)}\n\`\`\``),
  fc.tuple(fc.constantFrom('!', 'a!', '\\', '*_', '[', '<'), run(10, 16_000)).map(([chars, n]) => chars.repeat(n)),
  run(1, 2000).map((n) => Array.from({ length: n }, (_, i) => `[l](nope${i})`).join(' ')),
  run(1, 300).map((n) => `${'> '.repeat(n)}quote`),
  fc.string({ maxLength: 200 }),
);

it('renders every mix within the time budget', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(construct, { minLength: 1, maxLength: 4 }), async (parts) => {
      const post = makePost(parts.join('\n\n'));
      const options = { width: 60, color: true };
      if (rendersOnMainThread(post.body)) {
        const started = performance.now();
        renderOnMainThread(post, options);
        expect(performance.now() - started).toBeLessThan(MAIN_THREAD_MS);
      }
      const started = performance.now();
      const result = await renderInWorker(post, options, { workerUrl: WORKER, timeoutMs: TIME_LIMIT_MS }).result;
      expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS + START_SLACK_MS);
      expect(result.lines.length).toBeGreaterThan(0);
    }),
    { numRuns: 8, seed: 16 },
  );
}, 120_000);
