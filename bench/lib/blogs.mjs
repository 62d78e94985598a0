// Generated blogs are written once under bench/.out and reused by later runs.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCore } from './core.mjs';
import { outDir } from './paths.mjs';

export async function generatedBlog(n, seed = 1) {
  const dir = join(outDir, `blog-${n}-seed-${seed}`);
  const complete = join(dir, '.complete');
  if (!existsSync(complete)) {
    rmSync(dir, { recursive: true, force: true });
    (await loadCore()).generator.generateBlog(dir, n, seed);
    writeFileSync(complete, '');
  }
  return dir;
}

/** Loads a blog with the real loader; `reason` says why not when the loader cannot. */
export async function loadBlog(dir) {
  const { loader } = await loadCore();
  const result = loader.loadPosts(dir);
  if (result.error || result.posts.length === 0) return { reason: `loader: ${result.error ?? 'no posts loaded'}` };
  return { posts: result.posts };
}
