// THE keymap: every key the reader understands, where it applies and what it does. The input
// handler resolves keys only through `resolveKey`, and the help overlay is generated from
// KEYMAP, so the two can never disagree.
import type { Key } from 'ink';
import type { AppAction, AppState } from './state.js';

/**
 * Where a key is being pressed: a screen, an overlay, or a prompt that is being typed in.
 * `postMatches`: the Post screen while a search's matches are highlighted (Esc clears them).
 */
export const MODES = ['list', 'search', 'tags', 'help', 'warnings', 'links', 'post', 'postMatches', 'postSearch', 'outline'] as const;
export type Mode = (typeof MODES)[number];

/** Modes where printable keys are text, not commands. */
const TYPING_MODES: readonly Mode[] = ['search', 'postSearch'];
/** Overlays whose printable keys are typed into a filter (their edit keys are bound with them, so their own hints come first). */
const FILTERING_MODES: readonly Mode[] = ['outline'];

export interface KeyBinding {
  /** Canonical key names (see keyNames): 'j', 'G', 'down', 'pagedown', 'enter', 'ctrl+u', 'shift+tab'. */
  keys: readonly string[];
  action: AppAction;
  description: string;
  modes: readonly Mode[];
  /** Shown in the footer's key hints where it applies. */
  hint?: true;
}

const OVERLAYS: Mode[] = ['tags', 'help', 'warnings', 'links'];
/** Columns `<` and `>` scroll cut code lines by. */
const CODE_SCROLL_STEP = 8;
/** The Post screen, whether or not search matches are shown. */
const POST: Mode[] = ['post', 'postMatches'];

export const KEYMAP: readonly KeyBinding[] = [
  // Everywhere
  { keys: ['q'], action: { type: 'quit' }, description: 'quit', modes: ['list', ...POST], hint: true },
  { keys: ['ctrl+c'], action: { type: 'quit' }, description: 'quit', modes: MODES },
  { keys: ['?'], action: { type: 'overlay/open', overlay: 'help' }, description: 'help', modes: ['list', ...POST], hint: true },
  { keys: ['!'], action: { type: 'overlay/open', overlay: 'warnings' }, description: 'warnings', modes: ['list', ...POST] },

  // List
  { keys: ['j', 'down'], action: { type: 'list/move', by: 1 }, description: 'next post', modes: ['list'] },
  { keys: ['k', 'up'], action: { type: 'list/move', by: -1 }, description: 'previous post', modes: ['list'] },
  { keys: ['pagedown', 'space'], action: { type: 'list/page', direction: 1 }, description: 'page down', modes: ['list'] },
  { keys: ['pageup', 'b'], action: { type: 'list/page', direction: -1 }, description: 'page up', modes: ['list'] },
  { keys: ['g', 'home'], action: { type: 'list/top' }, description: 'first post', modes: ['list'] },
  { keys: ['G', 'end'], action: { type: 'list/bottom' }, description: 'last post', modes: ['list'] },
  { keys: ['enter'], action: { type: 'list/open' }, description: 'open post', modes: ['list', 'search'], hint: true },
  { keys: ['/'], action: { type: 'search/start' }, description: 'search', modes: ['list'], hint: true },
  { keys: ['escape'], action: { type: 'search/clear' }, description: 'clear search', modes: ['list'] },
  { keys: ['t'], action: { type: 'overlay/open', overlay: 'tags' }, description: 'filter by tags', modes: ['list'], hint: true },
  { keys: ['T'], action: { type: 'tags/clear' }, description: 'clear tag filters', modes: ['list'] },
  { keys: ['S'], action: { type: 'list/sort' }, description: 'sort by weight, date, title or path', modes: ['list'] },

  // Search prompts (List and Post): printable keys are typed
  { keys: ['escape'], action: { type: 'search/clear' }, description: 'clear search', modes: ['search'], hint: true },
  { keys: ['down'], action: { type: 'list/move', by: 1 }, description: 'next result', modes: ['search'] },
  { keys: ['up'], action: { type: 'list/move', by: -1 }, description: 'previous result', modes: ['search'] },
  { keys: ['backspace'], action: { type: 'edit', edit: { kind: 'deleteChar' } }, description: 'delete a character', modes: TYPING_MODES },
  { keys: ['ctrl+w'], action: { type: 'edit', edit: { kind: 'deleteWord' } }, description: 'delete a word', modes: TYPING_MODES },
  { keys: ['ctrl+u'], action: { type: 'edit', edit: { kind: 'clear' } }, description: 'clear the query', modes: TYPING_MODES, hint: true },

  // Post
  { keys: ['j', 'down'], action: { type: 'post/scroll', by: 1 }, description: 'scroll down', modes: POST },
  { keys: ['k', 'up'], action: { type: 'post/scroll', by: -1 }, description: 'scroll up', modes: POST },
  { keys: ['space', 'pagedown'], action: { type: 'post/page', direction: 1 }, description: 'page down', modes: POST },
  { keys: ['b', 'pageup'], action: { type: 'post/page', direction: -1 }, description: 'page up', modes: POST },
  { keys: ['g', 'home'], action: { type: 'post/top' }, description: 'top', modes: POST },
  { keys: ['G', 'end'], action: { type: 'post/bottom' }, description: 'bottom', modes: POST },
  { keys: ['tab'], action: { type: 'post/nextLink' }, description: 'next link', modes: POST, hint: true },
  { keys: ['shift+tab'], action: { type: 'post/prevLink' }, description: 'previous link', modes: POST },
  { keys: ['enter'], action: { type: 'link/follow' }, description: 'follow link', modes: POST, hint: true },
  // Esc first clears the highlighted matches, as in less; with none shown it goes back.
  { keys: ['escape'], action: { type: 'post/searchClear' }, description: 'clear search', modes: ['postMatches'], hint: true },
  { keys: ['escape'], action: { type: 'back' }, description: 'back', modes: ['post'], hint: true },
  { keys: ['backspace', 'h', 'left'], action: { type: 'back' }, description: 'back', modes: POST },
  // l / → mirror h / ←, like a browser's Alt-→ after going back.
  { keys: ['l', 'right'], action: { type: 'forward' }, description: 'forward', modes: POST },
  { keys: ['L'], action: { type: 'overlay/open', overlay: 'links' }, description: 'list links', modes: POST, hint: true },
  { keys: ['y'], action: { type: 'link/copy' }, description: 'copy link URL', modes: POST },
  { keys: ['M'], action: { type: 'layout/toggleMath' }, description: 'math: Unicode / as written', modes: POST },
  { keys: ['w'], action: { type: 'layout/toggleCodeWrap' }, description: 'code lines: wrap / cut', modes: POST },
  { keys: ['<'], action: { type: 'layout/scrollCode', by: -CODE_SCROLL_STEP }, description: 'scroll cut code left', modes: POST },
  { keys: ['>'], action: { type: 'layout/scrollCode', by: CODE_SCROLL_STEP }, description: 'scroll cut code right', modes: POST },
  { keys: ['/'], action: { type: 'post/searchStart' }, description: 'search in post', modes: POST, hint: true },
  { keys: ['n'], action: { type: 'post/nextMatch' }, description: 'next match', modes: POST },
  { keys: ['N'], action: { type: 'post/prevMatch' }, description: 'previous match', modes: POST },
  { keys: ['enter'], action: { type: 'post/searchSubmit' }, description: 'find', modes: ['postSearch'], hint: true },
  { keys: ['escape'], action: { type: 'post/searchClear' }, description: 'cancel search', modes: ['postSearch'], hint: true },

  // Overlays
  { keys: ['j', 'down'], action: { type: 'overlay/move', by: 1 }, description: 'down', modes: OVERLAYS },
  { keys: ['k', 'up'], action: { type: 'overlay/move', by: -1 }, description: 'up', modes: OVERLAYS },
  { keys: ['pagedown'], action: { type: 'overlay/page', direction: 1 }, description: 'page down', modes: OVERLAYS },
  { keys: ['pageup'], action: { type: 'overlay/page', direction: -1 }, description: 'page up', modes: OVERLAYS },
  ...[...'1234567890'].map((digit): KeyBinding => ({
    keys: [digit],
    action: { type: 'links/digit', digit },
    description: 'select link by number',
    modes: ['links'],
  })),
  { keys: ['space'], action: { type: 'tags/toggle' }, description: 'toggle tag', modes: ['tags'], hint: true },
  { keys: ['enter'], action: { type: 'overlay/choose' }, description: 'apply / follow', modes: ['tags', 'links'], hint: true },
  { keys: ['escape', 'q'], action: { type: 'overlay/close' }, description: 'close', modes: OVERLAYS, hint: true },
  { keys: ['?'], action: { type: 'overlay/close' }, description: 'close help', modes: ['help'] },
  { keys: ['!'], action: { type: 'overlay/close' }, description: 'close warnings', modes: ['warnings'] },

  // Reading state (List and Post)
  { keys: ['m'], action: { type: 'reading/toggleRead' }, description: 'mark read/unread', modes: ['list', ...POST] },
  { keys: ['s'], action: { type: 'reading/toggleStar' }, description: 'star/unstar', modes: ['list', ...POST] },
  // Reader navigation: the outline, keys from less and vim, editing the post's file
  { keys: ['o'], action: { type: 'overlay/open', overlay: 'outline' }, description: 'outline', modes: POST, hint: true },
  { keys: [']'], action: { type: 'post/heading', direction: 1 }, description: 'next heading', modes: POST },
  { keys: ['['], action: { type: 'post/heading', direction: -1 }, description: 'previous heading', modes: POST },
  { keys: ['d', 'ctrl+d'], action: { type: 'post/halfPage', direction: 1 }, description: 'half page down', modes: POST },
  { keys: ['u', 'ctrl+u'], action: { type: 'post/halfPage', direction: -1 }, description: 'half page up', modes: POST },
  { keys: ['ctrl+f'], action: { type: 'post/page', direction: 1 }, description: 'page down', modes: POST },
  { keys: ['ctrl+b'], action: { type: 'post/page', direction: -1 }, description: 'page up', modes: POST },
  { keys: ['d', 'ctrl+d'], action: { type: 'list/halfPage', direction: 1 }, description: 'half page down', modes: ['list'] },
  { keys: ['u', 'ctrl+u'], action: { type: 'list/halfPage', direction: -1 }, description: 'half page up', modes: ['list'] },
  { keys: ['ctrl+f'], action: { type: 'list/page', direction: 1 }, description: 'page down', modes: ['list'] },
  { keys: ['ctrl+b'], action: { type: 'list/page', direction: -1 }, description: 'page up', modes: ['list'] },
  { keys: ['e'], action: { type: 'post/edit' }, description: "edit the post's file", modes: ['list', ...POST] },
  // The post's public URL on its site (base URL from the site config)
  { keys: ['Y'], action: { type: 'permalink/copy' }, description: 'copy permalink', modes: ['list', ...POST] },
  { keys: ['O'], action: { type: 'permalink/open' }, description: 'open permalink', modes: ['list', ...POST] },
  { keys: ['down'], action: { type: 'overlay/move', by: 1 }, description: 'next heading', modes: ['outline'] },
  { keys: ['up'], action: { type: 'overlay/move', by: -1 }, description: 'previous heading', modes: ['outline'] },
  { keys: ['pagedown'], action: { type: 'overlay/page', direction: 1 }, description: 'page down', modes: ['outline'] },
  { keys: ['pageup'], action: { type: 'overlay/page', direction: -1 }, description: 'page up', modes: ['outline'] },
  { keys: ['enter'], action: { type: 'overlay/choose' }, description: 'go to heading', modes: ['outline'], hint: true },
  { keys: ['escape'], action: { type: 'overlay/close' }, description: 'close', modes: ['outline'], hint: true },
  { keys: ['backspace'], action: { type: 'edit', edit: { kind: 'deleteChar' } }, description: 'delete a character', modes: ['outline'] },
  { keys: ['ctrl+w'], action: { type: 'edit', edit: { kind: 'deleteWord' } }, description: 'delete a word', modes: ['outline'] },
  { keys: ['ctrl+u'], action: { type: 'edit', edit: { kind: 'clear' } }, description: 'clear the filter', modes: ['outline'] },
];

/**
 * The keymap in use: KEYMAP with the user's overrides (config.toml `[keys]`), installed once at
 * start, before the first frame, like the terminal's size. Everything below reads this one.
 */
let activeKeymap: readonly KeyBinding[] = KEYMAP;

export function installKeymap(keymap: readonly KeyBinding[]): void {
  activeKeymap = keymap;
}

export function installedKeymap(): readonly KeyBinding[] {
  return activeKeymap;
}

export function currentMode(state: AppState): Mode {
  if (state.overlay) return state.overlay.kind;
  if (state.screen === 'post') {
    const search = state.post?.search;
    return search ? (search.editing ? 'postSearch' : 'postMatches') : 'post';
  }
  return state.list.editing ? 'search' : 'list';
}

/**
 * What Ink read from the terminal, as canonical key names in order. Usually one key; but keys
 * typed while the reader was busy arrive in one read ("\r/" for Enter then `/`), which Ink
 * reports as a single string: control characters in it are split off as the keys they are,
 * and runs of text stay whole (a paste). Esc read together with the next key arrives as a meta
 * chord: it is named `meta+<key>` (see splitKey).
 */
export function keyNames(input: string, key: Key): string[] {
  const name = keyName(input, key);
  if (name === '') return [];
  // Ink flags Esc itself as meta too.
  if (key.meta && !key.escape) return [`meta+${name}`];
  return name.length > 1 && CONTROL_CHARACTER.test(name) ? splitOffControls(name) : [name];
}

/** Ink's report of one key as one canonical name ('' for keys the reader ignores). */
function keyName(input: string, key: Key): string {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'enter';
  if (key.escape) return 'escape';
  if (key.tab) return key.shift ? 'shift+tab' : 'tab';
  // Terminals send DEL (0x7f) for Backspace, which Ink reports as `delete`.
  if (key.backspace || key.delete) return 'backspace';
  if (key.ctrl) return input.length === 1 ? `ctrl+${input.toLowerCase()}` : '';
  if (input === ' ') return 'space';
  return input;
}

const CONTROL_CHARACTER = /[\u0000-\u001F\u007F]/;

function splitOffControls(text: string): string[] {
  return text
    .split(/([\u0000-\u001F\u007F])/)
    .filter((part) => part !== '')
    .map((part) => (CONTROL_CHARACTER.test(part) ? controlKeyName(part) : part === ' ' ? 'space' : part))
    .filter((name) => name !== '');
}

function controlKeyName(control: string): string {
  if (control === '\r' || control === '\n') return 'enter';
  if (control === '\t') return 'tab';
  if (control === '\u007F' || control === '\b') return 'backspace';
  const code = control.charCodeAt(0);
  // ^A..^Z; others (NUL, a stray ESC, ^\ …) are ignored, as keyName ignores them.
  return code >= 1 && code <= 26 ? `ctrl+${String.fromCharCode(code + 96)}` : '';
}

/** What a key does in the current state: a bound action, typed text in a prompt, or nothing. */
export function resolveKey(state: AppState, name: string): AppAction | null {
  const mode = currentMode(state);
  const binding = activeKeymap.find((entry) => entry.modes.includes(mode) && entry.keys.includes(name));
  if (binding) return binding.action;
  if ((TYPING_MODES.includes(mode) || FILTERING_MODES.includes(mode)) && isPrintable(name)) {
    return { type: 'edit', edit: { kind: 'insert', text: name === 'space' ? ' ' : name } };
  }
  return null;
}

/**
 * The keys an unbound name stands for. A meta chord with no meta binding is Esc then the key,
 * as less and vim read it; text outside a prompt is its first character then the rest, so
 * `/mlflow` typed ahead starts a search and types `mlflow` into it.
 */
export function splitKey(name: string): string[] {
  if (name.startsWith('meta+')) return ['escape', name.slice('meta+'.length)];
  if (!isText(name)) return [];
  const first = String.fromCodePoint(name.codePointAt(0)!);
  return first.length < name.length ? [first, name.slice(first.length)] : [];
}

/** Ctrl-C: a key that quits whatever the mode, so it never has to wait for anything. */
export function alwaysQuits(name: string): boolean {
  return MODES.every((mode) =>
    activeKeymap.some((binding) => binding.modes.includes(mode) && binding.keys.includes(name) && binding.action.type === 'quit'),
  );
}

/** Text (one key or a paste), as opposed to a named key like 'down' or 'ctrl+u'. */
function isPrintable(name: string): boolean {
  return name === 'space' || isText(name);
}

function isText(name: string): boolean {
  return name !== '' && name !== 'space' && !NAMED_KEYS.has(name) && !name.startsWith('ctrl+') && !name.startsWith('meta+');
}

const NAMED_KEYS = new Set(['up', 'down', 'left', 'right', 'pageup', 'pagedown', 'home', 'end', 'enter', 'escape', 'tab', 'shift+tab', 'backspace']);

/** How a key is written in the help overlay and footer hints. */
function keyLabel(name: string): string {
  return KEY_LABELS[name] ?? name;
}

const KEY_LABELS: Record<string, string> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  escape: 'Esc',
  tab: 'Tab',
  'shift+tab': 'Shift-Tab',
  backspace: 'Backspace',
  space: 'Space',
  'ctrl+b': 'Ctrl-B',
  'ctrl+c': 'Ctrl-C',
  'ctrl+d': 'Ctrl-D',
  'ctrl+f': 'Ctrl-F',
  'ctrl+u': 'Ctrl-U',
  'ctrl+w': 'Ctrl-W',
};

export interface HelpSection {
  title: string;
  entries: { keys: string; description: string }[];
}

const SECTION_TITLES: Record<Mode, string> = {
  list: 'List',
  search: 'Search (typing)',
  tags: 'Tag picker',
  help: 'Help',
  warnings: 'Warnings',
  links: 'Links',
  post: 'Post',
  postMatches: 'Post, search matches shown',
  postSearch: 'Search in post (typing)',
  outline: 'Outline (typing filters)',
};

/**
 * The help overlay's content, grouped by where keys apply. A binding that works on both screens
 * is listed once under "Everywhere"; overlay bindings shared by all overlays under "Overlays".
 */
export function helpSections(keymap: readonly KeyBinding[] = activeKeymap): HelpSection[] {
  const sections = new Map<string, HelpSection['entries']>();
  for (const binding of keymap) {
    const title = sectionTitle(binding.modes);
    const entries = sections.get(title) ?? [];
    const keys = binding.keys.map(keyLabel).join(' ');
    // The same description twice in one section (q and Ctrl-C: quit) reads better merged.
    const existing = entries.find((entry) => entry.description === binding.description);
    if (existing) existing.keys = `${existing.keys} ${keys}`;
    else entries.push({ keys, description: binding.description });
    sections.set(title, entries);
  }
  return [...sections].map(([title, entries]) => ({ title, entries }));
}

function sectionTitle(modes: readonly Mode[]): string {
  if (modes.includes('list') && modes.includes('post')) return 'Everywhere';
  if (modes.length > 1 && modes.every((mode) => OVERLAYS.includes(mode))) return 'Overlays';
  if (modes.length > 1 && modes.every((mode) => TYPING_MODES.includes(mode))) return 'Search prompts (typing)';
  return SECTION_TITLES[modes[0] ?? 'list'];
}

/** The footer's key hints for a mode: its own keys first, then the ones that work everywhere. */
export function footerHints(mode: Mode): string[] {
  const hinted = activeKeymap.filter((binding) => binding.hint && binding.modes.includes(mode));
  const local = hinted.filter((binding) => sectionTitle(binding.modes) !== 'Everywhere');
  const global = hinted.filter((binding) => sectionTitle(binding.modes) === 'Everywhere');
  return [...local, ...global].map((binding) => `${binding.keys.slice(0, 2).map(keyLabel).join('/')} ${binding.description}`);
}
