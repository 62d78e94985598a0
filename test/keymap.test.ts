import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { footerHints, helpSections, KEYMAP, keyName, resolveKey, type Mode } from '../src/tui/keymap.js';
import { reducePost } from '../src/tui/post/postState.js';
import { initialState, type AppState } from '../src/tui/state.js';
import { POSTS } from './tui-support/posts.js';

const ALL_MODES: Mode[] = ['list', 'search', 'tags', 'help', 'warnings', 'links', 'post', 'postSearch'];

function inkKey(fields: Partial<Key> = {}): Key {
  const none = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false };
  const more = { return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false };
  return { ...none, ...more, super: false, hyper: false, capsLock: false, numLock: false, ...fields };
}

/** A state in the given mode, built through public state shapes only. */
function stateIn(mode: Mode): AppState {
  const base = initialState({ blogName: 'Blog', posts: POSTS, warnings: [], size: { columns: 100, rows: 30 } });
  const post = { post: POSTS[0]!, rendered: null, width: 100, viewportHeight: 27, scroll: 0, focusedLink: null, search: null, message: null };
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
  }
}

describe('keyName', () => {
  it('names arrows, paging, Enter, Esc, Tab and Shift-Tab', () => {
    expect(keyName('', inkKey({ downArrow: true }))).toBe('down');
    expect(keyName('', inkKey({ pageUp: true }))).toBe('pageup');
    expect(keyName('', inkKey({ home: true }))).toBe('home');
    expect(keyName('\r', inkKey({ return: true }))).toBe('enter');
    expect(keyName('', inkKey({ escape: true, meta: true }))).toBe('escape');
    expect(keyName('', inkKey({ tab: true }))).toBe('tab');
    expect(keyName('', inkKey({ tab: true, shift: true }))).toBe('shift+tab');
  });
  it('treats DEL (what terminals send for Backspace) and ^H as backspace', () => {
    expect(keyName('', inkKey({ delete: true }))).toBe('backspace');
    expect(keyName('', inkKey({ backspace: true }))).toBe('backspace');
  });
  it('names control keys, space and keeps printable input (case matters)', () => {
    expect(keyName('u', inkKey({ ctrl: true }))).toBe('ctrl+u');
    expect(keyName('c', inkKey({ ctrl: true }))).toBe('ctrl+c');
    expect(keyName(' ', inkKey())).toBe('space');
    expect(keyName('G', inkKey({ shift: true }))).toBe('G');
    expect(keyName('é', inkKey())).toBe('é');
  });
  it('ignores Alt/Meta combinations', () => {
    expect(keyName('x', inkKey({ meta: true }))).toBe('');
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
});
