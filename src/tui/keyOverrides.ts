// The user's key overrides (config.toml `[keys]`) applied to the keymap table, so resolving
// keys, the help overlay and the footers all show the user's keys. A binding is named by its
// help description, dashed (`star/unstar` → `star-unstar`); an override replaces its keys in
// every mode the binding has. An override that would take a key another binding uses in the
// same mode is refused, by name, and the default stays.
import type { KeyBinding } from './keymap.js';

export function bindingName(binding: KeyBinding): string {
  return binding.description
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const NAMED = new Set([
  'up',
  'down',
  'left',
  'right',
  'pageup',
  'pagedown',
  'home',
  'end',
  'enter',
  'escape',
  'tab',
  'shift+tab',
  'backspace',
  'space',
]);

/** One printable character, a named key, or ctrl+letter. */
function isKeyName(key: string): boolean {
  return NAMED.has(key) || /^ctrl\+[a-z]$/.test(key) || (Array.from(key).length === 1 && !/[\u0000-\u001F\u007F ]/.test(key));
}

/** Ctrl-C always quits, whatever the config says: the way out must not be remappable. */
const FIXED_KEY = 'ctrl+c';

export function applyKeyOverrides(keymap: readonly KeyBinding[], overrides: Record<string, string[]>): { keymap: KeyBinding[]; problems: string[] } {
  let current = [...keymap];
  const problems: string[] = [];
  for (const [name, keys] of Object.entries(overrides)) {
    const targets = current.filter((binding) => bindingName(binding) === name && !binding.keys.includes(FIXED_KEY));
    if (targets.length === 0) {
      problems.push(`keys.${name}: no such command (names are the help's descriptions with dashes, e.g. star-unstar)`);
      continue;
    }
    const bad = keys.find((key) => !isKeyName(key) || key === FIXED_KEY);
    if (bad !== undefined) {
      problems.push(`keys.${name}: "${bad}" is not a key name (one character, a named key like pagedown, or ctrl+x)`);
      continue;
    }
    const conflict = conflictOf(current, targets, keys);
    if (conflict) {
      problems.push(`keys.${name}: "${conflict.key}" is already ${bindingName(conflict.binding)} (${conflict.mode}); override refused`);
      continue;
    }
    current = current.map((binding) => (targets.includes(binding) ? { ...binding, keys } : binding));
  }
  return { keymap: current, problems };
}

function conflictOf(keymap: readonly KeyBinding[], targets: readonly KeyBinding[], keys: readonly string[]) {
  for (const target of targets) {
    for (const mode of target.modes) {
      const other = keymap.find(
        (binding) => !targets.includes(binding) && binding.modes.includes(mode) && binding.keys.some((key) => keys.includes(key)),
      );
      if (other) return { binding: other, mode, key: keys.find((key) => other.keys.includes(key))! };
    }
  }
  return null;
}
