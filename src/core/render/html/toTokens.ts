// Raw HTML, parsed by parse5 (as a browser would: unclosed tags, entities, stray end tags), turned
// into the tokens marked makes for Markdown: headings, paragraphs, lists, tables, code, links and
// images then render exactly as their Markdown twins (same styles, link map, outline). What has
// no Markdown twin uses the few token types of extension.ts (text, super/subscript, kbd, indent).
import type { Token, Tokens } from 'marked';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { embedLabel, embedSource, imageSource } from './media.js';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

/** Markdown inside an element marked `markdown="1"` (kramdown): lexed by the caller's lexer. */
export interface MarkdownLexing {
  blocks(source: string): Token[];
  inline(source: string): Token[];
  /** Tokens that stand for the PLACEHOLDER character (an inline element's Markdown content). */
  placeholder?: () => Token[];
}

/** Stands for an element's content that is lexed as Markdown (see extension.ts). */
export const PLACEHOLDER = '\ue002';

// Never drawn: code, styles, graphics, document metadata, form controls.
const HIDDEN = new Set(
  'script style svg math noscript head template title meta link base button select option textarea canvas map area param track'.split(' '),
);
const CONTAINERS = new Set('div section article main header footer aside nav center form fieldset address hgroup body html dialog legend'.split(' '));
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const EMBEDS = new Set(['iframe', 'video', 'audio', 'embed', 'object']);

export function htmlToBlockTokens(html: string, lexing: MarkdownLexing): Token[] {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  return new BlockBuilder(html, lexing).blocks(fragment.childNodes);
}

export function htmlToInlineTokens(html: string, lexing: MarkdownLexing): Token[] {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  return new BlockBuilder(html, lexing).inlineNodes(fragment.childNodes, { space: false });
}

/** Whether the text so far ends in a space: collapses spaces across element boundaries, as browsers do. */
interface Spacing {
  space: boolean;
}

class BlockBuilder {
  constructor(
    private readonly source: string,
    private readonly lexing: MarkdownLexing,
  ) {}

  /** Block content: runs of inline content become paragraphs (or, in a tight list item, text). */
  blocks(nodes: readonly Node[], tight = false): Token[] {
    const out: Token[] = [];
    let run: Token[] = [];
    let spacing: Spacing = { space: true };
    const flush = (): void => {
      if (run.some(isVisible)) out.push(tight ? textBlock(trimRun(run)) : paragraph(trimRun(run)));
      run = [];
      spacing = { space: true };
    };
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!;
      const markdown = this.markdownAfterBlankLine(nodes, index);
      if (markdown) {
        flush();
        out.push(...this.lexing.blocks(markdown.source));
        index = markdown.last;
      } else if (!isElement(node) || !this.isBlock(node)) {
        run.push(...this.inline(node, spacing));
      } else {
        flush();
        out.push(...this.block(node));
      }
    }
    flush();
    return out;
  }

  /**
   * As in CommonMark, text after a blank line inside HTML is Markdown again (GitHub's
   * `<details>` with a Markdown list inside), up to the next block element; not under
   * `markdown="0"`, which kramdown posts use to keep their HTML text as written.
   */
  private markdownAfterBlankLine(nodes: readonly Node[], index: number): { source: string; last: number } | undefined {
    const node = nodes[index];
    if (!node || node.nodeName !== '#text' || !('value' in node) || !BLANK_LINE_THEN_TEXT.test(node.value) || underRawHtml(node)) return undefined;
    let last = index;
    for (let next = nodes[last + 1]; next && !(isElement(next) && this.isBlock(next)); next = nodes[last + 1]) last++;
    const start = node.sourceCodeLocation?.startOffset;
    const end = nodes[last]?.sourceCodeLocation?.endOffset;
    return start === undefined || end === undefined ? undefined : { source: this.source.slice(start, end), last };
  }

  inlineNodes(nodes: readonly Node[], spacing: Spacing): Token[] {
    return nodes.flatMap((node) => this.inline(node, spacing));
  }

  private isBlock(element: Element): boolean {
    const name = element.tagName;
    return (
      markdownMode(element) === 'block' ||
      HIDDEN.has(name) ||
      CONTAINERS.has(name) ||
      name in HEADINGS ||
      'p ul ol menu li pre blockquote hr table details summary figure figcaption dl dt dd'.split(' ').includes(name)
    );
  }

  private block(element: Element): Token[] {
    const name = element.tagName;
    const children = element.childNodes;
    if (HIDDEN.has(name)) return [];
    if (markdownMode(element) === 'block') return this.lexing.blocks(this.innerSource(element));
    const depth = HEADINGS[name];
    if (depth !== undefined) {
      // Its own id is its anchor, as in the browser: links in the page use it.
      const anchor = attribute(element, 'id');
      return [
        { type: 'heading', raw: '', depth, text: textContent(element).trim(), tokens: this.inlineRun(children), ...(anchor ? { anchor } : {}) },
      ];
    }
    switch (name) {
      case 'p':
      case 'dt':
        return this.paragraphOf(children, name === 'dt' ? strong : undefined);
      case 'figcaption':
        return this.paragraphOf(children, em);
      case 'summary':
        return this.paragraphOf(children, (tokens) => [htmlText('▸ '), ...tokens]);
      case 'ul':
      case 'ol':
      case 'menu':
        return [this.list(element)];
      case 'li':
        return [this.list(element, [element])];
      case 'pre':
        return [codeBlock(element)];
      case 'blockquote':
        return [{ type: 'blockquote', raw: '', text: '', tokens: this.blocks(children) }];
      case 'hr':
        return [{ type: 'hr', raw: '' }];
      case 'table':
        return [this.table(element)];
      case 'dd':
        return [{ type: 'htmlIndent', raw: '', tokens: this.blocks(children) }];
      default:
        // details (its summary comes first), figure, dl and the plain containers.
        return this.blocks(children);
    }
  }

  private paragraphOf(children: readonly Node[], wrap?: (tokens: Token[]) => Token[]): Token[] {
    const tokens = this.inlineRun(children);
    if (!tokens.some(isVisible)) return [];
    return [paragraph(wrap ? wrap(tokens) : tokens)];
  }

  private inlineRun(nodes: readonly Node[]): Token[] {
    return trimRun(this.inlineNodes(nodes, { space: true }));
  }

  private inline(node: Node, spacing: Spacing): Token[] {
    if (node.nodeName === '#text' && 'value' in node) {
      if (this.lexing.placeholder && node.value === PLACEHOLDER) {
        spacing.space = false;
        return this.lexing.placeholder();
      }
      return collapsedText(node.value, spacing);
    }
    if (!isElement(node)) return [];
    const name = node.tagName;
    const children = (): Token[] => this.inlineNodes(node.childNodes, spacing);
    if (HIDDEN.has(name)) return [];
    if (markdownMode(node) === 'span') {
      spacing.space = false;
      return this.lexing.inline(this.innerSource(node));
    }
    if (EMBEDS.has(name)) {
      spacing.space = false;
      return embed(node);
    }
    switch (name) {
      case 'br':
        spacing.space = true;
        return [{ type: 'br', raw: '' }];
      case 'img': {
        spacing.space = false;
        const href = imageSource(node);
        return href === undefined
          ? []
          : [{ type: 'image', raw: '', href, title: attribute(node, 'title') ?? null, text: attribute(node, 'alt') ?? '' }];
      }
      case 'a': {
        const href = attribute(node, 'href');
        const tokens = children();
        // A link with nothing to see (a notebook heading's `<a class="anchor-link"> </a>`) is not one.
        if (href === undefined || !tokens.some(isVisible)) return tokens;
        return [{ type: 'link', raw: '', href, title: attribute(node, 'title') ?? null, text: '', tokens }];
      }
      case 'strong':
      case 'b':
        return strong(children());
      case 'em':
      case 'i':
      case 'cite':
      case 'dfn':
      case 'var':
        return em(children());
      case 'del':
      case 's':
      case 'strike':
        return [{ type: 'del', raw: '', text: '', tokens: children() }];
      case 'code':
      case 'tt':
      case 'samp': {
        spacing.space = false;
        const text = textContent(node).replace(/\s+/g, ' ');
        return text === '' ? [] : [{ type: 'codespan', raw: '', text }];
      }
      case 'kbd':
      case 'mark':
      case 'sup':
      case 'sub':
        return [{ type: 'htmlStyled', raw: '', style: name, tokens: children() }];
      case 'q':
        return [htmlText('“'), ...children(), htmlText('”')];
      case 'input':
        return attribute(node, 'type') === 'checkbox' ? [htmlText(attribute(node, 'checked') === undefined ? '[ ] ' : '[x] ')] : [];
      default:
        if (this.isBlock(node)) {
          // A block inside inline content (a <div> in an <a>): its text, set apart by spaces.
          const inner = this.inlineNodes(node.childNodes, spacing);
          return [...collapsedText(' ', spacing), ...inner, ...collapsedText(' ', spacing)];
        }
        return children();
    }
  }

  private list(element: Element, items = element.childNodes.filter((node): node is Element => isElement(node) && node.tagName === 'li')): Token {
    const ordered = element.tagName === 'ol';
    const start = Number.parseInt(attribute(element, 'start') ?? '1', 10);
    const listItems: Tokens.ListItem[] = items.map((item) => {
      const loose = item.childNodes.some((node) => isElement(node) && node.tagName === 'p');
      return { type: 'list_item', raw: '', task: false, loose, text: '', tokens: this.blocks(item.childNodes, !loose) };
    });
    return { type: 'list', raw: '', ordered, start: ordered && Number.isFinite(start) ? start : '', loose: false, items: listItems };
  }

  private table(element: Element): Token {
    const sections = element.childNodes.filter(isElement);
    const rowsOf = (parent: Element): Element[] => parent.childNodes.filter((node): node is Element => isElement(node) && node.tagName === 'tr');
    const headRows = sections.filter((section) => section.tagName === 'thead').flatMap(rowsOf);
    const bodyRows = sections.flatMap((section) => (section.tagName === 'tr' ? [section] : section.tagName === 'thead' ? [] : rowsOf(section)));
    const allRows = [...headRows, ...bodyRows];
    const firstRow = allRows[0];
    // Without a <thead>, a first row of <th> cells is the header; else the header row stays empty.
    const headerRow = headRows[0] ?? (firstRow && cellsOf(firstRow).every((cell) => cell.tagName === 'th') ? firstRow : undefined);
    const rows = allRows.filter((row) => row !== headerRow).map((row) => this.tableRow(row, false));
    const header = headerRow ? this.tableRow(headerRow, true) : [];
    const columns = Math.max(header.length, ...rows.map((row) => row.length));
    const pad = (row: Tokens.TableCell[], isHeader: boolean): Tokens.TableCell[] =>
      Array.from({ length: columns }, (_, column) => row[column] ?? { text: '', tokens: [], header: isHeader, align: null });
    const paddedHeader = pad(header, true);
    return {
      type: 'table',
      raw: '',
      align: paddedHeader.map((cell, column) => cell.align ?? rows.find((row) => row[column]?.align)?.[column]?.align ?? null),
      header: paddedHeader,
      rows: rows.map((row) => pad(row, false)),
    };
  }

  private tableRow(row: Element, isHeader: boolean): Tokens.TableCell[] {
    const rowAlign = alignOf(row);
    return cellsOf(row).flatMap((cell) => {
      const tokens = this.inlineRun(cell.childNodes);
      // Row headers in the body (a DataFrame's index) are bold, as in a notebook.
      const styled = !isHeader && cell.tagName === 'th' && tokens.some(isVisible) ? strong(tokens) : tokens;
      const first: Tokens.TableCell = { text: '', tokens: styled, header: isHeader, align: alignOf(cell) ?? rowAlign };
      // `colspan` cells fill their columns so the grid stays rectangular.
      const span = Math.min(50, Math.max(1, Number.parseInt(attribute(cell, 'colspan') ?? '1', 10) || 1));
      return [first, ...Array.from({ length: span - 1 }, (): Tokens.TableCell => ({ text: '', tokens: [], header: isHeader, align: first.align }))];
    });
  }

  /** The source between an element's tags, for Markdown inside HTML. */
  private innerSource(element: Element): string {
    const location = element.sourceCodeLocation;
    if (!location?.startTag || !location.endTag) return textContent(element);
    return this.source.slice(location.startTag.endOffset, location.endTag.startOffset);
  }
}

const BLANK_LINE_THEN_TEXT = /\n[ \t]*\n\s*\S/;

function underRawHtml(node: Node): boolean {
  for (let parent = node.parentNode; parent && 'tagName' in parent; parent = parent.parentNode) {
    if (attribute(parent, 'markdown') === '0') return true;
  }
  return false;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function markdownMode(element: Element): 'block' | 'span' | undefined {
  const value = attribute(element, 'markdown');
  if (value === undefined || value === '0') return undefined;
  return value === 'span' ? 'span' : 'block';
}

function cellsOf(row: Element): Element[] {
  return row.childNodes.filter((node): node is Element => isElement(node) && (node.tagName === 'td' || node.tagName === 'th'));
}

function alignOf(element: Element): Tokens.TableCell['align'] {
  const value = (attribute(element, 'align') ?? /text-align\s*:\s*(\w+)/i.exec(attribute(element, 'style') ?? '')?.[1])?.toLowerCase();
  return value === 'left' || value === 'right' || value === 'center' ? value : null;
}

function textContent(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (!isElement(node) || HIDDEN.has(node.tagName)) return '';
  return node.childNodes.map(textContent).join('');
}

function codeBlock(pre: Element): Token {
  // Highlighters put the language on a wrapper (`<div class="language-python highlighter-rouge">`).
  const container = pre.parentNode && 'tagName' in pre.parentNode ? pre.parentNode : undefined;
  const code = pre.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'code');
  const classes = [container, pre, code]
    .map((element) => (element ? `${attribute(element, 'class') ?? ''} ${attribute(element, 'data-lang') ?? ''}` : ''))
    .join(' ');
  const named = /(?:^|\s)(?:language|lang|highlight-source|hl)-([\w+#.-]+)/.exec(classes)?.[1] ?? '';
  // Notebook exports name the kernel (`hl-ipython3`).
  const lang = /^ipython\d*$/.test(named) ? 'python' : named;
  return { type: 'code', raw: '', lang, text: textContent(pre).replace(/\n$/, '') };
}

function embed(element: Element): Token[] {
  const url = embedSource(element);
  const kind = element.tagName === 'audio' ? 'audio' : 'video';
  const label = `[${kind}: ${embedLabel(attribute(element, 'title'), url)}]`;
  if (url === undefined) return [htmlText(label)];
  return [{ type: 'link', raw: '', href: url, title: null, text: label, tokens: [htmlText(label)] }];
}

function htmlText(text: string): Token {
  return { type: 'htmlText', raw: '', text };
}

function collapsedText(value: string, spacing: Spacing): Token[] {
  let text = value.replace(/[ \t\n\r\f]+/g, ' ');
  if (spacing.space) text = text.replace(/^ /, '');
  if (text === '') return [];
  spacing.space = text.endsWith(' ');
  return [htmlText(text)];
}

function strong(tokens: Token[]): Token[] {
  return [{ type: 'strong', raw: '', text: '', tokens }];
}

function em(tokens: Token[]): Token[] {
  return [{ type: 'em', raw: '', text: '', tokens }];
}

function paragraph(tokens: Token[]): Token {
  return { type: 'paragraph', raw: '', text: '', tokens };
}

function textBlock(tokens: Token[]): Token {
  return { type: 'text', raw: '', text: '', tokens };
}

function isVisible(token: Token): boolean {
  return token.type !== 'htmlText' || String(token.text).trim() !== '';
}

/** Drops the spaces a run ends with, and those before its line breaks: they would end lines. */
function trimRun(tokens: Token[]): Token[] {
  const trimmed: Token[] = [];
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (token.type === 'htmlText' && (next === undefined || next.type === 'br')) {
      const text = String(token.text).replace(/ $/, '');
      if (text !== '') trimmed.push(htmlText(text));
    } else trimmed.push(token);
  });
  return trimmed;
}
