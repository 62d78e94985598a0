// Path globs as Hugo's cascade `_target.path` writes them: `*` (within a segment), `**` (across
// segments), `?`, `[a-z]` / `[!a-z]` and `{a,b}`. Patterns come from untrusted front matter, so
// no regular expression is built from them: the match runs the pattern as a set of positions
// over the text, in time proportional to pattern length × text length.

type Token = { kind: 'char'; char: string } | { kind: 'one' } | { kind: 'star' } | { kind: 'globstar' } | { kind: 'class'; negated: boolean; ranges: [string, string][] };

const MAX_PATTERN_CHARS = 300;
const MAX_ALTERNATIVES = 64;

/** Whether `text` matches `pattern`; a pattern too long or with too many alternatives matches nothing. */
export function matchGlob(pattern: string, text: string): boolean {
  if (pattern.length > MAX_PATTERN_CHARS) return false;
  const alternatives = expandBraces(pattern);
  return alternatives !== undefined && alternatives.some((alternative) => matchTokens(tokenize(alternative), text));
}

/** `a{b,c}d` → `abd`, `acd` (nested braces too); undefined past MAX_ALTERNATIVES. */
function expandBraces(pattern: string): string[] | undefined {
  const open = pattern.indexOf('{');
  if (open === -1) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  for (let index = open; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === '{') depth++;
    else if (char === '}' && --depth === 0) {
      const parts: string[] = [];
      let start = open + 1;
      for (const comma of commas) {
        parts.push(pattern.slice(start, comma));
        start = comma + 1;
      }
      parts.push(pattern.slice(start, index));
      const results: string[] = [];
      for (const part of parts) {
        const expanded = expandBraces(pattern.slice(0, open) + part + pattern.slice(index + 1));
        if (expanded === undefined) return undefined;
        results.push(...expanded);
        if (results.length > MAX_ALTERNATIVES) return undefined;
      }
      return results;
    } else if (char === ',' && depth === 1) commas.push(index);
  }
  // An unclosed brace is a literal.
  return [pattern];
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '*') {
      if (pattern[index + 1] === '*') {
        index++;
        if (tokens.at(-1)?.kind !== 'globstar') tokens.push({ kind: 'globstar' });
      } else if (tokens.at(-1)?.kind !== 'star' && tokens.at(-1)?.kind !== 'globstar') tokens.push({ kind: 'star' });
    } else if (char === '?') tokens.push({ kind: 'one' });
    else if (char === '[' && pattern.indexOf(']', index + 2) !== -1) {
      const end = pattern.indexOf(']', index + 2);
      let body = pattern.slice(index + 1, end);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let at = 0; at < body.length; at++) {
        if (body[at + 1] === '-' && at + 2 < body.length) {
          ranges.push([body[at]!, body[at + 2]!]);
          at += 2;
        } else ranges.push([body[at]!, body[at]!]);
      }
      tokens.push({ kind: 'class', negated, ranges });
      index = end;
    } else if (char === '\\' && index + 1 < pattern.length) tokens.push({ kind: 'char', char: pattern[++index]! });
    else tokens.push({ kind: 'char', char });
  }
  return tokens;
}

/** Runs the tokens as an automaton: `states[i]` means the first i tokens match the text read so far. */
function matchTokens(tokens: readonly Token[], text: string): boolean {
  let states = closure(tokens, new Set([0]));
  for (const char of text) {
    const next = new Set<number>();
    for (const state of states) {
      const token = tokens[state];
      if (!token) continue;
      if (token.kind === 'globstar' || (token.kind === 'star' && char !== '/')) next.add(state);
      else if (accepts(token, char)) next.add(state + 1);
    }
    if (next.size === 0) return false;
    states = closure(tokens, next);
  }
  return states.has(tokens.length);
}

/** Stars also match nothing: from a star, the next token may start at once. */
function closure(tokens: readonly Token[], states: Set<number>): Set<number> {
  for (const state of states) {
    const kind = tokens[state]?.kind;
    if (kind === 'star' || kind === 'globstar') states.add(state + 1);
  }
  return states;
}

function accepts(token: Token, char: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.char === char;
    case 'one':
      return char !== '/';
    case 'class':
      return char !== '/' && token.ranges.some(([from, to]) => char >= from && char <= to) !== token.negated;
    default:
      return false;
  }
}
