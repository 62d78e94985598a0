// STUB: replaced by the loader work (issue 2).
import type { LoadOptions, LoadResult } from '../types.js';

/** Loads every post under `dir` (SPEC §3). Synchronous: sync reads are fastest for many small files. */
export function loadPosts(dir: string, options: LoadOptions = {}): LoadResult {
  void options;
  return { posts: [], warnings: [], blogName: dir, error: 'loader not built yet' };
}
