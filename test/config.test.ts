import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../src/data/config.js';
import { applyKeyOverrides, bindingName } from '../src/tui/keyOverrides.js';
import { footerHints, helpSections, installKeymap, KEYMAP, resolveKey } from '../src/tui/keymap.js';
import { initialState } from '../src/tui/state.js';
import { POSTS } from './tui-support/posts.js';

afterEach(() => installKeymap(KEYMAP));

describe('config.toml', () => {
  it('reads every key, each optional', () => {
    const text = 'dir = "~/blog"\ntheme = "light"\nmouse = false\nwatch = false\n\n[keys]\nstar-unstar = "x"\nnext-post = ["j", "ctrl+n"]\n';
    expect(parseConfig(text, 'c.toml')).toEqual({
      config: {
        dir: join(homedir(), 'blog'),
        theme: 'light',
        mouse: false,
        watch: false,
        keys: { 'star-unstar': ['x'], 'next-post': ['j', 'ctrl+n'] },
      },
      path: 'c.toml',
      problems: [],
    });
    expect(parseConfig('', 'c.toml')).toEqual({ config: { keys: {} }, path: 'c.toml', problems: [] });
  });

  it('warns about unknown keys and wrong types, one line each, and keeps the rest', () => {
    const { config, problems } = parseConfig('colour = "red"\ntheme = "blue"\nwatch = "no"\ndir = "/srv/blog"\n[keys]\nquit = 3\n', 'c.toml');
    expect(config).toEqual({ dir: '/srv/blog', keys: {} });
    expect(problems).toEqual([
      'unknown key "colour" ignored (known: dir, theme, mouse, watch, [keys])',
      'theme must be one of "dark", "light", "none"',
      'watch must be true or false',
      'keys.quit must be a key ("x") or a list of keys (["x", "ctrl+x"])',
    ]);
  });

  it('a file that is not TOML is named in one line, with its line number, and ignored', () => {
    expect(parseConfig('dir = "/a"\ntheme = [1\n', 'c.toml')).toEqual({
      config: { keys: {} },
      path: 'c.toml',
      problems: [expect.stringMatching(/^line \d: .+; file ignored$/)],
    });
  });

  it('is read from $XDG_CONFIG_HOME/blog-tui/config.toml; missing is fine', () => {
    const home = mkdtempSync(join(tmpdir(), 'blog-tui-config-'));
    try {
      expect(loadConfig({ XDG_CONFIG_HOME: home })).toEqual({ config: { keys: {} }, path: join(home, 'blog-tui', 'config.toml'), problems: [] });
      mkdirSync(join(home, 'blog-tui'));
      writeFileSync(join(home, 'blog-tui', 'config.toml'), 'watch = false\n');
      expect(loadConfig({ XDG_CONFIG_HOME: home }).config.watch).toBe(false);
      writeFileSync(join(home, 'blog-tui', 'config.toml'), '\u0000\u0001garbage = = =');
      expect(loadConfig({ XDG_CONFIG_HOME: home }).problems).toHaveLength(1);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('key overrides', () => {
  const state = initialState({ blogName: 'B', posts: POSTS, warnings: [], size: { columns: 100, rows: 30 } });

  it('names bindings by their help description', () => {
    expect(KEYMAP.filter((binding) => bindingName(binding) === 'star-unstar')).toHaveLength(1);
    expect(KEYMAP.some((binding) => bindingName(binding) === 'mark-read-unread')).toBe(true);
  });

  it('replaces the keys of a binding, and resolving, help and footers follow', () => {
    const { keymap, problems } = applyKeyOverrides(KEYMAP, { 'star-unstar': ['x'], search: ['f'] });
    expect(problems).toEqual([]);
    installKeymap(keymap);
    expect(resolveKey(state, 'x')).toEqual({ type: 'reading/toggleStar' });
    expect(resolveKey(state, 's')).toBeNull();
    expect(footerHints('list')).toContain('f search');
    const everywhere = helpSections().find((section) => section.title === 'Everywhere');
    expect(everywhere?.entries).toContainEqual({ keys: 'x', description: 'star/unstar' });
  });

  it('refuses, by name, an override that takes a key already used in the same mode', () => {
    const { keymap, problems } = applyKeyOverrides(KEYMAP, { 'star-unstar': ['j'], quit: ['x'], nothing: ['z'], search: ['ctrl+c'] });
    expect(problems).toEqual([
      'keys.star-unstar: "j" is already next-post (list); override refused',
      "keys.nothing: no such command (names are the help's descriptions with dashes, e.g. star-unstar)",
      'keys.search: "ctrl+c" is not a key name (one character, a named key like pagedown, or ctrl+x)',
    ]);
    installKeymap(keymap);
    expect(resolveKey(state, 's')).toEqual({ type: 'reading/toggleStar' });
    // q moved to x; Ctrl-C still quits everywhere.
    expect(resolveKey(state, 'x')).toEqual({ type: 'quit' });
    expect(resolveKey(state, 'ctrl+c')).toEqual({ type: 'quit' });
  });
});
