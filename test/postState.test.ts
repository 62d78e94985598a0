import { describe, expect, it } from 'vitest';
import type { Post, RenderedLink, RenderResult } from '../src/core/types.js';
import { openPostState, reducePost, type PostAction, type PostState } from '../src/tui/post/postState.js';
import { makePost } from './render-support.js';

const post: Post = makePost('', { id: 'p', slug: 'p', title: 'P', date: null, path: 'p.md' });

function link(index: number, line: number, extraLines = 0): RenderedLink {
  const spans = Array.from({ length: extraLines + 1 }, (_, i) => ({ line: line + i, start: 2, end: 8 }));
  return { index, text: `link ${index}`, url: `https://example.com/${index}`, kind: 'external', spans };
}

/** `count` lines "line N"; links and headings at the given lines. */
function rendering(count: number, linkLines: number[], headingLines: number[] = []): RenderResult {
  return {
    lines: Array.from({ length: count }, (_, i) => `line ${i}`),
    links: linkLines.map((line, index) => link(index, line)),
    headings: headingLines.map((line, index) => ({ level: 2, text: `H${index}`, id: `h${index}`, line })),
  };
}

function run(state: PostState, ...actions: PostAction[]): PostState {
  return actions.reduce(reducePost, state);
}

function opened(result: RenderResult, viewportHeight = 10): PostState {
  return run(openPostState(post, 80, viewportHeight), { type: 'post/rendered', result, width: 80 });
}

describe('pager', () => {
  const state = opened(rendering(100, []));
  it('scrolls by lines and pages, clamped to the post', () => {
    expect(run(state, { type: 'post/scroll', by: 1 }).scroll).toBe(1);
    expect(run(state, { type: 'post/scroll', by: -1 }).scroll).toBe(0);
    expect(run(state, { type: 'post/page', direction: 1 }, { type: 'post/page', direction: 1 }).scroll).toBe(20);
    expect(run(state, { type: 'post/bottom' }).scroll).toBe(90);
    expect(run(state, { type: 'post/bottom' }, { type: 'post/scroll', by: 5 }).scroll).toBe(90);
    expect(run(state, { type: 'post/bottom' }, { type: 'post/top' }).scroll).toBe(0);
    expect(run(state, { type: 'post/scrollToLine', line: 42 }).scroll).toBe(42);
  });
  it('never scrolls a post shorter than the screen', () => {
    expect(run(opened(rendering(5, [])), { type: 'post/page', direction: 1 }).scroll).toBe(0);
  });
  it('clamps the scroll when the screen grows', () => {
    const atBottom = run(state, { type: 'post/bottom' }, { type: 'post/resize', viewportHeight: 30 });
    expect(atBottom.scroll).toBe(70);
  });
  it('clears the message on the next reading key', () => {
    const withMessage = run(state, { type: 'post/message', text: 'opened x' });
    expect(withMessage.message).toBe('opened x');
    expect(run(withMessage, { type: 'post/scroll', by: 1 }).message).toBeNull();
  });
});

describe('link focus', () => {
  const state = opened(rendering(100, [3, 25, 40, 95]));
  it('focuses the first link at or below the top of the screen on the first Tab', () => {
    const scrolled = run(state, { type: 'post/scrollToLine', line: 20 });
    const focused = run(scrolled, { type: 'post/nextLink' });
    expect(focused.focusedLink).toBe(1);
    expect(focused.scroll).toBe(20);
  });
  it('moves in reading order and scrolls the focused link into view', () => {
    const second = run(state, { type: 'post/nextLink' }, { type: 'post/nextLink' });
    expect(second.focusedLink).toBe(1);
    expect(second.scroll).toBe(16); // line 25 becomes the last visible row
    const third = run(second, { type: 'post/nextLink' });
    expect(third.focusedLink).toBe(2);
    expect(third.scroll).toBe(31);
  });
  it('wraps from the last link to the first and back', () => {
    const last = run(state, { type: 'post/prevLink' });
    expect(last.focusedLink).toBe(0); // nothing focused: Shift-Tab takes the last link on screen
    const wrappedBack = run(last, { type: 'post/prevLink' });
    expect(wrappedBack.focusedLink).toBe(3);
    expect(wrappedBack.scroll).toBe(86); // line 95 becomes the last visible row
    const wrappedForward = run(wrappedBack, { type: 'post/nextLink' });
    expect(wrappedForward.focusedLink).toBe(0);
    expect(wrappedForward.scroll).toBe(3);
  });
  it('wraps to the first link when no link is at or below the screen', () => {
    const atEnd = run(opened(rendering(100, [3, 25])), { type: 'post/bottom' }, { type: 'post/nextLink' });
    expect(atEnd.focusedLink).toBe(0);
    expect(atEnd.scroll).toBe(3);
  });
  it('drops the focus when scrolling moves the link off screen', () => {
    const focused = run(state, { type: 'post/nextLink' });
    expect(run(focused, { type: 'post/scroll', by: 3 }).focusedLink).toBe(0);
    expect(run(focused, { type: 'post/scroll', by: 4 }).focusedLink).toBeNull();
  });
  it('says so when the post has no links', () => {
    const none = run(opened(rendering(10, [])), { type: 'post/nextLink' });
    expect(none.focusedLink).toBeNull();
    expect(none.message).toBe('this post has no links');
  });
  it('shows the start of a link that is taller than the screen', () => {
    const tall = { ...rendering(100, []), links: [link(0, 50, 14)] };
    const focused = run(opened(tall), { type: 'post/nextLink' });
    expect(focused.scroll).toBe(50);
  });
});

describe('re-rendering at a new width', () => {
  // The same post twice as long when narrower: every line number doubles.
  const wide = rendering(100, [10, 60], [0, 30, 70]);
  const narrow = rendering(200, [20, 120], [0, 60, 140]);
  it('keeps the focused link on the same screen row', () => {
    const focused = run(opened(wide), { type: 'post/scrollToLine', line: 55 }, { type: 'post/nextLink' });
    expect(focused.focusedLink).toBe(1);
    const after = run(focused, { type: 'post/rendered', result: narrow, width: 40 });
    expect(after.focusedLink).toBe(1);
    expect(after.scroll).toBe(115);
    expect(after.width).toBe(40);
  });
  it('keeps a visible heading on the same screen row', () => {
    const reading = run(opened(wide), { type: 'post/scrollToLine', line: 27 });
    expect(run(reading, { type: 'post/rendered', result: narrow, width: 40 }).scroll).toBe(57);
  });
  it('keeps the same fraction of the section when no heading is visible', () => {
    const reading = run(opened(wide), { type: 'post/scrollToLine', line: 40 });
    // A quarter through section 1 (lines 30-70) -> a quarter through lines 60-140.
    expect(run(reading, { type: 'post/rendered', result: narrow, width: 40 }).scroll).toBe(80);
  });
  it('re-finds the search matches in the new lines', () => {
    const searching = run(opened(wide), { type: 'post/searchStart' }, { type: 'post/searchEdit', query: 'line 1' }, { type: 'post/searchSubmit' });
    const after = run(searching, { type: 'post/rendered', result: narrow, width: 40 });
    expect(after.search?.matches).toHaveLength(111); // "line 1", "line 10".."line 19", "line 100".."line 199"
  });
});

describe('in-post search', () => {
  const lines = Array.from({ length: 100 }, (_, i) => (i % 10 === 5 ? `a \u001b[1mNeedle\u001b[22m and needle ${i}` : `hay ${i}`));
  const state = opened({ lines, links: [], headings: [] });
  const search = (from: PostState, query: string) => run(from, { type: 'post/searchStart' }, { type: 'post/searchEdit', query });

  it('finds every match case-insensitively and shows the first at or after the top', () => {
    const found = search(run(state, { type: 'post/scrollToLine', line: 30 }), 'NEEDLE');
    expect(found.search?.matches).toHaveLength(20);
    expect(found.search?.matches[0]).toEqual({ line: 5, start: 2, end: 8 });
    expect(found.search?.matches[found.search.current]).toEqual({ line: 35, start: 2, end: 8 });
    expect(found.scroll).toBe(30); // line 35 is already on screen
  });
  it('n and N move between matches, wrapping, and bring them to the top', () => {
    const submitted = run(search(state, 'needle'), { type: 'post/searchSubmit' });
    expect(submitted.search?.editing).toBe(false);
    const third = run(submitted, { type: 'post/nextMatch' }, { type: 'post/nextMatch' });
    expect(third.search?.current).toBe(2);
    expect(third.scroll).toBe(15);
    const wrapped = run(submitted, { type: 'post/prevMatch' });
    expect(wrapped.search?.current).toBe(19);
    expect(wrapped.scroll).toBe(90);
    expect(wrapped.message).toBe('search wrapped to the bottom');
  });
  it('Esc while typing returns to where the search started; after Enter it only clears', () => {
    const start = run(state, { type: 'post/scrollToLine', line: 40 });
    const typing = search(start, 'hay 9');
    expect(typing.scroll).toBe(90);
    expect(run(typing, { type: 'post/searchClear' })).toMatchObject({ scroll: 40, search: null });
    const submitted = run(typing, { type: 'post/searchSubmit' });
    expect(run(submitted, { type: 'post/searchClear' })).toMatchObject({ scroll: 90, search: null });
  });
  it('reports a pattern that is not found', () => {
    const missing = run(search(state, 'zebra'), { type: 'post/searchSubmit' });
    expect(missing.search).toBeNull();
    expect(missing.message).toBe('pattern not found: zebra');
  });
  it('keeps a search started before the rendering arrived, and finds its matches then', () => {
    const early = run(
      openPostState(post, 80, 10),
      { type: 'post/searchStart' },
      { type: 'post/searchEdit', query: 'needle' },
      { type: 'post/nextLink' },
    );
    const rendered = run(early, { type: 'post/rendered', result: { lines, links: [], headings: [] }, width: 80 });
    expect(rendered.search).toMatchObject({ editing: true, query: 'needle' });
    expect(rendered.search?.matches).toHaveLength(20);
    expect(rendered.message).toBeNull(); // Tab before the rendering does not claim "no links"
  });
  it('n without a search says how to search', () => {
    expect(run(state, { type: 'post/nextMatch' }).message).toBe('no search yet: press / to search');
  });
});
