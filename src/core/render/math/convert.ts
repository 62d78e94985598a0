// LaTeX math → one line of Unicode text, where that is faithful (see symbols.ts); otherwise the
// source unchanged. A small recursive parser: atoms (characters, commands, `{…}` groups) with
// optional `^`/`_` scripts. Math that is laid out in two dimensions (matrices, cases, aligned
// rows: `\\` or `&`) or that the parser does not understand stays as written.
import { inAlphabet, isAlphabet, toScript } from './letters.js';
import { ACCENTS, OPERATOR_NAMES, SIZING, SPACES, SYMBOLS, TEXT_COMMANDS } from './symbols.js';

export type MathMode = 'unicode' | 'source';

// Environments that only number or wrap one formula: their body converts like `$$…$$`.
const WRAPPER = /^\s*\\begin\{(equation|displaymath|math)\*?\}([\s\S]*)\\end\{\1\*?\}\s*$/;
const TWO_DIMENSIONAL = /\\\\|&|\\begin\{|\\(?:matrix|pmatrix|bmatrix|cases|substack|atop|over|choose)\b/;
// Past this, a formula is shown as written: conversion must stay cheap on any input.
const MAX_CONVERTED_CHARS = 4000;

/** The formula converted to one line, or undefined when it should be shown as written. */
export function convertMath(tex: string): string | undefined {
  const body = WRAPPER.exec(tex)?.[2] ?? tex;
  if (body.length > MAX_CONVERTED_CHARS || TWO_DIMENSIONAL.test(body)) return undefined;
  try {
    const parser = new Parser(body);
    const text = parser.sequence(null);
    return parser.done() ? tidySpaces(text) : undefined;
  } catch {
    // Unbalanced braces or a command missing its argument: not ours to guess.
    return undefined;
  }
}

class Unconvertible extends Error {}

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at >= this.source.length;
  }

  /** Atoms up to `closer` (consumed) or the end. */
  sequence(closer: '}' | ']' | null): string {
    let out = '';
    // A fraction right before more of a product reads wrong as `a/bc`: it gets parentheses.
    let fraction: { at: number; text: string } | null = null;
    while (!this.done()) {
      const char = this.source[this.at]!;
      if (char === closer) {
        this.at++;
        return out;
      }
      if (char === '}') throw new Unconvertible();
      const isFraction = /^\\[dt]?frac(?![A-Za-z])/.test(this.source.slice(this.at, this.at + 6));
      const piece = this.scripted();
      if (fraction && /^[\p{L}\p{N}(√∑∏∫∂∇]/u.test(piece))
        out = `${out.slice(0, fraction.at)}(${fraction.text})${out.slice(fraction.at + fraction.text.length)}`;
      fraction = isFraction && piece.includes('/') ? { at: out.length, text: piece } : null;
      out += piece;
    }
    if (closer !== null) throw new Unconvertible();
    return out;
  }

  /** One atom and the `^`/`_` scripts that follow it. */
  private scripted(): string {
    let base = this.atom();
    for (;;) {
      const beforeSpaces = this.at;
      this.skipSpaces();
      const kind = this.source[this.at];
      if (kind !== '^' && kind !== '_') {
        this.at = beforeSpaces;
        return base;
      }
      this.at++;
      this.skipSpaces();
      base += script(this.argument(), kind);
    }
  }

  private skipSpaces(): void {
    while (this.source[this.at] === ' ' || this.source[this.at] === '\n' || this.source[this.at] === '\t') this.at++;
  }

  /** One atom, converted. */
  private atom(): string {
    const char = this.source[this.at]!;
    this.at++;
    switch (char) {
      case '{':
        return this.sequence('}');
      case '\\':
        return this.command();
      case '~':
        return ' ';
      case "'":
        return '′';
      case '^':
      case '_':
        // A script with nothing before it (`{}^2`, `_i` at the start).
        return script(this.argument(), char);
      default:
        return /\s/.test(char) ? ' ' : char;
    }
  }

  /** A command's argument: a group, a command, or one character; converted. */
  private argument(): string {
    this.skipSpaces();
    if (this.done()) throw new Unconvertible();
    return this.atom();
  }

  /** The source text of a `{…}` argument, not converted (\text's contents). */
  private rawGroup(): string {
    this.skipSpaces();
    if (this.source[this.at] !== '{') return this.atom();
    let depth = 0;
    const start = this.at;
    for (; this.at < this.source.length; this.at++) {
      const char = this.source[this.at];
      if (char === '\\') this.at++;
      else if (char === '{') depth++;
      else if (char === '}' && --depth === 0) {
        this.at++;
        return this.source.slice(start + 1, this.at - 1);
      }
    }
    throw new Unconvertible();
  }

  private command(): string {
    const start = this.at - 1;
    const name = /^(?:[A-Za-z]+|.)/s.exec(this.source.slice(this.at, this.at + 40))?.[0] ?? '';
    this.at += name.length;
    const symbol = SYMBOLS[name];
    if (symbol !== undefined) return symbol;
    const space = SPACES[name];
    if (space !== undefined) return space;
    if (SIZING.has(name)) return this.delimiterAfterSizing();
    if (OPERATOR_NAMES.has(name)) return name;
    if (TEXT_COMMANDS.has(name)) return this.rawGroup().replace(/\\([{}%$&#_ ])/g, '$1');
    if (isAlphabet(name)) return inAlphabet(name, this.argument());
    const accent = ACCENTS[name];
    if (accent !== undefined) return withAccent(this.argument(), accent, name);
    switch (name) {
      case 'frac':
      case 'dfrac':
      case 'tfrac': {
        const numerator = this.argument();
        return `${operand(numerator)}/${operand(this.argument())}`;
      }
      case 'sqrt':
        return this.root();
      case 'not': {
        const negated = this.argument();
        return NEGATIONS[negated] ?? `${negated}\u0338`;
      }
      default:
        // Unknown: kept as written, with its braced arguments.
        return this.keepUnknown(start);
    }
  }

  /** `\left(` → `(`; `\left.` (no delimiter) → nothing. */
  private delimiterAfterSizing(): string {
    this.skipSpaces();
    if (this.source[this.at] === '.') {
      this.at++;
      return '';
    }
    return '';
  }

  private root(): string {
    this.skipSpaces();
    let index = '';
    if (this.source[this.at] === '[') {
      this.at++;
      index = this.sequence(']');
    }
    const radicand = this.argument();
    const sign = index === '' ? '√' : index === '3' ? '∛' : index === '4' ? '∜' : `${toScript(index, '^') ?? `(${index})`}√`;
    return sign + (isAtom(radicand) ? radicand : `(${radicand})`);
  }

  private keepUnknown(start: number): string {
    while (this.source[this.at] === '{') this.rawGroup();
    return this.source.slice(start, this.at);
  }
}

const NEGATIONS: Readonly<Record<string, string>> = { '=': '≠', '∈': '∉', '⊂': '⊄', '⊆': '⊈', '≡': '≢', '∃': '∄', '<': '≮', '>': '≯' };

/** One character, a number or a word: a script or fraction part that needs no parentheses. */
function isAtom(text: string): boolean {
  return /^(?:[\p{L}\p{N}.′]\p{M}*|[∂∇√]?[\p{L}\p{N}]+)+$/u.test(text) || [...text].length === 1;
}

function operand(text: string): string {
  const compact = text.replace(/\s+/g, '');
  return isAtom(compact) ? compact : `(${text.trim()})`;
}

function script(text: string, kind: '^' | '_'): string {
  const compact = text.replace(/\s+/g, '');
  const unicode = toScript(compact, kind);
  if (unicode !== undefined && compact !== '') return unicode;
  return `${kind}${isAtom(compact) ? compact : `(${text.trim()})`}`;
}

function withAccent(text: string, mark: string, name: string): string {
  if ([...text].length === 1) return text + mark;
  // Over several characters only a continuous line reads right: one mark per character.
  if (name === 'overline' || name === 'underline') return [...text].map((char) => char + mark).join('');
  throw new Unconvertible();
}

/** Spaces as the author wrote them, collapsed, and none just inside brackets. */
function tidySpaces(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([([{⟨⌈⌊]) /g, '$1')
    .replace(/ ([)\]}⟩⌉⌋])/g, '$1')
    .trim();
}
