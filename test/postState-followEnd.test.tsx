// A large post renders in parts (its first part on screen at once). `G` pressed meanwhile lands
// at the true end: the screen follows the end as parts arrive until the last one. The in-post
// search count says it is still counting while later parts may add matches.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import type { RenderResult } from '../src/core/types.js';
import { PostFooter } from '../src/tui/post/PostFooter.js';
import { openPostState, reducePost, type PostAction, type PostState } from '../src/tui/post/postState.js';
import { makePost } from './tui-support/posts.js';

const post = makePost({ slug: 'big', title: 'Big' });

/** The first `count` lines of the whole rendering; `progress` set while more is to come. */
function part(count: number, progress?: number): RenderResult {
  const lines = Array.from({ length: count }, (_, i) => (i % 50 === 0 ? `line ${i} mentions the needle` : `line ${i}`));
  return { lines, links: [], headings: [], ...(progress === undefined ? {} : { progress }) };
}

const arrives = (result: RenderResult): PostAction => ({ type: 'post/rendered', result, width: 80 });
const run = (state: PostState, ...actions: PostAction[]) => actions.reduce(reducePost, state);
const VIEWPORT = 10;
const opened = run(openPostState(post, 80, VIEWPORT), arrives(part(100, 0.01)));

describe('G while the post is still rendering', () => {
  it('follows the end as parts arrive and stays at the true end once rendering is done', () => {
    const pressed = run(opened, { type: 'post/bottom' });
    expect(pressed.scroll).toBe(100 - VIEWPORT);
    const later = run(pressed, arrives(part(5_000, 0.5)));
    expect(later.scroll).toBe(5_000 - VIEWPORT);
    const done = run(later, arrives(part(10_000)));
    expect(done.scroll).toBe(10_000 - VIEWPORT);
    // Done: the next part of some later rendering (a resize) no longer drags the reader along.
    expect(done.followingEnd).toBe(false);
  });

  it('stops following once the reader moves', () => {
    const moved = run(opened, { type: 'post/bottom' }, { type: 'post/scroll', by: -3 });
    expect(run(moved, arrives(part(5_000, 0.5))).scroll).toBe(100 - VIEWPORT - 3);
  });

  it('does not follow when G is pressed on a fully rendered post', () => {
    const whole = run(openPostState(post, 80, VIEWPORT), arrives(part(100)), { type: 'post/bottom' });
    expect(whole.followingEnd).toBe(false);
  });
});

describe('in-post search while rendering', () => {
  const footer = (state: PostState) => render(<PostFooter state={state} mode="post" width={120} color={false} />).lastFrame() ?? '';

  it('counts the matches rendered so far, says so, and recounts as parts arrive', () => {
    const searching = run(opened, { type: 'post/searchStart' }, { type: 'post/searchEdit', query: 'needle' });
    expect(footer(searching)).toContain('match 1 of 2 so far, still rendering');
    const done = run(searching, arrives(part(1_000)));
    expect(footer(done)).toContain('match 1 of 20');
    expect(footer(done)).not.toContain('still rendering');
  });
});
