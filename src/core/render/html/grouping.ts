// Block HTML as kramdown (Jekyll) and most Markdown sites group it: an element that starts a
// block runs to its matching closing tag, blank lines included. CommonMark would end the HTML at
// the first blank line and print the rest (notebook CSS, a Colab <script>, <div> source) as
// Markdown or indented code. Both the chunk splitter and the lexer use these functions, so a
// chunk never ends inside such an element and chunking never changes what is drawn.

// Elements that start a block (CommonMark's block names plus media and figure elements).
const BLOCK_NAMES = new Set(
  (
    'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup main menu nav ol p pre section summary table tbody thead tfoot tr td th ul ' +
    'script style textarea noscript svg iframe video audio picture object template'
  ).split(' '),
);

const BLOCK_START = /^ {0,3}<([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>]|$)/;

/** The element name when this line (or source) starts a grouped HTML block. */
export function groupedElementName(line: string): string | undefined {
  const name = BLOCK_START.exec(line)?.[1]?.toLowerCase();
  return name !== undefined && BLOCK_NAMES.has(name) ? name : undefined;
}

const tagPatterns = new Map<string, RegExp>();

/** Opening and closing tags of one element name (`<div`, `</div>`), case-insensitive. */
function tagPattern(name: string): RegExp {
  let pattern = tagPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`<(/?)${name}(?=[\\s/>])`, 'gi');
    tagPatterns.set(name, pattern);
  }
  return pattern;
}

/**
 * Length of the grouped element at the start of `source`: up to the end of the line that holds
 * its matching closing tag. Undefined when `source` does not start one or it is never closed
 * (then CommonMark's rule applies: the HTML ends at a blank line).
 */
export function groupedElementLength(source: string): number | undefined {
  const name = groupedElementName(source);
  if (name === undefined) return undefined;
  const close = matchingCloseAt(source, name, 0);
  if (close === undefined) return undefined;
  const lineEnd = source.indexOf('\n', close);
  return lineEnd < 0 ? source.length : lineEnd + 1;
}

/** Index just after the `</name>` that closes the `<name` found at or after `from`. */
export function matchingCloseAt(source: string, name: string, from: number): number | undefined {
  const pattern = tagPattern(name);
  pattern.lastIndex = from;
  let depth = 0;
  for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      const end = source.indexOf('>', match.index);
      return end < 0 ? source.length : end + 1;
    }
  }
  return undefined;
}

/**
 * For the chunk splitter: every `<name` of the text paired with its closing tag, in one pass
 * (a stack, as the forward depth count of matchingCloseAt pairs them), so a long post with many
 * unclosed elements costs one scan per element name, not one per element.
 */
export class ElementPairs {
  private readonly closes = new Map<string, Map<number, number>>();

  constructor(private readonly text: string) {}

  /** Index just after the closing tag of the element whose `<name` is at `openAt`. */
  closeOf(name: string, openAt: number): number | undefined {
    let pairs = this.closes.get(name);
    if (!pairs) {
      pairs = pairTags(this.text, name);
      this.closes.set(name, pairs);
    }
    return pairs.get(openAt);
  }
}

function pairTags(text: string, name: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  const pattern = tagPattern(name);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (!match[1]) open.push(match.index);
    else {
      const start = open.pop();
      if (start === undefined) continue;
      const end = text.indexOf('>', match.index);
      pairs.set(start, end < 0 ? text.length : end + 1);
    }
  }
  return pairs;
}
