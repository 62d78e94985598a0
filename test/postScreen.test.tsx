// PostScreen as a reader sees it: frames from ink-testing-library, replayed into a headless
// xterm so cell attributes (reverse video, bold) are checked the way a terminal shows them.
import xtermHeadless from '@xterm/headless';
import { useInput } from 'ink';
import { render } from 'ink-testing-library';
import { useReducer } from 'react';
import stripAnsi from 'strip-ansi';
import { describe, expect, it, vi } from 'vitest';
import { loadPosts } from '../src/core/content/loadPosts.js';
import { PostIndex } from '../src/core/content/postIndex.js';
import { renderPost } from '../src/core/render/renderPost.js';
import type { Post, RenderResult } from '../src/core/types.js';
import { bodyHeight } from '../src/tui/layout.js';
import { LinksOverlay } from '../src/tui/overlays/LinksOverlay.js';
import type { Mode } from '../src/tui/keymap.js';
import { openPostState, reducePost, type PostAction, type PostState } from '../src/tui/post/postState.js';
import { PostScreen } from '../src/tui/post/PostScreen.js';

const { Terminal } = xtermHeadless;

// Ink styles text through chalk, which emits nothing unless colour is on: the frames here are
// what a colour terminal receives. Hoisted so it runs before Ink (and chalk) are imported.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});
const COLUMNS = 100; // ink-testing-library's stdout is 100 columns wide
const ROWS = 30;

/** The few keys these tests need; the app shell's keymap does this for real. */
function actionFor(input: string, key: { tab: boolean; shift: boolean; escape: boolean; return: boolean }): PostAction | null {
  if (key.tab) return { type: key.shift ? 'post/prevLink' : 'post/nextLink' };
  if (key.return) return { type: 'post/searchSubmit' };
  if (input === 'j') return { type: 'post/scroll', by: 1 };
  if (input === 'n') return { type: 'post/nextMatch' };
  return null;
}

function KeyedPost({ post, rendered, search }: { post: Post; rendered: RenderResult; search?: string }) {
  const initial = [
    { type: 'post/rendered', result: rendered, width: COLUMNS } as const,
    ...(search ? [{ type: 'post/searchStart' } as const, { type: 'post/searchEdit', query: search } as const] : []),
  ].reduce(reducePost, openPostState(post, COLUMNS, bodyHeight({ columns: COLUMNS, rows: ROWS })));
  const [state, dispatch] = useReducer(reducePost, initial);
  useInput((input, key) => {
    const action = actionFor(input, key);
    if (action) dispatch(action);
  });
  return (
    <PostScreen
      post={post}
      state={state}
      color
      mode={state.search ? (state.search.editing ? 'postSearch' : 'postMatches') : 'post'}
      width={COLUMNS}
    />
  );
}

interface Screen {
  rows: string[];
  find(text: string): { row: number; col: number };
  inverse(row: number, col: number): boolean;
  bold(row: number, col: number): boolean;
  bgColor(row: number, col: number): number;
  /** Palette index, or -1 for the default colour. */
  fgColor(row: number, col: number): number;
}

async function screenOf(frame: string): Promise<Screen> {
  const terminal = new Terminal({ cols: COLUMNS, rows: ROWS, allowProposedApi: true });
  await new Promise<void>((resolve) => terminal.write(frame.replaceAll('\n', '\r\n'), resolve));
  const buffer = terminal.buffer.active;
  const rows = Array.from({ length: ROWS }, (_, row) => buffer.getLine(row)?.translateToString(true) ?? '');
  const cell = (row: number, col: number) => {
    const found = buffer.getLine(row)?.getCell(col);
    if (!found) throw new Error(`no cell at ${row},${col}`);
    return found;
  };
  return {
    rows,
    find(text) {
      const row = rows.findIndex((line) => line.includes(text));
      if (row === -1) throw new Error(`"${text}" not on screen:\n${rows.join('\n')}`);
      return { row, col: rows[row]!.indexOf(text) };
    },
    inverse: (row, col) => cell(row, col).isInverse() !== 0,
    bold: (row, col) => cell(row, col).isBold() !== 0,
    bgColor: (row, col) => cell(row, col).getBgColor(),
    fgColor: (row, col) => (cell(row, col).isFgDefault() ? -1 : cell(row, col).getFgColor()),
  };
}

/** Lets Ink subscribe to input, types, and lets it draw the next frame. */
async function typed(stdin: { write(data: string): void }, data: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 30));
  stdin.write(data);
  await new Promise((resolve) => setTimeout(resolve, 30));
}

function cellsOf(screen: Screen, text: string, check: (row: number, col: number) => boolean): boolean[] {
  const { row, col } = screen.find(text);
  return Array.from(text, (_, i) => check(row, col + i));
}

describe('PostScreen with the seed post', () => {
  const loaded = loadPosts('content');
  const seed = loaded.posts.find((candidate) => candidate.slug === 'building-scalable-ml-pipelines')!;
  const rendered = renderPost(seed, { width: COLUMNS, color: true, linkTargets: new PostIndex(loaded.posts) });

  it('shows the header, the first screen of the body and the position', async () => {
    const { lastFrame, unmount } = render(<KeyedPost post={seed} rendered={rendered} />);
    const screen = await screenOf(lastFrame()!);
    expect(screen.rows[0]).toMatch(/^Building Scalable Machine Learning Pipelines {2}2025-01-13 · \d+ min read · #machine-learning #mlops/);
    expect(screen.rows.slice(1, 28).join('\n')).toContain('In today');
    expect(screen.rows[28]).toMatch(/^ \d+% /);
    unmount();
  });

  it('Tab focuses MLOps Community in reverse video, shows its URL; Tab twice more reaches MLflow; Shift-Tab goes back', async () => {
    const { lastFrame, stdin, unmount } = render(<KeyedPost post={seed} rendered={rendered} />);
    await typed(stdin, '\t');
    let screen = await screenOf(lastFrame()!);
    expect(cellsOf(screen, 'MLOps Community', screen.inverse)).toEqual(Array(15).fill(true));
    expect(screen.rows[28]).toContain('https://mlops.community/');
    expect(cellsOf(screen, 'mlops.community', screen.bold)).toEqual(Array(15).fill(true));

    await typed(stdin, '\t');
    await typed(stdin, '\t');
    screen = await screenOf(lastFrame()!);
    expect(cellsOf(screen, 'MLflow', screen.inverse)).toEqual(Array(6).fill(true));
    expect(screen.rows[28]).toContain('https://mlflow.org/');
    expect(cellsOf(screen, 'MLOps Community', screen.inverse)).toEqual(Array(15).fill(false));
    expect(cellsOf(screen, 'Kubeflow', screen.inverse)).toEqual(Array(8).fill(false));

    await typed(stdin, '\u001b[Z');
    screen = await screenOf(lastFrame()!);
    expect(cellsOf(screen, 'Kubeflow', screen.inverse)).toEqual(Array(8).fill(true));
    expect(screen.rows[28]).toContain('https://www.kubeflow.org/');
    unmount();
  });

  it('highlights every search match, the current one distinctly, and counts them', async () => {
    const { lastFrame, stdin, unmount } = render(<KeyedPost post={seed} rendered={rendered} search="model" />);
    await typed(stdin, '\r');
    const screen = await screenOf(lastFrame()!);
    const footer = screen.rows[28]!;
    const [, current, total] = /match (\d+) of (\d+)/.exec(footer) ?? [];
    expect(Number(current)).toBe(1);
    expect(Number(total)).toBeGreaterThan(5);
    const highlighted = screen.rows.flatMap((line, row) => [...line.matchAll(/model/gi)].map((match) => screen.bgColor(row, match.index)));
    expect(highlighted.length).toBeGreaterThan(1);
    expect(highlighted.filter((color) => color === 6)).toHaveLength(1); // the current match: cyan
    expect(highlighted.filter((color) => color === 3).length).toBe(highlighted.length - 1); // the others: yellow
    await typed(stdin, 'n');
    expect(lastFrame()).toContain(`match 2 of ${total}`);
    unmount();
  });
});

describe('PostScreen body', () => {
  it('draws only the visible lines of a long post', () => {
    const post = { slug: 's', title: 'Long', date: null, tags: [], readingMinutes: 200 } as unknown as Post;
    const lines = Array.from({ length: 50_000 }, (_, i) => `row ${i}`);
    const state = reducePost(openPostState(post, 80, 5), { type: 'post/rendered', result: { lines, links: [], headings: [] }, width: 80 });
    const { lastFrame, rerender } = render(
      <PostScreen post={post} state={reducePost(state, { type: 'post/scrollToLine', line: 30_000 })} color={false} mode="post" width={80} />,
    );
    expect(stripAnsi(lastFrame()!).split('\n').slice(1, 7)).toEqual([
      'row 30000',
      'row 30001',
      'row 30002',
      'row 30003',
      'row 30004',
      ' 60%   Tab next link  Enter follow link  Esc back  L list links',
    ]);
    rerender(<PostScreen post={post} state={reducePost(state, { type: 'post/bottom' })} color={false} mode="post" width={80} />);
    expect(stripAnsi(lastFrame()!).split('\n')[6]).toMatch(/^ 100% /);
  });
});

describe('PostScreen footer', () => {
  const post = { slug: 's', title: 'Short', date: null, tags: [], readingMinutes: 1 } as unknown as Post;
  const lines = Array.from({ length: 10 }, (_, i) => `row ${i}`);
  const shown = reducePost(openPostState(post, 60, 5), { type: 'post/rendered', result: { lines, links: [], headings: [] }, width: 60 });
  const footerOf = (state: PostState, mode: Mode, width: number) => {
    const { lastFrame, unmount } = render(<PostScreen post={post} state={state} color={false} mode={mode} width={width} />);
    const rows = stripAnsi(lastFrame()!).split('\n');
    unmount();
    return rows[rows.length - 1];
  };

  it('shows the keys of its mode from the keymap, whole hints only, as many as fit', () => {
    const typing = reducePost(reducePost(shown, { type: 'post/searchStart' }), { type: 'post/searchEdit', query: 'row' });
    expect(footerOf(typing, 'postSearch', 100)).toBe(' 50%   match 1 of 10  /row   Ctrl-U clear the query  Enter find  Esc cancel search');
    const found = reducePost(typing, { type: 'post/searchSubmit' });
    expect(footerOf(found, 'postMatches', 60)).toBe(' 50%   match 1 of 10  Tab next link  Enter follow link');
    expect(footerOf(found, 'postMatches', 100)).toContain('Esc clear search');
    expect(footerOf(shown, 'post', 40)).toBe(' 50%   Tab next link  Enter follow link');
  });
});

describe('LinksOverlay', () => {
  const links: RenderResult['links'] = Array.from({ length: 12 }, (_, i) => ({
    index: i,
    text: `Link \u001b[31m${i + 1}`,
    url: `https://example.com/${i + 1}`,
    kind: i === 11 ? 'refused' : 'external',
    spans: [],
  }));
  it('numbers every link with its text (escapes removed), URL and kind, the cursor row in reverse video', async () => {
    const { lastFrame } = render(<LinksOverlay links={links} cursor={9} offset={5} height={5} width={80} typed="1" color />);
    const screen = await screenOf(lastFrame()!);
    expect(screen.rows.slice(0, 7)).toEqual([
      'Links (12)',
      ' 6. Link [31m6  https://example.com/6  [web]',
      ' 7. Link [31m7  https://example.com/7  [web]',
      ' 8. Link [31m8  https://example.com/8  [web]',
      ' 9. Link [31m9  https://example.com/9  [web]',
      '10. Link [31m10  https://example.com/10  [web]',
      '#1  Enter apply / follow  Esc/q close',
    ]);
    expect(screen.inverse(5, 0)).toBe(true);
    expect(screen.fgColor(1, 9)).toBe(-1); // "[31m" is shown as text, not obeyed
    expect(screen.inverse(4, 0)).toBe(false);
  });
});
