// Reducer and keymap tests for the reader's navigation: outline, headings, half pages, `e`, mouse.
import { describe, expect, it } from 'vitest';
import type { RenderResult } from '../src/core/types.js';
import { resolveKey } from '../src/tui/keymap.js';
import { mouseAction } from '../src/tui/mouse.js';
import { initialState, type AppAction, type AppState } from '../src/tui/state.js';
import { manyPosts } from './tui-support/posts.js';
import { runSteps } from './tui-support/reducerSteps.js';

const run = runSteps;

const POSTS = manyPosts(60);
// 30 rows: 29 drawn, a post body of 27 rows.
const list = initialState({ blogName: 'Blog', posts: POSTS, warnings: [], size: { columns: 100, rows: 30 } });

/** 200 lines with headings: # Title (0), ## Setup (10), ### Install (40), ## Usage (100), ## Notes (180). */
const RESULT: RenderResult = {
  lines: Array.from({ length: 200 }, (_, i) => `line ${i}`),
  links: [],
  headings: [
    { level: 1, text: 'Title', id: 'title', line: 0 },
    { level: 2, text: 'Setup', id: 'setup', line: 10 },
    { level: 3, text: 'Install', id: 'install', line: 40 },
    { level: 2, text: 'Usage', id: 'usage', line: 100 },
    { level: 2, text: 'Notes', id: 'notes', line: 180 },
  ],
};
const rendered = (state: AppState): AppAction => ({ type: 'post/rendered', key: state.post!.key, result: RESULT, width: 100 });
const post = run(list, 'enter', rendered).state;

describe('keys from less and vim', () => {
  it('d/u and Ctrl-D/U move half a screen, Ctrl-F/B a screen, on the Post screen', () => {
    expect(run(post, 'd').state.post?.scroll).toBe(13);
    expect(run(post, 'ctrl+d', 'ctrl+d').state.post?.scroll).toBe(26);
    expect(run(post, 'ctrl+d', 'ctrl+d', 'u').state.post?.scroll).toBe(13);
    expect(run(post, 'ctrl+f').state.post?.scroll).toBe(27);
    expect(run(post, 'ctrl+f', 'ctrl+f', 'ctrl+b').state.post?.scroll).toBe(27);
    expect(run(post, 'ctrl+u').state.post?.scroll).toBe(0);
  });

  it('the same keys page the List (a half page is half of a page)', () => {
    const page = run(list, 'pagedown').state.list.selected;
    expect(run(list, 'ctrl+f').state.list.selected).toBe(page);
    expect(run(list, 'ctrl+f', 'ctrl+b').state.list.selected).toBe(0);
    expect(run(list, 'd').state.list.selected).toBe(Math.floor(page / 2));
    expect(run(list, 'ctrl+d', 'ctrl+d', 'ctrl+u').state.list.selected).toBe(Math.floor(page / 2));
  });

  it('in the search prompts Ctrl-U still clears the query and d/u are typed', () => {
    const searching = run(list, '/', 'p', 'o').state;
    expect(resolveKey(searching, 'd')).toEqual({ type: 'edit', edit: { kind: 'insert', text: 'd' } });
    expect(run(searching, 'ctrl+u').state.list).toMatchObject({ query: '', editing: true, selected: 0 });
    const inPost = run(post, '/', 'l').state;
    expect(resolveKey(inPost, 'ctrl+u')).toEqual({ type: 'edit', edit: { kind: 'clear' } });
    expect(resolveKey(inPost, 'u')).toEqual({ type: 'edit', edit: { kind: 'insert', text: 'u' } });
  });

  it('] and [ go to the next and previous heading; at either end a message says so', () => {
    expect(run(post, ']').state.post?.scroll).toBe(10);
    expect(run(post, ']', ']', ']').state.post?.scroll).toBe(100);
    expect(run(post, ']', ']', ']', '[').state.post?.scroll).toBe(40);
    // Notes (line 180) cannot reach the top of the screen: the end of the post is shown.
    expect(run(post, 'G', ']').state.post?.message).toBe('no heading below');
    expect(run(post, '[').state.post?.message).toBe('no heading above');
  });
});

describe('outline', () => {
  const scrolledToInstall = run(post, { type: 'post/scrollToLine', line: 50 }).state;

  it('o opens it on the section being read; typing filters; Enter scrolls to the heading and closes it', () => {
    const open = run(scrolledToInstall, 'o').state;
    expect(open.overlay).toEqual({ kind: 'outline', query: '', cursor: 2, offset: 0 });
    expect(run(open, 'down', 'enter').state).toMatchObject({ overlay: null, post: { scroll: 100 } });
    const filtered = run(open, 'u', 's').state;
    // "us" matches Usage only; j, k, q and o are typed, not commands.
    expect(filtered.overlay).toMatchObject({ query: 'us', cursor: 0 });
    expect(run(filtered, 'enter').state.post?.scroll).toBe(100);
    expect(run(open, 'q', 'j').state.overlay).toMatchObject({ kind: 'outline', query: 'qj' });
    expect(run(filtered, 'backspace', 'backspace').state.overlay).toMatchObject({ query: '', cursor: 2 });
    expect(run(filtered, 'ctrl+u').state.overlay).toMatchObject({ query: '' });
  });

  it('Esc closes it where the reader was; o is not bound on the List', () => {
    expect(run(scrolledToInstall, 'o', 'escape').state).toMatchObject({ overlay: null, post: { scroll: 50 } });
    expect(resolveKey(list, 'o')).toBeNull();
  });

  it('o before the rendering arrives waits for it, then opens the outline', () => {
    const waiting = run(list, 'enter', 'o').state;
    expect(waiting.overlay).toBeNull();
    expect(run(waiting, rendered).state.overlay).toMatchObject({ kind: 'outline', cursor: 0 });
  });
});

describe('e edits the post', () => {
  it('asks the runner for the editor on the selected post (List) or the open one (Post)', () => {
    expect(run(list, 'j', 'e').commands).toEqual([{ kind: 'editPost', path: POSTS[1]!.path }]);
    expect(run(post, 'e').commands).toEqual([{ kind: 'editPost', path: POSTS[0]!.path }]);
    expect(resolveKey(run(list, '/').state, 'e')).toEqual({ type: 'edit', edit: { kind: 'insert', text: 'e' } });
  });

  it('when the editor is done the content is read again and the open post rendered again at its line', () => {
    const scrolled = run(post, { type: 'post/scrollToLine', line: 50 }).state;
    const done = run(scrolled, { type: 'editor/done', error: 'no editor "nvim" (set $VISUAL or $EDITOR)' });
    expect(done.commands).toEqual([{ kind: 'loadContent' }]);
    expect(done.state.post?.message).toBe('no editor "nvim" (set $VISUAL or $EDITOR)');
    const reloaded = run(done.state, { type: 'content/loaded', loaded: { posts: [...POSTS], warnings: [], blogName: 'Blog' } });
    expect(reloaded.commands).toEqual([{ kind: 'renderPost', layout: {}, key: POSTS[0]!.slug, width: 100 }]);
    expect(run(reloaded.state, rendered).state.post).toMatchObject({ scroll: 50, rendered: RESULT });
  });
});

describe('mouse', () => {
  it('reads SGR reports: wheel, left press; ignores releases and other buttons; keys are not reports', () => {
    expect(mouseAction('[<64;10;5M')).toEqual({ type: 'mouse/wheel', direction: -1 });
    expect(mouseAction('\u001b[<65;10;5M')).toEqual({ type: 'mouse/wheel', direction: 1 });
    expect(mouseAction('[<69;1;1M')).toEqual({ type: 'mouse/wheel', direction: 1 });
    expect(mouseAction('[<0;3;7M')).toEqual({ type: 'mouse/click', row: 6, column: 2 });
    expect(mouseAction('[<0;3;7m')).toBeNull();
    expect(mouseAction('[<2;3;7M')).toBeNull();
    expect(mouseAction('[<32;3;7M')).toBeNull();
    expect(mouseAction('j')).toBeUndefined();
    expect(mouseAction('[A')).toBeUndefined();
  });

  it('the wheel scrolls the Post and moves the List selection by three', () => {
    expect(run(post, { type: 'mouse/wheel', direction: 1 }).state.post?.scroll).toBe(3);
    expect(run(list, { type: 'mouse/wheel', direction: 1 }, { type: 'mouse/wheel', direction: 1 }).state.list.selected).toBe(6);
  });

  it('a click on a List row selects it; the header, the summary and other screens ignore clicks', () => {
    const click = (row: number, column = 5): AppAction => ({ type: 'mouse/click', row, column });
    expect(run(list, click(4)).state.list.selected).toBe(3);
    expect(run(list, 'G', click(1)).state.list.selected).toBe(run(list, 'G').state.list.offset);
    expect(run(list, click(0)).state.list.selected).toBe(0);
    expect(run(list, click(28)).state.list.selected).toBe(0);
    expect(run(post, click(4)).state.post).toEqual(post.post);
  });
});
