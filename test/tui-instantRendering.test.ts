import { describe, expect, it } from 'vitest';
import { PostIndex } from '../src/core/content/postIndex.js';
import type { Post } from '../src/core/types.js';
import { instantRenderer, loadRenderer } from '../src/tui/instantRendering.js';
import { makePost } from './tui-support/posts.js';

/** A post that counts how often its body is read: rendering it reads the body. */
function countingPost(): { post: Post; reads: () => number } {
  const base = makePost({
    slug: 'counted',
    title: 'Counted',
    body: 'One paragraph that wraps differently at forty and at sixty columns of text width.\n',
  });
  let reads = 0;
  const post = Object.defineProperty({ ...base }, 'body', {
    get: () => {
      reads += 1;
      return base.body;
    },
  });
  return { post, reads: () => reads };
}

describe('instantRenderer', () => {
  it('reopening the post just rendered, at the same width, shows that rendering without rendering again', async () => {
    await loadRenderer();
    const { post, reads } = countingPost();
    const renderNow = instantRenderer({ color: false, linkTargets: new PostIndex([post]) });
    const first = renderNow(post, 60);
    expect(first?.lines.join('\n')).toContain('One paragraph');
    const readsAfterFirst = reads();
    expect(renderNow(post, 60)).toBe(first);
    expect(reads()).toBe(readsAfterFirst);
  });

  it('renders again at another width, and for another post', async () => {
    await loadRenderer();
    const { post } = countingPost();
    const other = makePost({ slug: 'other', title: 'Other', body: 'Another body.\n' });
    const renderNow = instantRenderer({ color: false, linkTargets: new PostIndex([post, other]) });
    const wide = renderNow(post, 60)!;
    const narrow = renderNow(post, 40)!;
    expect(Math.max(...narrow.lines.map((line) => line.length))).toBeLessThanOrEqual(40);
    expect(narrow.lines.length).toBeGreaterThan(wide.lines.length);
    expect(renderNow(other, 40)?.lines.join('\n')).toContain('Another body.');
  });
});
