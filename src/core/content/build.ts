// Hugo's build options: whether a page is listed (`list: always|local|never`) and has a page of
// its own (`render: always|link|never`), from its front matter `build` (or the older `_build`),
// `headless: true`, or a `cascade` of an `_index.md` above it (with `_target`/`target` globs).
// Only these options are taken from a cascade: they decide what a reader shows.
import { toBoolean, toFields, toText, type Fields } from './fields.js';
import { matchGlob } from './glob.js';

export interface BuildOptions {
  list?: 'always' | 'local' | 'never';
  render?: 'always' | 'link' | 'never';
}

/** One cascade entry, reduced to what the loader applies. */
export interface CascadeRule {
  /** A path glob against `/` + the page's id (`/docs/**`); absent: every page below. */
  path?: string;
  /** A glob against the page kind; absent: any. Posts are kind `page`. */
  kind?: string;
  build: BuildOptions;
}

const MAX_RULES = 20;

/** The page's own build options (undefined when its front matter sets none). */
export function ownBuildOptions(fields: Fields): BuildOptions | undefined {
  if (toBoolean(fields.get('headless')) === true) return { list: 'never', render: 'never' };
  return buildOptions(fields.get('build') ?? fields.get('_build'));
}

/** A `cascade` value (a map, or a list of maps) as rules; those that set no build option are dropped. */
export function cascadeRules(value: unknown): CascadeRule[] {
  const entries = Array.isArray(value) ? value : [value];
  const rules: CascadeRule[] = [];
  for (const entry of entries.slice(0, MAX_RULES)) {
    if (!isMap(entry)) continue;
    const fields = toFields(entry);
    const build = buildOptions(fields.get('build') ?? fields.get('_build'));
    if (!build) continue;
    const rule: CascadeRule = { build };
    const target = fields.get('target') ?? fields.get('_target');
    if (isMap(target)) {
      const targetFields = toFields(target);
      const path = toText(targetFields.get('path'), 300);
      const kind = toText(targetFields.get('kind'), 40);
      if (path) rule.path = path;
      if (kind) rule.kind = kind;
    }
    rules.push(rule);
  }
  return rules;
}

/**
 * The build options of the post `id` given its own and the cascades above it, nearest first
 * (the `_index.md` of its folder, then of each folder up to the home page, then the config's).
 * Its own options win, then the nearest cascade whose target matches.
 */
export function effectiveBuild(id: string, own: BuildOptions | undefined, cascades: readonly (readonly CascadeRule[])[]): BuildOptions {
  if (own) return own;
  const pagePath = `/${id.toLowerCase()}`;
  for (const rules of cascades) {
    const rule = rules.find((candidate) => targets(candidate, pagePath));
    if (rule) return rule.build;
  }
  return {};
}

function targets(rule: CascadeRule, pagePath: string): boolean {
  if (rule.kind !== undefined && !matchGlob(rule.kind.toLowerCase(), 'page')) return false;
  if (rule.path === undefined) return true;
  // Hugo paths start with `/` since 0.123; older sites wrote `docs/**`.
  const pattern = rule.path.startsWith('/') || rule.path.startsWith('*') ? rule.path : `/${rule.path}`;
  return matchGlob(pattern.toLowerCase(), pagePath);
}

function buildOptions(value: unknown): BuildOptions | undefined {
  if (!isMap(value)) return undefined;
  const fields = toFields(value);
  const options: BuildOptions = {};
  const list = option(fields.get('list'), ['always', 'local', 'never']);
  const render = option(fields.get('render'), ['always', 'link', 'never']);
  if (list) options.list = list;
  if (render) options.render = render;
  return list || render ? options : undefined;
}

/** Hugo's values, or the booleans older versions took (true: always, false: never). */
function option<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  const flag = toBoolean(value);
  if (flag !== undefined) return (flag ? 'always' : 'never') as T;
  const text = toText(value, 20).toLowerCase();
  return allowed.find((candidate) => candidate === text);
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
