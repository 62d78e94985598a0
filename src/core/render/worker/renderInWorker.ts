// Renders a post on a worker thread so the reader keeps taking keys. The worker is this same
// program (the one bundle) started with a `render` role; it is stopped on timeout or cancel,
// and whatever goes wrong the post still shows, as plain text with a notice.
import { Worker } from 'node:worker_threads';
import type { Post, RenderOptions, RenderResult } from '../../types.js';
import { MIN_RENDER_WIDTH } from '../renderPost.js';
import { plainTextResult } from '../plainText.js';
import { RENDER_WORKER_ROLE } from './role.js';
import type { RenderRequest } from './workerThread.js';

export const RENDER_TIMEOUT_MS = 5000;

export interface RenderJob {
  /** Always resolves (never rejects); stays pending forever once cancelled. */
  result: Promise<RenderResult>;
  /** Stops the rendering (terminates the worker); the result never arrives. */
  cancel(): void;
}

export interface WorkerOptions {
  timeoutMs?: number;
  /** The script the worker runs: the bundle itself (import.meta.url is the bundle's URL there). */
  workerUrl?: URL;
}

export function renderInWorker(post: Post, options: RenderOptions, { timeoutMs = RENDER_TIMEOUT_MS, workerUrl = new URL(import.meta.url) }: WorkerOptions = {}): RenderJob {
  const width = Math.max(MIN_RENDER_WIDTH, Math.floor(options.width));
  const fallback = (reason: string): RenderResult => plainTextResult(post.body, width, reason);
  let stop = (): void => {};
  const result = new Promise<RenderResult>((resolve) => {
    const request: RenderRequest = { role: RENDER_WORKER_ROLE, post, options: { ...options, posts: linkTargets(options.posts) } };
    let worker: Worker;
    try {
      worker = new Worker(workerUrl, { workerData: request });
    } catch (error) {
      resolve(fallback(`the renderer could not start (${describe(error)})`));
      return;
    }
    // A worker left running must never keep the program from quitting.
    worker.unref();
    let settled = false;
    const settle = (value: RenderResult | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (value) resolve(value);
    };
    const timer = setTimeout(() => settle(fallback(`rendering took longer than ${formatSeconds(timeoutMs)}`)), timeoutMs);
    worker.once('message', (rendered: RenderResult) => settle(rendered));
    worker.once('error', (error) => settle(fallback(`the renderer failed (${describe(error)})`)));
    worker.once('exit', () => settle(fallback('the renderer stopped')));
    stop = () => settle(null);
  });
  return { result, cancel: () => stop() };
}

/** Link resolution needs each post's slug, path and aliases, not its body: bodies stay behind. */
function linkTargets(posts: RenderOptions['posts']): Post[] | undefined {
  return posts?.map((post) => ({ ...post, body: '' }));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}
