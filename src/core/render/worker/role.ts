// How the one bundle knows it was started as the renderer's worker thread. Kept tiny: the CLI
// entry imports it on every start.
import { isMainThread, workerData } from 'node:worker_threads';

export const RENDER_WORKER_ROLE = 'render';

export function isRenderWorkerThread(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === RENDER_WORKER_ROLE;
}
