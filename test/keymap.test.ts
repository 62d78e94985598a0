import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { footerHints, helpSections, KEYMAP, keyNames, MODES, resolveKey, splitKey, type Mode } from '../src/tui/keymap.js';
import { openPostState, reducePost } from '../src/tui/post/postState.js';
import { reduceApp } from '../src/tui/reducer.js';
import { initialState, type AppAction, type AppState } from '../src/tui/state.js';
import { POSTS } from './tui-support/posts.js';

const ALL_MODES = MODES;

function inkKey(fields: Partial<Key> = {}): Key {
  const none = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false };
  const more = { return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false };
  return { ...none, ...more, super: false, hyper: false, capsLock: false, numLock: false, ...fields };
}

/** A state in the given mode, built through public state shapes only. */
function stateIn(mode: Mode): AppState {
  const base = initialState({ blogName: 'Blog', posts: POSTS, warnings: [], size: { columns: 100, rows: 30 } });
  const post = reducePost(openPostState(POSTS[0]!, 100, 27), {
    type: 'post/rendered',
    result: { lines: ['a line'], links: [], headings: [] },
    width: 100,
  });
  switch (mode) {
    case 'list':
      return base;
    case 'search':
      return { ...base, list: { ...base.list, editing: true } };
    case 'tags':
      return { ...base, overlay: { kind: 'tags', choices: [], cursor: 0, offset: 0, picked: [] } };
    case 'help':
    case 'warnings':
      return { ...base, overlay: { kind: mode, scroll: 0 } };
    case 'links':
      return { ...base, screen: 'post', post, overlay: { kind: 'links', cursor: 0, offset: 0, typed: '' } };
    case 'post':
      return { ...base, screen: 'post', post };
    case 'postSearch':
      return { ...base, screen: 'post', post: reducePost(post, { type: 'post/searchStart' }) };
    case 'outline':
      return { ...base, screen: 'post', post, overlay: { kind: 'outline', query: '', cursor: 0, offset: 0 } };
    case 'postMatches': {
      const typed = reducePost(reducePost(post, { type: 'post/searchStart' }), { type: 'post/searchEdit', query: 'line' });
      return { ...base, screen: 'post', post: reducePost(typed, { type: 'post/searchSubmit' }) };
    }
  }
}

describe('keyNames', () => {
  it('names arrows, paging, Enter, Esc, Tab and Shift-Tab', () => {
    expect(keyNames('', inkKey({ downArrow: true }))).toEqual(['down']);
    expect(keyNames('', inkKey({ pageUp: true }))).toEqual(['pageup']);
    expect(keyNames('', inkKey({ home: true }))).toEqual(['home']);
    expect(keyNames('\r', inkKey({ return: true }))).toEqual(['enter']);
    expect(keyNames('', inkKey({ escape: true, meta: true }))).toEqual(['escape']);
    expect(keyNames('', inkKey({ tab: true }))).toEqual(['tab']);
    expect(keyNames('', inkKey({ tab: true, shift: true }))).toEqual(['shift+tab']);
  });
  it('treats DEL (what terminals send for Backspace) and ^H as backspace', () => {
    expect(keyNames('', inkKey({ delete: true }))).toEqual(['backspace']);
    expect(keyNames('', inkKey({ backspace: true }))).toEqual(['backspace']);
  });
  it('names control keys, space and keeps printable input (case matters)', () => {
    expect(keyNames('u', inkKey({ ctrl: true }))).toEqual(['ctrl+u']);
    expect(keyNames('c', inkKey({ ctrl: true }))).toEqual(['ctrl+c']);
    expect(keyNames(' ', inkKey())).toEqual(['space']);
    expect(keyNames('G', inkKey({ shift: true }))).toEqual(['G']);
    expect(keyNames('é', inkKey())).toEqual(['é']);
  });
  it('splits keys read together (typed while the reader was busy): controls apart, text kept whole', () => {
    // Ink reports "\r/" (Enter then /) as one unnamed input.
    expect(keyNames('\r/', inkKey())).toEqual(['enter', '/']);
    expect(keyNames('/mlflow\r', inkKey())).toEqual(['/mlflow', 'enter']);
    expect(keyNames('\t\t\u007f \u0015', inkKey())).toEqual(['tab', 'tab', 'backspace', 'space', 'ctrl+u']);
  });
  it('names Alt/Meta chords (Ink reads Esc and the next key together as one)', () => {
    expect(keyNames('q', inkKey({ meta: true }))).toEqual(['meta+q']);
    expect(keyNames('', inkKey({ meta: true, upArrow: true }))).toEqual(['meta+up']);
  });
});

describe('meta chords and keys typed together', () => {
  it('a meta chord with no meta binding stands for Esc then the key; text outside a prompt for its characters', () => {
    expect(KEYMAP.some((binding) => binding.keys.some((key) => key.startsWith('meta+')))).toBe(false);
    expect(resolveKey(stateIn('list'), 'meta+j')).toBeNull();
    expect(splitKey('meta+j')).toEqual(['escape', 'j']);
    expect(splitKey('meta+ctrl+u')).toEqual(['escape', 'ctrl+u']);
    expect(splitKey('/ml')).toEqual(['/', 'ml']);
    expect(splitKey('日本')).toEqual(['日', '本']);
    expect(splitKey('pagedown')).toEqual([]);
    expect(splitKey('space')).toEqual([]);
  });

  it('Esc read together with j clears the List search, then moves down (as two keys would)', () => {
    const reduce = (state: AppState, action: AppAction) => reduceApp(state, action).state;
    const searching = ['/', 'p', 'y'].reduce((state, name) => reduce(state, { type: 'key', name }), stateIn('list'));
    expect(searching.list.hits.length).toBeLessThan(POSTS.length);
    const after = reduce(searching, { type: 'key', name: 'meta+j' });
    const cleared = reduce(searching, { type: 'key', name: 'escape' });
    expect(after.list).toMatchObject({ query: '', editing: false, selected: cleared.list.selected + 1 });
    expect(after.list.hits).toHaveLength(POSTS.length);
  });

  it('on the Post screen, Esc+/ read together clear the matches and start a new search', () => {
    const after = reduceApp(stateIn('postMatches'), { type: 'key', name: 'meta+/' }).state;
    expect(after.screen).toBe('post');
    expect(after.post?.search).toMatchObject({ query: '', editing: true });
  });
});

describe('resolveKey', () => {
  const cases: { mode: Mode; key: string; action: unknown }[] = [
    { mode: 'list', key: 'j', action: { type: 'list/move', by: 1 } },
    { mode: 'list', key: 'down', action: { type: 'list/move', by: 1 } },
    { mode: 'list', key: 'k', action: { type: 'list/move', by: -1 } },
    { mode: 'list', key: 'G', action: { type: 'list/bottom' } },
    { mode: 'list', key: 'end', action: { type: 'list/bottom' } },
    { mode: 'list', key: 'g', action: { type: 'list/top' } },
    { mode: 'list', key: 'pagedown', action: { type: 'list/page', direction: 1 } },
    { mode: 'list', key: '/', action: { type: 'search/start' } },
    { mode: 'list', key: 't', action: { type: 'overlay/open', overlay: 'tags' } },
    { mode: 'list', key: 'T', action: { type: 'tags/clear' } },
    { mode: 'list', key: 'q', action: { type: 'quit' } },
    { mode: 'list', key: '?', action: { type: 'overlay/open', overlay: 'help' } },
    { mode: 'list', key: '!', action: { type: 'overlay/open', overlay: 'warnings' } },
    { mode: 'search', key: 'down', action: { type: 'list/move', by: 1 } },
    { mode: 'search', key: 'enter', action: { type: 'list/open' } },
    { mode: 'search', key: 'escape', action: { type: 'search/clear' } },
    { mode: 'search', key: 'ctrl+u', action: { type: 'edit', edit: { kind: 'clear' } } },
    { mode: 'search', key: 'ctrl+w', action: { type: 'edit', edit: { kind: 'deleteWord' } } },
    { mode: 'search', key: 'backspace', action: { type: 'edit', edit: { kind: 'deleteChar' } } },
    { mode: 'tags', key: 'space', action: { type: 'tags/toggle' } },
    { mode: 'tags', key: 'enter', action: { type: 'overlay/choose' } },
    { mode: 'tags', key: 'escape', action: { type: 'overlay/close' } },
    { mode: 'help', key: 'q', action: { type: 'overlay/close' } },
    { mode: 'links', key: '7', action: { type: 'links/digit', digit: '7' } },
    { mode: 'post', key: 'space', action: { type: 'post/page', direction: 1 } },
    { mode: 'post', key: 'b', action: { type: 'post/page', direction: -1 } },
    { mode: 'post', key: 'shift+tab', action: { type: 'post/prevLink' } },
    { mode: 'post', key: 'enter', action: { type: 'link/follow' } },
    { mode: 'post', key: 'h', action: { type: 'back' } },
    { mode: 'post', key: 'left', action: { type: 'back' } },
    { mode: 'post', key: 'escape', action: { type: 'back' } },
    { mode: 'post', key: 'backspace', action: { type: 'back' } },
    { mode: 'post', key: 'L', action: { type: 'overlay/open', overlay: 'links' } },
    { mode: 'post', key: 'N', action: { type: 'post/prevMatch' } },
    { mode: 'postSearch', key: 'enter', action: { type: 'post/searchSubmit' } },
    { mode: 'post', key: 'l', action: { type: 'forward' } },
    { mode: 'post', key: 'right', action: { type: 'forward' } },
    { mode: 'postMatches', key: 'escape', action: { type: 'post/searchClear' } },
    { mode: 'postMatches', key: 'h', action: { type: 'back' } },
    { mode: 'postMatches', key: 'n', action: { type: 'post/nextMatch' } },
    { mode: 'postMatches', key: 'q', action: { type: 'quit' } },
  ];
  it.each(cases)('$mode: $key', ({ mode, key, action }) => {
    expect(resolveKey(stateIn(mode), key)).toEqual(action);
  });

  it('Ctrl-C quits in every mode, also while typing', () => {
    for (const mode of ALL_MODES) expect(resolveKey(stateIn(mode), 'ctrl+c'), mode).toEqual({ type: 'quit' });
  });

  it('while typing, printable keys (q, j, ?, /, #, space, pastes) are text, not commands', () => {
    for (const mode of ['search', 'postSearch'] as const) {
      for (const key of ['q', 'j', 'G', '?', '!', '/', '#', 't', 'é', '日本']) {
        expect(resolveKey(stateIn(mode), key), `${mode} ${key}`).toEqual({ type: 'edit', edit: { kind: 'insert', text: key } });
      }
      expect(resolveKey(stateIn(mode), 'space')).toEqual({ type: 'edit', edit: { kind: 'insert', text: ' ' } });
    }
  });

  it('keys that must not match: q does not quit from an overlay, j does nothing in search, unknown keys are ignored', () => {
    expect(resolveKey(stateIn('tags'), 'q')).toEqual({ type: 'overlay/close' });
    expect(resolveKey(stateIn('search'), 'j')).not.toEqual({ type: 'list/move', by: 1 });
    expect(resolveKey(stateIn('list'), 'x')).toBeNull();
    expect(resolveKey(stateIn('list'), 'ctrl+z')).toBeNull();
    expect(resolveKey(stateIn('list'), 'tab')).toBeNull();
    expect(resolveKey(stateIn('post'), 'space')).not.toEqual({ type: 'list/page', direction: 1 });
    expect(resolveKey(stateIn('search'), 'left')).toBeNull();
  });
});

describe('KEYMAP', () => {
  it('never gives one key two actions in the same mode', () => {
    for (const mode of ALL_MODES) {
      const seen = new Map<string, string>();
      for (const binding of KEYMAP.filter((entry) => entry.modes.includes(mode))) {
        for (const key of binding.keys) {
          expect(seen.get(key), `${mode}: "${key}" is bound to "${seen.get(key)}" and "${binding.description}"`).toBeUndefined();
          seen.set(key, binding.description);
        }
      }
    }
  });

  it('the help lists every binding under a section', () => {
    const sections = helpSections();
    const described = new Set(sections.flatMap((section) => section.entries.map((entry) => entry.description)));
    for (const binding of KEYMAP) expect(described).toContain(binding.description);
    expect(sections.map((section) => section.title)).toEqual(
      expect.arrayContaining(['Everywhere', 'List', 'Search (typing)', 'Post', 'Overlays', 'Tag picker']),
    );
    const everywhere = sections.find((section) => section.title === 'Everywhere');
    expect(everywhere?.entries).toContainEqual({ keys: 'q Ctrl-C', description: 'quit' });
  });

  it('footer hints are only those of the current mode', () => {
    expect(footerHints('list')).toEqual(['Enter open post', '/ search', 't filter by tags', 'q quit', '? help']);
    expect(footerHints('search')).toContain('Esc clear search');
    expect(footerHints('search')).not.toContain('q quit');
  });

  it('on the Post screen, Esc is back, or clear search while matches are shown; help says both', () => {
    expect(footerHints('post')).toEqual([
      'Tab next link',
      'Enter follow link',
      'Esc back',
      'L list links',
      '/ search in post',
      'o outline',
      'q quit',
      '? help',
    ]);
    expect(footerHints('postMatches')).toEqual([
      'Tab next link',
      'Enter follow link',
      'Esc clear search',
      'L list links',
      '/ search in post',
      'o outline',
      'q quit',
      '? help',
    ]);
    expect(footerHints('postSearch')).toEqual(['Ctrl-U clear the query', 'Enter find', 'Esc cancel search']);
    const sections = helpSections();
    expect(sections.find((section) => section.title === 'Post')?.entries).toEqual(
      expect.arrayContaining([
        { keys: 'Esc Backspace h ←', description: 'back' },
        { keys: 'l →', description: 'forward' },
      ]),
    );
    expect(sections.find((section) => section.title === 'Post, search matches shown')?.entries).toEqual([
      { keys: 'Esc', description: 'clear search' },
    ]);
  });
});
