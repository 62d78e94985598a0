// The List's search does not wait for post bodies: a result that lacked bodies not indexed yet
// says so (list.bodiesPending), and `search/bodiesIndexed` (sent by the runner as idle
// preparation indexes them) searches again, keeping the reader on the post it was on.
import { describe, expect, it, vi } from 'vitest';
import { listSearcher } from '../src/tui/listSearch.js';
import { reduceApp } from '../src/tui/reducer.js';
import { initialState, type AppAction, type AppState } from '../src/tui/state.js';
import { makePost } from './tui-support/posts.js';

/** 60 posts: every third has "zebra" in its title, the next one only in its body. */
function zebraPosts() {
  return Array.from({ length: 60 }, (_, i) =>
    makePost({
      slug: `post-${i}`,
      title: i % 3 === 0 ? `Zebra crossing ${i}` : `Post number ${i}`,
      date: new Date(Date.UTC(2024, 0, 1) - i * 86_400_000).toISOString(),
      body: i % 3 === 1 ? `Some text.\n\nA zebra walked by (${i}).\n` : `Nothing to see in ${i}.\n`,
    }),
  );
}

const run = (from: AppState, ...steps: (string | AppAction)[]) =>
  steps.reduce((state, step) => reduceApp(state, typeof step === 'string' ? { type: 'key', name: step } : step).state, from);

const selectedSlug = (state: AppState) => state.postsByKey.get(state.list.hits[state.list.selected]!.key)!.slug;

/** Waits until idle preparation (started by the pending search itself) has indexed every body. */
async function bodiesIndexed(state: AppState): Promise<void> {
  await vi.waitFor(() => expect(listSearcher(state.posts).search(state.list.query, state.list.tags).bodiesPending).toBe(false), { timeout: 10_000 });
}

describe('List search while bodies are not indexed', () => {
  it('answers from the fields with bodiesPending set, then adds the body matches on search/bodiesIndexed, keeping selection and scroll', async () => {
    const start = initialState({ blogName: 'Blog', posts: zebraPosts(), warnings: [], size: { columns: 100, rows: 20 } });
    expect(start.list.bodiesPending).toBe(false);
    const typed = run(start, '/', 'z', 'e', 'b', 'r', 'a');
    expect(typed.list.hits).toHaveLength(20);
    expect(typed.list.bodiesPending).toBe(true);

    // 13 list rows under the search line: down to the 19th hit, then back up to the 11th, the window scrolled down.
    const moved = run(typed, ...Array<string>(18).fill('down'), ...Array<string>(8).fill('up'));
    expect(moved.list).toMatchObject({ selected: 10, offset: 6 });
    expect(selectedSlug(moved)).toBe('post-30');

    await bodiesIndexed(moved);
    const indexed = run(moved, { type: 'search/bodiesIndexed' });
    expect(indexed.list.hits).toHaveLength(40);
    expect(indexed.list.bodiesPending).toBe(false);
    expect(indexed.list.query).toBe('zebra');
    expect(selectedSlug(indexed)).toBe('post-30');
    expect(indexed.list).toMatchObject({ selected: 10, offset: 6 });
  });

  it('keeps the best hit selected when the reader has not moved from the top row', async () => {
    const start = initialState({ blogName: 'Blog', posts: zebraPosts(), warnings: [], size: { columns: 100, rows: 20 } });
    // "walked" is only in bodies: nothing matches until they are indexed.
    const typed = run(start, '/', 'z', 'e', 'b', 'r', 'a', ' ', 'w', 'a', 'l', 'k', 'e', 'd');
    expect(typed.list).toMatchObject({ hits: [], selected: 0, bodiesPending: true });
    await bodiesIndexed(typed);
    const indexed = run(typed, { type: 'search/bodiesIndexed' });
    expect(indexed.list.hits).toHaveLength(20);
    expect(indexed.list).toMatchObject({ selected: 0, offset: 0 });
    expect(selectedSlug(indexed)).toBe(indexed.postsByKey.get(indexed.list.hits[0]!.key)!.slug);
  });

  it('ignores search/bodiesIndexed when the shown result is complete', () => {
    const start = initialState({ blogName: 'Blog', posts: zebraPosts(), warnings: [], size: { columns: 100, rows: 20 } });
    expect(run(start, { type: 'search/bodiesIndexed' })).toBe(start);
    // Words no field holds but a tag filter that decides alone: nothing pending either.
    const filtered = run(start, '/', '#', 'n', 'o', 'p', 'e');
    expect(filtered.list).toMatchObject({ hits: [], bodiesPending: false });
    expect(run(filtered, { type: 'search/bodiesIndexed' }).list).toBe(filtered.list);
  });
});
