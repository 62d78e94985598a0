import { describe, expect, it } from 'vitest';
import type { RenderResult } from '../src/core/types.js';
import type { ReadingRecord } from '../src/data/readingRecords.js';
import type { Command } from '../src/tui/commands.js';
import { helpLines } from '../src/tui/help.js';
import { resolveKey } from '../src/tui/keymap.js';
import { initialState, type AppAction, type AppState } from '../src/tui/state.js';
import { makePost, POSTS } from './tui-support/posts.js';
import { runSteps } from './tui-support/reducerSteps.js';

/** 30 rows: a post body of 26 rows. */
function start(records: [string, ReadingRecord][] | null = [], posts = POSTS) {
  return initialState({ blogName: 'Blog', posts, warnings: [], size: { columns: 100, rows: 30 }, reading: records ? new Map(records) : undefined });
}

const run = runSteps;

/** A post of `count` lines with headings `one` at line 0 and `two` at line `second`. */
function longPost(count: number, second: number): RenderResult {
  return {
    lines: Array.from({ length: count }, (_, index) => `line ${index}`),
    links: [],
    headings: [
      { level: 2, text: 'One', id: 'one', line: 0 },
      { level: 2, text: 'Two', id: 'two', line: second },
    ],
  };
}

const rendered =
  (result: RenderResult) =>
  (state: AppState): AppAction => ({ type: 'post/rendered', key: state.post!.key, result, width: 100 });

const saves = (commands: Command[]) => commands.filter((command) => command.kind === 'saveReading');

describe('reading state in the reducer', () => {
  it('binds m and s on the List and the Post screen', () => {
    const state = start();
    expect(resolveKey(state, 'm')).toEqual({ type: 'reading/toggleRead' });
    expect(resolveKey(state, 's')).toEqual({ type: 'reading/toggleStar' });
    const open = run(state, 'enter', rendered(longPost(100, 50))).state;
    expect(resolveKey(open, 'm')).toEqual({ type: 'reading/toggleRead' });
    expect(resolveKey(open, 's')).toEqual({ type: 'reading/toggleStar' });
  });

  it('the help lists the query words is:unread and is:starred', () => {
    const texts = helpLines().map((line) => line.text);
    expect(texts).toContain('Search words');
    expect(texts).toContain('  is:unread              posts not read yet');
    expect(texts).toContain('  is:starred             starred posts (s)');
  });

  it('m and s toggle the selected post and save it at once', () => {
    const { state, commands } = run(start(), 'j', 's', 'm');
    expect(state.reading.records.get('rust-cli')).toEqual({ read: true, starred: true });
    expect(state.notice).toBe('marked read');
    expect(saves(commands)).toEqual([
      { kind: 'saveReading', records: [['rust-cli', { read: false, starred: true }]], now: true },
      { kind: 'saveReading', records: [['rust-cli', { read: true, starred: true }]], now: true },
    ]);
    // The notice lasts until the next key.
    expect(run(state, 'j').state.notice).toBeNull();
  });

  it('counts a long post as read once the screen passes its middle, not before', () => {
    const opened = run(start(), 'enter', rendered(longPost(100, 50))).state;
    expect(opened.reading.records.get('pipelines')?.read).toBe(false);
    const half = run(opened, 'space').state;
    expect(half.reading.records.get('pipelines')?.read).toBe(true);
    // m marks it unread again while reading it; going on reading does not undo that.
    const unread = run(half, 'm', 'j').state;
    expect(unread.reading.records.get('pipelines')?.read).toBe(false);
    expect(unread.post?.message).toBeNull();
  });

  it('counts a post that fits on the screen as read when it opens', () => {
    const { state } = run(start(), 'enter', rendered(longPost(20, 10)));
    expect(state.reading.records.get('pipelines')?.read).toBe(true);
  });

  it('saves the position after a quiet moment while scrolling, at once when leaving the post', () => {
    const { commands } = run(start(), 'enter', rendered(longPost(200, 50)), 'j', 'j', 'escape');
    const positions = saves(commands);
    expect(positions.at(-2)).toEqual({
      kind: 'saveReading',
      records: [['pipelines', { read: false, starred: false, position: { line: 2, heading: 'one', offset: 2 } }]],
      now: false,
    });
    expect(positions.at(-1)).toEqual({ kind: 'saveReading', records: [], now: true });
  });

  it('returns to the saved place by its heading when lines moved, with a notice; g still goes to the top', () => {
    const saved: ReadingRecord = { read: false, starred: false, position: { line: 55, heading: 'two', offset: 5 } };
    // The section "Two" now starts 10 lines lower.
    const { state } = run(start([['pipelines', saved]]), 'enter', rendered(longPost(200, 60)));
    expect(state.post?.scroll).toBe(65);
    expect(state.post?.message).toBe('back where you left off (line 66; g: top)');
    expect(run(state, 'g').state.post?.scroll).toBe(0);
  });

  it('returns to the saved line when its heading is gone', () => {
    const saved: ReadingRecord = { read: false, starred: false, position: { line: 42, heading: 'gone', offset: 2 } };
    expect(run(start([['pipelines', saved]]), 'enter', rendered(longPost(200, 60))).state.post?.scroll).toBe(42);
  });

  it('filters the List with is:unread and is:starred', () => {
    const state = start([
      ['rust-cli', { read: true, starred: true }],
      ['pipelines', { read: true, starred: false }],
    ]);
    const keys = (query: string) =>
      run(state, '/', ...[...query].map((char) => (char === ' ' ? 'space' : char))).state.list.hits.map((hit) => hit.key);
    expect(keys('is:unread')).toEqual(['python-typing', 'terminal-colours', 'undated']);
    expect(keys('is:starred')).toEqual(['rust-cli']);
    expect(keys('is:unread #python')).toEqual(['python-typing']);
  });

  it('with reading state off, marks nothing, saves nothing and says so on m', () => {
    const { state, commands } = run(start(null), 'm', 'enter', rendered(longPost(20, 10)), 'escape');
    expect(commands.filter((command) => command.kind === 'saveReading')).toEqual([]);
    expect(state.notice).toBeNull();
    expect(run(start(null), 'm').state.notice).toBe('reading state is off (--no-state)');
  });

  it('quitting from a post saves its place at once', () => {
    const { commands } = run(start(), 'enter', rendered(longPost(200, 50)), 'j', 'q');
    expect(saves(commands).at(-1)).toMatchObject({ now: true });
  });

  it('uses post keys, not titles: two posts with one title keep their own marks', () => {
    const twins = [makePost({ slug: 'a', title: 'Same' }), makePost({ slug: 'b', title: 'Same' })];
    const state = run(start([], twins), 's').state;
    expect([...state.reading.records.keys()]).toEqual(['a']);
  });
});
