// The reader's last resort against running out of memory. Memory is bounded by design (bodies
// are not kept, search keeps a fixed budget, rendering runs in a worker with its own heap limit),
// but should the heap still grow past a ceiling, the reader stops while it can still restore the
// terminal: V8's own out-of-memory abort kills the process at once, leaving the terminal in the
// alternate screen, raw mode and with the cursor hidden.
//
// Why a watch rather than a supervising parent with --max-old-space-size: a second Node process
// would double the start-up cost (~350 ms more here, measured), and V8 ignores heap flags set
// after start. A check every 250 ms suffices because no work on the main thread runs for more
// than ~50 ms, so the heap cannot grow far between two checks.
import { getHeapStatistics } from 'node:v8';

const MEMORY_CEILING_MB = 1024;
const CHECK_INTERVAL_MS = 250;

/** The heap size past which the reader stops: the ceiling, or 3/4 of V8's own limit when that is lower. */
function heapCeilingBytes(): number {
  return Math.min(MEMORY_CEILING_MB * 1024 * 1024, Math.floor(getHeapStatistics().heap_size_limit * 0.75));
}

/** Calls `exceeded` once if the heap ever grows past the ceiling; returns a function that stops watching. */
export function watchMemory(exceeded: (error: Error) => void, ceiling = heapCeilingBytes()): () => void {
  const timer = setInterval(() => {
    const used = getHeapStatistics().used_heap_size;
    if (used <= ceiling) return;
    clearInterval(timer);
    exceeded(new Error(`out of memory: the reader used ${Math.round(used / 1024 / 1024)} MB (at most ${Math.round(ceiling / 1024 / 1024)} MB)`));
  }, CHECK_INTERVAL_MS);
  // Never the reason the program stays alive.
  timer.unref();
  return () => clearInterval(timer);
}
