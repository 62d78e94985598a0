// Front matter values are untyped and untrusted: these helpers look keys up case-insensitively
// and coerce any value to bounded strings. YAML aliases can make a small file describe a huge
// (or cyclic) structure, so every walk stops after a fixed number of nodes and characters.
import { sanitizeLine } from '../sanitize.js';
import { dateText } from './dates.js';

/** Front matter with keys lowercased (`Title:` and `title:` are the same key; the first wins). */
export type Fields = ReadonlyMap<string, unknown>;

export function toFields(data: Record<string, unknown>): Fields {
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(data)) {
    const lower = key.toLowerCase();
    if (!fields.has(lower)) fields.set(lower, value);
  }
  return fields;
}

const MAX_NODES = 1000;

/** What one coercion may still visit: nodes across a whole value, characters per string made. */
interface Budget {
  nodes: number;
  chars: number;
}

/**
 * A one-line, sanitized string of at most `maxLength` characters. Dates become their date
 * string; maps and lists the comma-joined text of their values (never "[object Object]").
 */
export function toText(value: unknown, maxLength: number): string {
  return textWithin(value, { nodes: MAX_NODES, chars: 0 }, maxLength);
}

/**
 * A list of sanitized strings: a list's items, or a single value as a one-item list. Empty items
 * are dropped and duplicates (ignoring case) removed, keeping the first spelling.
 */
export function toTextList(value: unknown, maxItemLength: number, maxItems: number): string[] {
  const items = Array.isArray(value) ? value : [value];
  const budget: Budget = { nodes: MAX_NODES, chars: 0 };
  const seen = new Set<string>();
  const list: string[] = [];
  for (const item of items) {
    if (list.length >= maxItems || budget.nodes <= 0) break;
    const text = textWithin(item, budget, maxItemLength);
    const key = text.toLowerCase();
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    list.push(text);
  }
  return list;
}

function textWithin(value: unknown, budget: Budget, maxLength: number): string {
  // Twice the length: whitespace that sanitizeLine collapses must not crowd out the text.
  budget.chars = maxLength * 2;
  const parts: string[] = [];
  collectText(value, parts, budget);
  return sanitizeLine(parts.join(', '), maxLength);
}

function collectText(value: unknown, parts: string[], budget: Budget): void {
  if (budget.nodes <= 0 || budget.chars <= 0) return;
  budget.nodes -= 1;
  const text = scalarText(value);
  if (text !== undefined) {
    if (text === '') return;
    const kept = text.slice(0, budget.chars);
    budget.chars -= kept.length + 2;
    parts.push(kept);
    return;
  }
  const children = Array.isArray(value) ? value : Object.values(value as object);
  for (const child of children) {
    if (budget.nodes <= 0 || budget.chars <= 0) return;
    collectText(child, parts, budget);
  }
}

/** The text of a non-container value, or undefined for lists and maps. */
function scalarText(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(value);
    case 'object':
      return undefined;
    default:
      // Functions and symbols cannot come from YAML/TOML/JSON; say nothing rather than their source.
      return '';
  }
}

/** YAML/TOML booleans, and the strings "true"/"false" some generators write. */
export function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  return undefined;
}
