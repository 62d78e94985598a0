import { describe, expect, it } from 'vitest';
import type { RenderResult } from '../src/core/types.js';
import type { Command } from '../src/tui/commands.js';
import { reduceApp } from '../src/tui/reducer.js';
import { initialState, type AppAction, type AppState } from '../src/tui/state.js';
import { makePost, manyPosts, POSTS } from './tui-support/posts.js';
import { runSteps, type Step } from './tui-support/reducerSteps.js';

function start(posts = POSTS, size = { columns: 100, rows: 30 }) {
  const state = initialState({ blogName: 'Blog', posts, warnings: [], size });
  /** Applies keys or actions in order; the commands they returned are dropped (see `commandsOf`). */
  const run = (from: AppState, ...steps: Step[]) => runSteps(from, ...steps).state;
  return { state, run };
}

/** Every command the steps returned, in order. */
function commandsOf(from: AppState, ...steps: Step[]): Command[] {
  return runSteps(from, ...steps).commands;
}

/** The open post's rendering arriving from the runner, at 100 columns. */
const rendered =
  (result: RenderResult) =>
  (state: AppState): AppAction => ({ type: 'post/rendered', key: state.post!.key, result, width: 100 });

const titles = (state: AppState) => state.list.hits.map((hit) => state.postsByKey.get(hit.key)!.title);
const typed = (text: string) => [...text].map((char) => (char === ' ' ? 'space' : char));

describe('List navigation', () => {
  it('moves, clamps at both ends, pages, and jumps to top and bottom', () => {
    const { state, run } = start(manyPosts(100), { columns: 100, rows: 20 });
    expect(run(state, 'k').list.selected).toBe(0);
    expect(run(state, 'j', 'j', 'down').list.selected).toBe(3);
    expect(run(state, 'G').list.selected).toBe(99);
    expect(run(state, 'G', 'j').list.selected).toBe(99);
    expect(run(state, 'end', 'home').list.selected).toBe(0);
    // 20 rows: 19 drawn, header + footer + separator + 2 summary lines leave 14 list rows; a page keeps one row of context.
    expect(run(state, 'pagedown').list.selected).toBe(13);
    expect(run(state, 'pagedown', 'pagedown', 'pageup').list.selected).toBe(13);
  });

  it('scrolls the window only as far as needed to keep the selection visible', () => {
    const { state, run } = start(manyPosts(100), { columns: 100, rows: 20 });
    const down = run(state, ...Array<string>(14).fill('j'));
    expect(down.list).toMatchObject({ selected: 14, offset: 1 });
    const back = run(down, ...Array<string>(14).fill('k'));
    expect(back.list).toMatchObject({ selected: 0, offset: 0 });
    expect(run(state, 'G').list.offset).toBe(100 - 14);
  });

  it('keeps the selection visible when the terminal shrinks', () => {
    const { state, run } = start(manyPosts(100), { columns: 100, rows: 30 });
    const selected = run(state, ...Array<string>(20).fill('j'));
    const small = run(selected, { type: 'resize', columns: 40, rows: 12 });
    // 12 rows: 11 drawn, minus header, footer, separator, 2 summary lines = 6 list rows.
    expect(small.list.selected).toBe(20);
    expect(small.list.offset).toBe(15);
  });
});

describe('List search', () => {
  it('narrows on every key, best first, and highlights title matches', () => {
    const { state, run } = start();
    const searching = run(state, '/', ...typed('python'));
    expect(searching.list.query).toBe('python');
    expect(titles(searching)).toContain('Gradual Typing in Python');
    expect(titles(searching)).not.toContain('Writing a CLI in Rust');
    const hit = searching.list.hits.find((candidate) => candidate.key === 'python-typing');
    const [start_, end] = hit!.titleRanges[0]!;
    expect('Gradual Typing in Python'.slice(start_, end)).toBe('Python');
  });

  it('while typing, q and j are text; Backspace, Ctrl-W and Ctrl-U edit; Esc clears and leaves the prompt', () => {
    const { state, run } = start();
    const typing = run(state, '/', ...typed('rust qj'));
    expect(typing.exiting).toBe(false);
    expect(typing.list.query).toBe('rust qj');
    expect(run(typing, 'backspace').list.query).toBe('rust q');
    expect(run(typing, 'ctrl+w').list.query).toBe('rust ');
    expect(run(typing, 'ctrl+w', 'ctrl+w').list.query).toBe('');
    expect(run(typing, 'ctrl+u').list.query).toBe('');
    const cleared = run(typing, 'escape');
    expect(cleared.list).toMatchObject({ query: '', editing: false });
    expect(cleared.list.hits).toHaveLength(POSTS.length);
  });

  it('caps the query at 100 characters', () => {
    const { state, run } = start();
    expect(run(state, '/', { type: 'edit', edit: { kind: 'insert', text: 'x'.repeat(150) } }).list.query).toHaveLength(100);
  });

  it('filters by #tag inside the query', () => {
    const { state, run } = start();
    expect(titles(run(state, '/', ...typed('#rust')))).toEqual(['Writing a CLI in Rust']);
  });

  it('selects the best match while typing and moves with the arrows', () => {
    const { state, run } = start();
    const moved = run(state, 'j', 'j', '/', 'p');
    expect(moved.list.selected).toBe(0);
    expect(run(moved, 'down').list.selected).toBe(1);
  });

  it('Enter opens the selected result and leaves the prompt', () => {
    const { state, run } = start();
    const opened = run(state, '/', ...typed('rust'), 'enter');
    expect(opened.screen).toBe('post');
    expect(opened.post?.key).toBe('rust-cli');
    expect(opened.list).toMatchObject({ query: 'rust', editing: false });
  });
});

describe('tag picker', () => {
  it('lists every tag with its count, toggles with Space, applies with Enter (all tags must match)', () => {
    const { state, run } = start();
    const picker = run(state, 't');
    expect(picker.overlay).toMatchObject({
      kind: 'tags',
      choices: expect.arrayContaining([
        { tag: 'python', count: 2 },
        { tag: 'cli', count: 2 },
        { tag: 'rust', count: 1 },
      ]),
    });
    const choices = picker.overlay?.kind === 'tags' ? picker.overlay.choices.map((choice) => choice.tag) : [];
    const down = (tag: string) => Array<string>(choices.indexOf(tag)).fill('j');
    const python = run(picker, ...down('python'), 'space', 'enter');
    expect(python.overlay).toBeNull();
    expect(python.list.tags).toEqual(['python']);
    expect(titles(python).sort()).toEqual(['Building Scalable ML Pipelines', 'Gradual Typing in Python']);
    const both = run(python, 't', ...down('mlops'), 'space', 'enter');
    expect(both.list.tags).toEqual(['python', 'mlops']);
    expect(titles(both)).toEqual(['Building Scalable ML Pipelines']);
    expect(run(both, 'T').list.hits).toHaveLength(POSTS.length);
  });

  it('Esc cancels without changing the filters', () => {
    const { state, run } = start();
    const cancelled = run(state, 't', 'space', 'escape');
    expect(cancelled.overlay).toBeNull();
    expect(cancelled.list.tags).toEqual([]);
  });

  it('counts tags under the current search', () => {
    const { state, run } = start();
    const underSearch = run(state, '/', ...typed('#cli'), { type: 'overlay/open', overlay: 'tags' });
    expect(underSearch.overlay).toMatchObject({ choices: expect.not.arrayContaining([{ tag: 'python', count: 2 }]) });
    expect(underSearch.overlay).toMatchObject({ choices: expect.arrayContaining([{ tag: 'cli', count: 2 }]) });
  });
});

describe('overlays and quitting', () => {
  it('? and ! open help and warnings; Esc, q or the same key close them', () => {
    const { state, run } = start();
    expect(run(state, '?').overlay).toEqual({ kind: 'help', scroll: 0 });
    expect(run(state, '?', '?').overlay).toBeNull();
    expect(run(state, '!', 'q').overlay).toBeNull();
    expect(run(state, '?', 'escape').overlay).toBeNull();
    expect(run(state, '?', 'q').exiting).toBe(false);
  });

  it('scrolls the warnings, never past the last one', () => {
    const warnings = Array.from({ length: 30 }, (_, i) => ({ path: `bad-${i}.md`, reason: 'invalid front matter' }));
    const state = { ...initialState({ blogName: 'Blog', posts: POSTS, warnings, size: { columns: 60, rows: 12 } }), overlay: null };
    const opened = reduceApp(state, { type: 'key', name: '!' }).state;
    const scrolled = Array<string>(50)
      .fill('j')
      .reduce((current, name) => reduceApp(current, { type: 'key', name }).state, opened);
    // 12 rows: 11 drawn, title and footer leave 9 rows for warnings.
    expect(scrolled.overlay).toEqual({ kind: 'warnings', scroll: 21 });
  });

  it('q quits from the list, Ctrl-C from anywhere', () => {
    const { state, run } = start();
    expect(run(state, 'q').exiting).toBe(true);
    expect(run(state, '/', 'ctrl+c').exiting).toBe(true);
    expect(run(state, 't', 'ctrl+c').exiting).toBe(true);
  });
});

describe('Post screen and history', () => {
  const linked = [
    makePost({ slug: 'a', title: 'Post A', date: '2025-01-02T00:00:00.000Z' }),
    makePost({ slug: 'b', title: 'Post B', date: '2025-01-01T00:00:00.000Z' }),
  ];
  const lines = Array.from({ length: 100 }, (_, i) => `line ${i}`);
  const withLinkToB: RenderResult = {
    lines,
    headings: [],
    links: [{ index: 0, text: 'B', url: '/posts/b/', kind: 'internal', target: 'b', spans: [{ line: 5, start: 0, end: 1 }] }],
  };
  const plain: RenderResult = { lines, headings: [], links: [] };

  it('opens the selected post, follows an internal link, and goes back post by post, then to the list as it was', () => {
    const { state, run } = start(linked);
    const onA = run(state, '/', 'P', 'o', 's', 't', 'enter', rendered(withLinkToB));
    expect(onA.post?.key).toBe('a');
    const scrolledA = run(onA, 'j', 'j', 'j');
    expect(scrolledA.post?.scroll).toBe(3);
    const onB = run(scrolledA, 'tab', 'enter');
    expect(onB.post?.key).toBe('b');
    expect(onB.history.back.map((entry) => entry.key)).toEqual(['a']);
    const backOnA = run(onB, rendered(plain), 'backspace');
    expect(backOnA.post?.key).toBe('a');
    expect(backOnA.post?.scroll).toBe(3);
    const list = run(backOnA, 'h');
    expect(list.screen).toBe('list');
    expect(list.post).toBeNull();
    expect(list.list.query).toBe('Post');
  });

  it('Enter with no focused link explains how to focus one; external links become an open-URL command, y a copy command', () => {
    const { state, run } = start(linked);
    const onA = run(state, 'enter', rendered(plain));
    expect(run(onA, 'enter').post?.message).toMatch(/Tab/);
    const external: RenderResult = {
      ...plain,
      links: [
        {
          index: 0,
          text: 'site',
          url: 'https://example.com/',
          kind: 'external',
          target: 'https://example.com/',
          spans: [{ line: 0, start: 0, end: 4 }],
        },
      ],
    };
    const focused = run(onA, rendered(external), 'tab');
    expect(commandsOf(focused, 'enter')).toEqual([{ kind: 'openUrl', url: 'https://example.com/' }]);
    expect(commandsOf(focused, 'y')).toEqual([{ kind: 'copy', url: 'https://example.com/' }]);
    // From the Links overlay too: Enter on the link opens it.
    expect(commandsOf(focused, 'L', 'enter')).toEqual([{ kind: 'openUrl', url: 'https://example.com/' }]);
  });

  it('the Links overlay selects a link by its number and Enter follows it', () => {
    const { state, run } = start(linked);
    const links = Array.from({ length: 12 }, (_, i) => ({
      index: i,
      text: `L${i}`,
      url: `#h${i}`,
      kind: 'anchor' as const,
      target: `h${i}`,
      spans: [{ line: i, start: 0, end: 2 }],
    }));
    const headings = links.map((link, i) => ({ level: 2, text: `H${i}`, id: `h${i}`, line: 50 + i }));
    const onA = run(state, 'enter', rendered({ lines, links, headings }));
    const overlay = run(onA, 'L', '1', '2');
    expect(overlay.overlay).toMatchObject({ kind: 'links', cursor: 11, typed: '12' });
    const followed = run(overlay, 'enter');
    expect(followed.overlay).toBeNull();
    // Link 12 points at heading h11, on line 61.
    expect(followed.post?.scroll).toBe(61);
  });

  it('resizing re-fits the open post viewport', () => {
    const { state, run } = start(linked);
    const small = run(state, 'enter', { type: 'resize', columns: 40, rows: 12 });
    expect(small.post?.viewportHeight).toBe(9);
  });

  it('a key read together with others is applied one by one ("jj" moves twice; Enter then / opens and searches)', () => {
    const { state, run } = start(linked);
    expect(run(state, 'jj').list.selected).toBe(1);
    const searching = run(state, 'enter', '/mlflow');
    expect(searching.screen).toBe('post');
    // The prompt opens at once; the query waits for the lines it searches.
    expect(searching.post?.search).toMatchObject({ query: '', editing: true });
    expect(run(searching, rendered(plain)).post?.search).toMatchObject({ query: 'mlflow', editing: true });
  });

  it('keys typed before the first rendering arrives wait for it and then apply in order', () => {
    const { state, run } = start(linked);
    const opened = run(state, 'enter', 'G', 'k', 'tab', '/', 'x', 'q');
    expect(opened.typedAhead).toEqual(['G', 'k', 'tab', '/', 'x', 'q']);
    expect(opened.post?.scroll).toBe(0);
    const shown = run(opened, rendered(withLinkToB));
    expect(shown.typedAhead).toEqual([]);
    // G: bottom (100 lines, 27 rows: line 73); k: 72; Tab from there wraps to the only link; / then x: typed.
    expect(shown.post).toMatchObject({ focusedLink: 0, search: { query: 'xq', editing: true } });
    expect(shown.exiting).toBe(false);
    expect(run(opened, 'ctrl+c').exiting).toBe(true);
    const typed = run(shown, 'escape');
    expect(typed.post?.search).toBeNull();
    expect(run(state, 'enter', 'G', rendered(plain)).post?.scroll).toBe(73);
  });

  it('before the rendering arrives, / opens the prompt, q quits and h goes back at once', () => {
    const { state, run } = start(linked);
    expect(run(state, 'enter', '/', 'a').post?.search).toMatchObject({ editing: true, query: '' });
    expect(run(state, 'enter', 'q').exiting).toBe(true);
    expect(run(state, 'enter', 'h').screen).toBe('list');
    // An overlay's keys never wait: it does not show the post.
    expect(run(state, 'enter', '?', 'j').overlay).toEqual({ kind: 'help', scroll: 1 });
  });

  it('behind keys waiting for the rendering, q, Esc, h, ? and ! still act at once', () => {
    const { state, run } = start(linked);
    const waiting = run(state, 'enter', 'G', 'tab');
    expect(waiting.typedAhead).toEqual(['G', 'tab']);
    expect(run(waiting, 'q').exiting).toBe(true);
    expect(run(waiting, 'ctrl+c').exiting).toBe(true);
    for (const back of ['escape', 'h', 'backspace']) expect(run(waiting, back)).toMatchObject({ screen: 'list', post: null, typedAhead: [] });
    expect(run(waiting, '!').overlay).toEqual({ kind: 'warnings', scroll: 0 });
    // Help covers the post; the waiting keys apply once it is closed over the rendered post.
    const helped = run(waiting, '?');
    expect(helped).toMatchObject({ overlay: { kind: 'help' }, typedAhead: ['G', 'tab'] });
    const renderedUnderHelp = run(helped, rendered(withLinkToB));
    expect(renderedUnderHelp).toMatchObject({ overlay: { kind: 'help' }, typedAhead: ['G', 'tab'], post: { scroll: 0 } });
    // G went to the bottom, then Tab wrapped to the only link (line 5) and scrolled back to it.
    const closed = run(renderedUnderHelp, '?');
    expect(closed).toMatchObject({ overlay: null, typedAhead: [], post: { scroll: 5, focusedLink: 0 } });
    // Closed before the rendering arrives: the keys keep waiting for it.
    expect(run(helped, '?', rendered(plain)).post).toMatchObject({
      scroll: 73,
      message: 'this post has no links',
    });
  });

  it('behind a waiting key that changes what later keys mean (/, L, Enter), those keys wait too', () => {
    const { state, run } = start(linked);
    // G then / are both waiting, so q is the search's text, not quit.
    expect(run(state, 'enter', 'G', '/', 'q')).toMatchObject({ exiting: false, typedAhead: ['G', '/', 'q'] });
    // L will open the Links overlay, where q closes it.
    const links = run(state, 'enter', 'L', 'q');
    expect(links).toMatchObject({ exiting: false, typedAhead: ['L', 'q'] });
    expect(run(links, rendered(withLinkToB))).toMatchObject({ exiting: false, overlay: null, screen: 'post' });
    expect(run(state, 'enter', 'tab', 'enter', 'h')).toMatchObject({ screen: 'post', typedAhead: ['tab', 'enter', 'h'] });
  });

  it("a link to another post's #section opens it scrolled to that heading once rendered, then typed keys apply", () => {
    const { state, run } = start(linked);
    const toSection: RenderResult = {
      ...withLinkToB,
      links: [{ index: 0, text: 'B', url: '../b/#deep-dive', kind: 'internal', target: 'b', spans: [{ line: 5, start: 0, end: 1 }] }],
    };
    const onB = run(state, 'enter', rendered(toSection), 'tab', 'enter');
    expect(onB.post).toMatchObject({ anchor: 'deep-dive', scroll: 0 });
    const bRendered: RenderResult = { lines, links: [], headings: [{ level: 2, text: 'Deep dive', id: 'deep-dive', line: 40 }] };
    expect(run(onB, rendered(bRendered)).post).toMatchObject({ anchor: null, scroll: 40 });
    expect(run(onB, 'j', rendered(bRendered)).post?.scroll).toBe(41);
    const missing = run(onB, rendered(plain));
    expect(missing.post?.message).toBe('no heading #deep-dive in this post');
  });

  it('Esc with search matches shown clears them; a second Esc goes back', () => {
    const { state, run } = start(linked);
    const found = run(state, 'enter', rendered(plain), '/', ...typed('line 5'), 'enter');
    expect(found.post?.search).toMatchObject({ editing: false, query: 'line 5' });
    const cleared = run(found, 'escape');
    expect(cleared.screen).toBe('post');
    expect(cleared.post?.search).toBeNull();
    expect(run(cleared, 'escape').screen).toBe('list');
  });

  it('goes forward after going back; visiting a new post drops the pages ahead', () => {
    const posts = ['a', 'b', 'c', 'd'].map((slug, i) => makePost({ slug, title: `Post ${slug}`, date: `2025-01-0${9 - i}T00:00:00.000Z` }));
    const linkingTo = (...slugs: string[]): RenderResult => ({
      lines,
      headings: [],
      links: slugs.map((slug, index) => ({
        index,
        text: slug,
        url: `/posts/${slug}/`,
        kind: 'internal',
        target: slug,
        spans: [{ line: index, start: 0, end: 1 }],
      })),
    });
    const { state, run } = start(posts);
    const follow = (index: number): AppAction[] => [{ type: 'post/focusLink', index }, { type: 'link/follow' }];
    const slugOf = (current: AppState) => current.post?.key;
    const onA = run(state, 'enter', rendered(linkingTo('b', 'd')));
    const onC = run(onA, ...follow(0), rendered(linkingTo('c')), ...follow(0), rendered(plain));
    expect(slugOf(onC)).toBe('c');
    const backOnA = run(onC, 'h', 'h');
    expect(slugOf(backOnA)).toBe('a');
    expect(slugOf(run(backOnA, 'l'))).toBe('b');
    expect(slugOf(run(backOnA, 'right', 'l'))).toBe('c');
    expect(run(backOnA, 'l', 'l', 'l').post?.message).toMatch(/no page ahead/);

    const onD = run(backOnA, ...follow(1));
    expect(slugOf(onD)).toBe('d');
    expect(onD.history.forward).toEqual([]);
    const stillD = run(onD, 'l');
    expect(slugOf(stillD)).toBe('d');
    expect(stillD.post?.message).toMatch(/no page ahead/);
    expect(slugOf(run(onD, 'h'))).toBe('a');
    expect(run(onD, 'h', 'h').screen).toBe('list');
  });
});

describe('commands', () => {
  const linked = [
    makePost({ slug: 'a', title: 'Post A', date: '2025-01-02T00:00:00.000Z' }),
    makePost({ slug: 'b', title: 'Post B', date: '2025-01-01T00:00:00.000Z' }),
  ];
  const lines = Array.from({ length: 100 }, (_, i) => `line ${i}`);
  const site = (url: string, index: number) => ({
    index,
    text: url,
    url,
    kind: 'external' as const,
    target: url,
    spans: [{ line: index, start: 0, end: 4 }],
  });
  const twoSites: RenderResult = { lines, headings: [], links: [site('https://one.example/', 0), site('https://two.example/', 1)] };
  const toB: RenderResult = {
    lines,
    headings: [],
    links: [{ index: 0, text: 'B', url: '/posts/b/', kind: 'internal', target: 'b', spans: [{ line: 5, start: 0, end: 1 }] }],
  };

  it('opening a post asks for its rendering, by post key and text width; nothing else does', () => {
    const { state } = start(linked, { columns: 120, rows: 30 });
    expect(commandsOf(state, 'enter')).toEqual([{ kind: 'renderPost', key: 'a', width: 100, layout: {} }]);
    expect(commandsOf(state, 'j', '/', 'x', 'escape', '?', 'escape')).toEqual([]);
    const narrow = start(linked, { columns: 60, rows: 30 });
    expect(commandsOf(narrow.state, 'j', 'enter')).toEqual([{ kind: 'renderPost', key: 'b', width: 60, layout: {} }]);
  });

  it('following a link to another post asks for that rendering; its arrival asks for nothing more', () => {
    const { state, run } = start(linked);
    const onA = run(state, 'enter', rendered(toB), 'tab');
    expect(commandsOf(onA, 'enter')).toEqual([{ kind: 'renderPost', key: 'b', width: 100, layout: {} }]);
    expect(commandsOf(onA, 'enter', rendered(toB))).toEqual([{ kind: 'renderPost', key: 'b', width: 100, layout: {} }]);
  });

  it('a resize asks for the open post at the new width; leaving a post still rendering stops it', () => {
    const { state, run } = start(linked);
    const onA = run(state, 'enter', rendered(toB));
    expect(commandsOf(onA, { type: 'resize', columns: 60, rows: 30 })).toEqual([{ kind: 'renderPost', key: 'a', width: 60, layout: {} }]);
    // Back to the List: a rendering still running is stopped; a finished one needs nothing.
    expect(commandsOf(run(state, 'enter'), 'escape')).toEqual([{ kind: 'stopRendering' }]);
    expect(commandsOf(onA, 'escape')).toEqual([]);
    // A large post's first part keeps its rendering running: still wanted, not asked for again.
    const partial = { ...toB, progress: 0.25 };
    expect(commandsOf(run(state, 'enter'), rendered(partial))).toEqual([]);
    expect(commandsOf(run(state, 'enter', rendered(partial)), 'escape')).toEqual([{ kind: 'stopRendering' }]);
    // Quitting stops it too: a worker must not keep the process alive.
    expect(commandsOf(run(state, 'enter', rendered(partial)), 'q')).toEqual([{ kind: 'stopRendering' }]);
    expect(commandsOf(onA, 'q')).toEqual([]);
  });

  it('m, w and > ask for the open post again with the new layout; its arrival asks for nothing more', () => {
    const { state, run } = start(linked);
    const onA = run(state, 'enter', rendered(toB));
    expect(commandsOf(onA, 'M')).toEqual([{ kind: 'renderPost', key: 'a', width: 100, layout: { math: 'source' } }]);
    const source = run(onA, 'M');
    expect(source.post?.message).toBe('math shown as written');
    const arrived = run(source, { type: 'post/rendered', key: 'a', result: toB, width: 100, layout: source.layout });
    expect(commandsOf(arrived, 'j')).toEqual([]);
    // > scrolls cut code only: with wrapped code it explains w instead.
    expect(commandsOf(onA, '>')).toEqual([]);
    expect(run(onA, '>').post?.message).toBe('code lines wrap: press w to cut them and scroll sideways');
    expect(commandsOf(onA, 'w', '>')).toEqual([
      { kind: 'renderPost', key: 'a', width: 100, layout: { codeWrap: false, codeScroll: 0 } },
      { kind: 'renderPost', key: 'a', width: 100, layout: { codeWrap: false, codeScroll: 8 } },
    ]);
  });

  it('a rendering for a post the reader has left is dropped', () => {
    const { state, run } = start(linked);
    const onA = run(state, 'enter');
    const late = run(onA, 'escape', 'j', 'enter', { type: 'post/rendered', key: 'a', result: toB, width: 100 });
    expect(late.post).toMatchObject({ key: 'b', rendered: null });
  });

  it('two requests made while typed-ahead keys replay are both returned, in order', () => {
    const { state, run } = start(linked);
    // Enter opens the post; Tab, Enter (open the first link) and Tab, y (copy the second) wait for its rendering.
    const waiting = run(state, 'enter', 'tab', 'enter', 'tab', 'y');
    expect(waiting.typedAhead).toEqual(['tab', 'enter', 'tab', 'y']);
    expect(commandsOf(waiting, rendered(twoSites))).toEqual([
      { kind: 'openUrl', url: 'https://one.example/' },
      { kind: 'copy', url: 'https://two.example/' },
    ]);
  });

  it('content loaded again replaces the posts and keeps the List on the post it had selected', () => {
    const { state, run } = start(POSTS);
    const onTyping = run(state, 'j', 'j');
    expect(onTyping.list.hits[onTyping.list.selected]?.key).toBe('python-typing');
    const newer = makePost({ slug: 'newest', title: 'A Newer Post', date: '2026-01-01T00:00:00.000Z' });
    const reloaded = run(onTyping, { type: 'content/loaded', loaded: { blogName: 'Blog', posts: [newer, ...POSTS], warnings: [] } });
    expect(reloaded.posts).toHaveLength(POSTS.length + 1);
    expect(titles(reloaded)[0]).toBe('A Newer Post');
    expect(reloaded.list.hits[reloaded.list.selected]?.key).toBe('python-typing');
  });

  it('content loaded again without the open post keeps it readable until the reader leaves it', () => {
    const { state, run } = start(linked);
    const onB = run(state, 'j', 'enter', rendered(toB));
    const reloaded = run(onB, { type: 'content/loaded', loaded: { blogName: 'Blog', posts: [linked[0]!], warnings: [] } });
    expect(reloaded).toMatchObject({ screen: 'post', post: { key: 'b' } });
    expect(run(reloaded, 'escape')).toMatchObject({ screen: 'list', post: null });
    const kept = run(onB, { type: 'content/loaded', loaded: { blogName: 'Blog', posts: linked, warnings: [] } });
    expect(kept).toMatchObject({ screen: 'post', post: { key: 'b' } });
  });
});
