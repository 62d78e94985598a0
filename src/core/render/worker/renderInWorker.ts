// Renders a post on a worker thread so the reader keeps taking keys. The worker runs
// dist/render-worker.js (workerEntry.ts); it sends the post chunk by chunk, so
// the first part can be shown while the rest renders. It is stopped on timeout or cancel, and
// whatever goes wrong the post still shows: what was rendered, then the rest as plain text
// with a notice.
import { Worker } from 'node:worker_threads';
import type { Post, RenderOptions, RenderResult } from '../../types.js';
import { RenderAssembly } from '../assembly.js';
import { renderWidth } from '../renderChunks.js';
import { renderFirstPart } from './mainThread.js';
import type { RenderMessage, RenderRequest } from './workerThread.js';

const RENDER_TIMEOUT_MS = 5000;
/** A 2 MB post renders in ~100 MB of heap. */
const RENDER_HEAP_MB = 512;
// After the first part, partial results at most this often: each costs the reader a re-layout
// of what it shows, so a 2 MB post sends a handful, not 30.
const PARTIAL_INTERVAL_MS = 500;

export interface RenderJob {
  /** Always resolves (never rejects); stays pending forever once cancelled. */
  result: Promise<RenderResult>;
  /** Stops the rendering (terminates the worker); the result never arrives. */
  cancel(): void;
}

export interface WorkerOptions {
  timeoutMs?: number;
  /** The script the worker runs: dist/render-worker.js, a sibling of the built chunk this code is in. */
  workerUrl?: URL;
  /** Receives what is rendered so far (`progress` set): the first part as soon as it is ready, then now and then. */
  onPartial?: (partial: RenderResult) => void;
}

export function renderInWorker(
  post: Post,
  options: RenderOptions,
  { timeoutMs = RENDER_TIMEOUT_MS, workerUrl = new URL('./render-worker.js', import.meta.url), onPartial }: WorkerOptions = {},
): RenderJob {
  const assembly = new RenderAssembly(post, options, renderWidth(options.width));
  let stop = (): void => {};
  const result = new Promise<RenderResult>((resolve) => {
    const request: RenderRequest = {
      post,
      options: {
        width: options.width,
        color: options.color,
        math: options.math,
        codeWrap: options.codeWrap,
        codeScroll: options.codeScroll,
        palette: options.palette,
        related: options.related,
      },
      linkTargets: options.linkTargets?.targetFields() ?? [],
    };
    let worker: Worker;
    try {
      // The heap limit keeps a runaway rendering from taking the reader's memory: past it the
      // worker alone stops ('error'), and the post shows as plain text.
      worker = new Worker(workerUrl, { workerData: request, resourceLimits: { maxOldGenerationSizeMb: RENDER_HEAP_MB } });
    } catch (error) {
      resolve(assembly.cutShort(`the renderer could not start (${describe(error)})`));
      return;
    }
    // A worker left running must never keep the program from quitting.
    worker.unref();
    let settled = false;
    let lastPartialAt = -Infinity;
    let shownChars = 0;
    const showPartial = (partial: RenderResult, renderedChars: number): void => {
      lastPartialAt = performance.now();
      shownChars = renderedChars;
      onPartial?.(partial);
    };
    const settle = (value: RenderResult | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (value) resolve(value);
    };
    const timer = setTimeout(() => settle(assembly.cutShort(`rendering took longer than ${formatSeconds(timeoutMs)}`)), timeoutMs);
    worker.on('message', (message: RenderMessage) => {
      if (message.type === 'done') return settle(assembly.complete());
      assembly.add(message.chunk);
      const renderedChars = assembly.renderedChars;
      const more = renderedChars > shownChars && renderedChars < post.body.length;
      if (onPartial && more && !settled && performance.now() - lastPartialAt >= PARTIAL_INTERVAL_MS) showPartial(assembly.partial(), renderedChars);
    });
    worker.once('error', (error) => settle(assembly.cutShort(`the renderer failed (${describe(error)})`)));
    worker.once('exit', () => settle(assembly.cutShort('the renderer stopped')));
    stop = () => settle(null);
    // The worker needs a few hundred ms to start (it loads the renderer): the first part renders here
    // meanwhile, when that is cheap, and the reader shows it at once.
    const firstPart = onPartial && renderFirstPart(post, options);
    if (firstPart) showPartial(firstPart.partial, firstPart.renderedChars);
  });
  return { result, cancel: () => stop() };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}
