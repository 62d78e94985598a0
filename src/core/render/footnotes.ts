// Footnotes (`text[^1]` … `[^1]: note`), the way GitHub and Hugo number them: references show as
// `[1]`, numbered in reading order, and are links to their note; the notes are collected in a
// "Notes" section at the end, each with a `↩` link back to its first reference. Written here
// rather than with marked-footnote, which collects notes per marked call: a large post renders
// in chunks (chunks.ts), and a note defined in the last chunk is referenced from the first.
import type { MarkedExtension, Token, Tokens } from 'marked';
import type { Styles } from './styles.js';

interface FootnoteRef extends Tokens.Generic {
  type: 'footnoteRef';
  label: string;
}

interface FootnoteDefinition extends Tokens.Generic {
  type: 'footnoteDefinition';
  label: string;
  tokens: Token[];
}

const DEFINITION_FIRST_LINE = /^ {0,3}\[\^([^\]\n]+)\]:[ \t]*([^\n]*)(?:\n|$)/;
const DEFINITION_LINES = /^ {0,3}\[\^([^\]\n]+)\]:/gm;
const REFERENCE = /^\[\^([^\]\n]+)\]/;
const INDENTED = /^(?: {4}|\t)/;

export interface FootnoteContext {
  styles: Styles;
  /** Labels defined anywhere in the post: a `[^x]` without a note stays text. */
  labels: ReadonlySet<string>;
  /** Draws a link into the link map. */
  link(url: string, render: () => string): string;
  /** An invisible anchor (`#id`) at the point where it is drawn. */
  anchor(id: string): string;
}

export interface Footnotes {
  extension: MarkedExtension;
  /** The "Notes" section: Markdown tokens already rendered, or '' when the post has none. */
  notes(parse: (tokens: Token[]) => string, heading: (text: string) => string): string;
}

/** The labels of the footnote definitions among these paragraphs (chunks.ts finds them with link definitions). */
export function footnoteLabels(definitionBlocks: readonly string[]): Set<string> {
  const labels = new Set<string>();
  for (const block of definitionBlocks) for (const [, label] of block.matchAll(DEFINITION_LINES)) if (label) labels.add(label);
  return labels;
}

export function createFootnotes(context: FootnoteContext): Footnotes {
  const { styles, labels } = context;
  const numbers = new Map<string, number>();
  const definitions = new Map<string, Token[]>();
  const anchorId = (label: string): string => `fn:${label}`;
  const backId = (label: string): string => `fnref:${label}`;

  const extension: MarkedExtension = {
    extensions: [
      {
        name: 'footnoteDefinition',
        level: 'block',
        tokenizer(src) {
          const match = DEFINITION_FIRST_LINE.exec(src);
          if (!match || labels.size === 0) return undefined;
          const [first, label = '', text = ''] = match;
          const { raw, body } = definitionBody(src, first, text);
          const token: FootnoteDefinition = { type: 'footnoteDefinition', raw, label, tokens: this.lexer.blockTokens(body, []) };
          if (!definitions.has(label)) definitions.set(label, token.tokens);
          return token;
        },
        renderer: () => '',
      },
      {
        name: 'footnoteRef',
        level: 'inline',
        start: (src) => {
          const at = src.indexOf('[^');
          return at < 0 ? undefined : at;
        },
        tokenizer(src) {
          const match = REFERENCE.exec(src);
          if (!match?.[1] || !labels.has(match[1])) return undefined;
          return { type: 'footnoteRef', raw: match[0], label: match[1] } satisfies FootnoteRef;
        },
        renderer(token) {
          const { label } = token as FootnoteRef;
          const known = numbers.get(label);
          const number = known ?? numbers.size + 1;
          numbers.set(label, number);
          const link = context.link(`#${anchorId(label)}`, () => styles.link(`[${number}]`));
          return known === undefined ? context.anchor(backId(label)) + link : link;
        },
      },
    ],
  };

  const notes: Footnotes['notes'] = (parse, heading) => {
    if (definitions.size === 0) return '';
    // First, so its anchor comes before the notes' in reading order.
    const title = heading('Notes');
    // Notes never referenced still show, after the others.
    for (const label of definitions.keys()) if (!numbers.has(label)) numbers.set(label, numbers.size + 1);
    const ordered = [...numbers].filter(([label]) => definitions.has(label)).sort((a, b) => a[1] - b[1]);
    const items = ordered.map(([label, number]) => {
      const marker = `[${number}] `;
      const body = parse(definitions.get(label) ?? [])
        .replace(/\n{3,}/g, '\n\n')
        .trim();
      const back = numbers.has(label) ? ` ${context.link(`#${backId(label)}`, () => styles.link('↩'))}` : '';
      const lines = `${body}${back}`.split('\n').map((line, index) => (index === 0 || line === '' ? line : ' '.repeat(marker.length) + line));
      return context.anchor(anchorId(label)) + marker + lines.join('\n');
    });
    return `${title}\n\n${items.join('\n\n')}\n\n`;
  };
  return { extension, notes };
}

/** The definition's source and its text: lazy continuation lines, then indented paragraphs. */
function definitionBody(src: string, first: string, firstText: string): { raw: string; body: string } {
  const lines = src.slice(first.length).split('\n');
  const body = [firstText];
  let raw = first;
  let index = 0;
  // Lines that continue the first paragraph, up to a blank line or the next definition.
  while (index < lines.length && lines[index]!.trim() !== '' && !DEFINITION_FIRST_LINE.test(lines[index]!)) {
    body.push(lines[index]!.replace(INDENTED, ''));
    raw += `${lines[index]}\n`;
    index++;
  }
  // Blank lines followed by indented lines belong to the note (src lacks the final newline `raw` may add).
  for (;;) {
    let next = index;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    if (next === index || next >= lines.length || !INDENTED.test(lines[next]!)) break;
    for (; index < next; index++) {
      body.push('');
      raw += '\n';
    }
    while (index < lines.length && (INDENTED.test(lines[index]!) || (lines[index]!.trim() === '' && INDENTED.test(lines[index + 1] ?? '')))) {
      body.push(lines[index]!.replace(INDENTED, ''));
      raw += `${lines[index]}\n`;
      index++;
    }
  }
  return { raw: src.slice(0, Math.min(raw.length, src.length)), body: body.join('\n') };
}
