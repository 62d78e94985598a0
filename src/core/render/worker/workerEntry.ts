// What the renderer's worker thread runs (dist/render-worker.js): the post it was started with,
// then the thread ends. An entry of its own, so a worker loads only the renderer.
import { serveRenderRequest } from './workerThread.js';

await serveRenderRequest();
