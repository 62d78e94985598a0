// The store and the runner together: commands the reducer returns are performed, and their
// results come back as actions; a small post renders inside the dispatch that opened it.
import { describe, expect, it } from 'vitest';
import type { Command } from '../src/tui/commands.js';
import { loadRenderer } from '../src/tui/instantRendering.js';
import { createRunner, type RunnerServices } from '../src/tui/runner.js';
import { initialState, type AppState } from '../src/tui/state.js';
import { createStore } from '../src/tui/store.js';
import { makePost, POSTS } from './tui-support/posts.js';

function startStore(services: Partial<RunnerServices> = {}, posts = POSTS) {
  const performed: Command[] = [];
  const { store, runner } = createStore(
    initialState({ blogName: 'Blog', posts, warnings: [], size: { columns: 80, rows: 24 } }),
    (getState, dispatch) =>
      createRunner(getState, dispatch, {
        color: false,
        performRequest: async (request) => {
          performed.push(request);
          return `done: ${request.kind}`;
        },
        ...services,
      }),
  );
  const drawn: AppState[] = [];
  store.subscribe((state) => drawn.push(state));
  return { store, runner, drawn, performed };
}

describe('store and runner', () => {
  it('a small post opened once the renderer is loaded is drawn rendered: one state per key, no "rendering…" state', async () => {
    await loadRenderer();
    const { store, drawn } = startStore();
    store.dispatch({ type: 'key', name: 'enter' });
    expect(drawn).toHaveLength(1);
    expect(drawn[0]!.post).toMatchObject({ key: 'pipelines', width: 80 });
    expect(drawn[0]!.post?.rendered?.lines.join('\n')).toContain('Body of Building Scalable ML Pipelines.');
  });

  it('the requests keys make are all performed, in order, and their outcome shows in the footer', async () => {
    await loadRenderer();
    const body = 'See [one](https://one.example/) and [two](https://two.example/).\n';
    const { store, performed } = startStore({}, [makePost({ slug: 'links', title: 'Links', body })]);
    // Open; Tab, Enter follow the first link; Tab, y copy the second.
    for (const name of ['enter', 'tab', 'enter', 'tab', 'y']) store.dispatch({ type: 'key', name });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(performed).toEqual([
      { kind: 'openUrl', url: 'https://one.example/' },
      { kind: 'copy', url: 'https://two.example/' },
    ]);
    expect(store.getState().post?.message).toBe('done: copy');
  });

  it('loading the content again replaces the posts through content/loaded', () => {
    const newer = makePost({ slug: 'newer', title: 'Newer', date: '2026-01-01T00:00:00.000Z' });
    const { store, runner } = startStore({ load: () => ({ blogName: 'Blog', posts: [newer, ...POSTS], warnings: [] }) });
    store.dispatch({ type: 'key', name: 'j' });
    runner.run({ kind: 'loadContent' });
    expect(store.getState().posts).toHaveLength(POSTS.length + 1);
    expect(store.getState().list.hits[store.getState().list.selected]?.key).toBe('rust-cli');
  });
});
