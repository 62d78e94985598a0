// The List's search while bodies are still being indexed (just after start): a key is answered
// from titles, tags and summaries at once, the header says body matches are still coming, and
// once the bodies are indexed the same search shows them, the selection kept.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { createReducer } from '../src/tui/reducer.js';
import { createListSearcher } from '../src/tui/searcher.js';
import { initialState, type AppAction, type AppState } from '../src/tui/state.js';
import { ListHeader } from '../src/tui/views/ListHeader.js';
import { theme } from '../src/tui/views/theme.js';
import { makePost } from './tui-support/posts.js';

const POSTS = [
  makePost({ slug: 'titled', title: 'Kernel tuning', date: '2025-02-01' }),
  makePost({ slug: 'in-body', title: 'Weekly notes', date: '2025-01-01', body: 'We rebuilt the kernel module twice.' }),
  makePost({ slug: 'other', title: 'Gardening', date: '2024-12-01' }),
];

const titles = (state: AppState) => state.list.hits.map((hit) => hit.post.title);
const headerOf = (state: AppState) => render(<ListHeader state={state} theme={theme(false)} />).lastFrame() ?? '';

describe('searching before the bodies are indexed', () => {
  it('answers from the fields, says bodies are pending, then adds the body matches', async () => {
    const searcher = createListSearcher(POSTS, { waitForBodies: false });
    const reduce = createReducer(searcher);
    const run = (from: AppState, ...actions: AppAction[]) => actions.reduce(reduce, from);
    const keys = ['/', ...'kernel'].map((name): AppAction => ({ type: 'key', name }));
    const typed = run(initialState({ blogName: 'Blog', posts: POSTS, warnings: [], size: { columns: 100, rows: 30 } }), ...keys);
    expect(titles(typed)).toEqual(['Kernel tuning']);
    expect(typed.list.bodiesPending).toBe(true);
    expect(headerOf(typed)).toContain('1 of 3 posts (searching bodies…)');

    await new Promise<void>((resolve) => searcher.warm(resolve));
    const indexed = run(typed, { type: 'search/bodiesIndexed' });
    expect(titles(indexed)).toEqual(['Kernel tuning', 'Weekly notes']);
    expect(indexed.list.bodiesPending).toBe(false);
    expect(indexed.list.selected).toBe(0);
    expect(headerOf(indexed)).toContain('2 of 3 posts');
    expect(headerOf(indexed)).not.toContain('searching');
  });
});
