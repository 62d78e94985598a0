import { describe, expect, it } from 'vitest';
import type { Post, RenderResult } from '../src/core/types.js';
import { reduceApp } from '../src/tui/reducer.js';
import { initialState, type AppAction, type AppState } from '../src/tui/state.js';
import { makePost, POSTS } from './tui-support/posts.js';

const start = () => initialState({ blogName: 'Blog', posts: POSTS, warnings: [], size: { columns: 100, rows: 30 } });

function apply(from: AppState, ...actions: (AppAction | string)[]) {
  const commands: unknown[] = [];
  let state = from;
  for (const action of actions) {
    const update = reduceApp(state, typeof action === 'string' ? { type: 'key', name: action } : action);
    commands.push(...update.commands);
    state = update.state;
  }
  return { state, commands };
}

const loaded = (posts: Post[], changedPaths: string[] = []): AppAction => ({
  type: 'content/loaded',
  loaded: { posts, warnings: [], blogName: 'Blog' },
  changedPaths,
});

const lines = Array.from({ length: 100 }, (_, index) => `line ${index}`);
const result: RenderResult = { lines, links: [], headings: [{ level: 2, text: 'Deep', id: 'deep', line: 40 }] };

describe('live reload in the reducer', () => {
  it('a change on disk asks for the content again, naming the changed files', () => {
    expect(apply(start(), { type: 'content/changed', paths: ['posts/rust-cli.md'] }).commands).toEqual([
      { kind: 'loadContent', changedPaths: ['posts/rust-cli.md'] },
    ]);
  });

  it('keeps the selected post, and says what changed in one line', () => {
    const list = apply(start(), 'j', 'j').state;
    const edited = POSTS.map((post) => (post.slug === 'rust-cli' ? makePost({ ...post, title: 'Writing a CLI in Rust, again' }) : post));
    const fresh = makePost({ slug: 'new-one', title: 'A New Post', date: '2026-01-01T00:00:00.000Z' });
    const reloaded = apply(list, loaded([fresh, ...edited], ['posts/rust-cli.md', 'posts/new-one.md'])).state;
    expect(reloaded.notice).toBe('reloaded: 1 changed, 1 new');
    expect(reloaded.list.hits[reloaded.list.selected]?.key).toBe('python-typing');
  });

  it('keeps the query through a reload', () => {
    const typed = apply(start(), '/', 'p', 'y').state;
    const reloaded = apply(typed, loaded(POSTS, ['posts/python-typing.md'])).state;
    expect(reloaded.list.query).toBe('py');
    expect(reloaded.notice).toBe('reloaded: 1 changed');
  });

  it('re-renders the open post when its file changed, keeping the place by heading', () => {
    const open = apply(
      start(),
      'enter',
      { type: 'post/rendered', key: 'pipelines', result, width: 100 },
      { type: 'post/scrollToLine', line: 45 },
    ).state;
    const { state, commands } = apply(open, loaded(POSTS, ['posts/pipelines.md']));
    expect(commands).toContainEqual({ kind: 'renderPost', key: 'pipelines', width: 100, layout: state.layout });
    expect(state.post?.message).toBe('reloaded: 1 changed');
    // Three lines were added above the heading.
    const shifted: RenderResult = { ...result, lines: ['a', 'b', 'c', ...lines], headings: [{ level: 2, text: 'Deep', id: 'deep', line: 43 }] };
    expect(apply(state, { type: 'post/rendered', key: 'pipelines', result: shifted, width: 100 }).state.post?.scroll).toBe(48);
  });

  it('a removed open post says so and stays readable until the reader leaves it', () => {
    const open = apply(start(), 'enter', { type: 'post/rendered', key: 'pipelines', result, width: 100 }).state;
    const { state } = apply(
      open,
      loaded(
        POSTS.filter((post) => post.slug !== 'pipelines'),
        ['posts/pipelines.md'],
      ),
    );
    expect(state.screen).toBe('post');
    expect(state.postsByKey.has('pipelines')).toBe(true);
    expect(state.post?.message).toBe('this post was removed from the folder: it stays readable until you leave it');
    const left = apply(state, 'escape').state;
    expect(left.screen).toBe('list');
    expect(left.list.hits.map((hit) => hit.key)).not.toContain('pipelines');
  });

  it('says nothing when no post changed (an editor swap file)', () => {
    expect(apply(start(), loaded(POSTS, ['posts/.rust-cli.md.swp'])).state.notice).toBeNull();
  });
});
