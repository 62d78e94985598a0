// STUB: replaced by the renderer work (issue 3).
import type { Post, RenderOptions, RenderResult } from '../types.js';

export function renderPost(post: Post, options: RenderOptions): RenderResult {
  void options;
  return { lines: post.body.split('\n'), links: [], headings: [] };
}
