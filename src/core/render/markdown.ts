// Markdown → one string of terminal text (SGR, OSC 8 and link/heading markers), not yet laid out
// at the width. marked-terminal draws paragraphs, lists, blockquotes and emphasis; the renderers
// below replace the ones that must be exact or safe: text (entities, soft breaks), links and
// images (markers for the link map), headings (ids), code (our highlighting), HTML and tables.
// One renderer renders a post's chunks in order: heading ids stay unique over the whole post and
// reference links resolve against the definitions of the whole post.
import { Lexer, Marked, type Links, type MarkedExtension, type RendererObject, type Token, type Tokens } from 'marked';
import type { LayoutChoices, RenderOptions } from '../types.js';
import { markedTerminal } from 'marked-terminal';
import { sanitizeText } from '../sanitize.js';
import { headingMarker, hyperlinkOpen, HYPERLINK_CLOSE, LINK_END_MARKER, linkStartMarker, visibleText } from './ansi.js';
import { createSlugger } from './anchors.js';
import { decodeEntities } from '../text/htmlEntities.js';
import { codeBlockLines } from './codeBlock.js';
import { markdownExtensions } from './extensions.js';
import { highlightCode } from './highlight.js';
import type { Highlighter } from './highlightBudget.js';
import { emojify } from './emoji.js';
import { htmlExtension } from './html/extension.js';
import { imageLabel } from './html/media.js';
import { rewriteKramdown } from './kramdown.js';
import { rewriteLiquid } from './liquid.js';
import { mayPointElsewhere } from './linkNotes.js';
import { looksLikeOtherHost, urlForDecision } from './linkTextCheck.js';
import { resolveLink } from './links.js';
import { rewriteShortcodes, SHORTCODE_MARKER, withoutPrivateMarks } from './shortcodes.js';
import { stylesFor, type Styles } from './styles.js';
import { renderTable, type Align } from './tables.js';

export interface FoundLink {
  text: string;
  url: string;
  /** Set for images: Enter opens the picture, not a page. */
  image?: true;
}

export interface FoundHeading {
  level: number;
  text: string;
  id: string;
}

export interface TerminalMarkdown {
  text: string;
  /** This chunk's links; their markers count from 0. */
  links: FoundLink[];
  /** This chunk's headings; their markers count from 0. */
  headings: FoundHeading[];
}

/** Renders the post's raw Markdown chunks, in order; then `notes()`, what goes after the last chunk. */
export interface ChunkRenderer {
  (rawMarkdown: string): TerminalMarkdown;
  notes(): TerminalMarkdown;
}

interface PostExtras {
  choices?: LayoutChoices & Pick<RenderOptions, 'palette'>;
  /** The labels of the post's footnote definitions (see footnotes.ts). */
  footnoteLabels?: ReadonlySet<string>;
  /** Highlighting within a budget (highlightBudget.ts); default: highlightCode. */
  highlight?: Highlighter;
}

const TAB = '    ';
const CODE_INDENT = '    ';

/** What marked is given: sanitized (no control sequence from a post reaches the terminal), Jekyll Liquid, kramdown syntax and Hugo shortcodes rewritten. */
function prepareMarkdown(rawMarkdown: string): string {
  return rewriteShortcodes(rewriteKramdown(rewriteLiquid(withoutPrivateMarks(sanitizeText(rawMarkdown)))));
}

/** The link reference definitions (`[id]: url "title"`) of these paragraphs, as marked reads them. */
export function linkDefinitions(rawParagraphs: readonly string[]): Links {
  return rawParagraphs.length === 0 ? {} : new Lexer().lex(prepareMarkdown(rawParagraphs.join('\n\n'))).links;
}

export function createChunkRenderer(width: number, color: boolean, definitions: Links = {}, extras: PostExtras = {}): ChunkRenderer {
  const palette = extras.choices?.palette;
  const styles = stylesFor(color, palette);
  // Reset for each chunk; the renderers below close over the variables.
  let links: FoundLink[] = [];
  let headings: FoundHeading[] = [];
  const slugger = createSlugger();
  const block = (text: string): string => (text === '' ? '' : `${text}\n\n`);
  const prose = (text: string): string =>
    emojify(decodeEntities(text.replace(/\n/g, ' '))).replace(SHORTCODE_MARKER, (_marker, name: string) => styles.dim(`[${name}]`));
  // Registered before its text is rendered, so a link keeps its reading-order place ahead of an
  // image inside it.
  const addLink = (url: string, render: () => string, kind?: 'image'): string => {
    const id = links.push(kind === 'image' ? { text: '', url, image: true } : { text: '', url }) - 1;
    const rendered = render();
    const link = links[id];
    if (link) link.text = visibleText(rendered).trim();
    return linkStartMarker(id) + rendered + LINK_END_MARKER;
  };

  const overrides: RendererObject = {
    text(token: Tokens.Text | Tokens.Escape) {
      return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : prose(token.text);
    },
    codespan(token: Tokens.Codespan) {
      return styles.codespan(sanitizeText(token.text));
    },
    heading(token: Tokens.Heading) {
      const inner = this.parser.parseInline(token.tokens);
      // The heading's words without emphasis or code marks (which plain output keeps in the
      // body): the outline shows them and the anchor id is made from them, as Hugo does.
      const wordsOf = (tokens: Token[]): string =>
        tokens
          .map((child) =>
            child.type === 'codespan'
              ? child.text
              : ['strong', 'em', 'del', 'link'].includes(child.type) && 'tokens' in child && child.tokens
                ? wordsOf(child.tokens)
                : visibleText(this.parser.parseInline([child])),
          )
          .join('');
      const text = wordsOf(token.tokens).trim();
      // An HTML heading's own id (html/toTokens.ts) is its anchor.
      const anchor = (token as Tokens.Heading & { anchor?: string }).anchor;
      const id = headings.push({ level: token.depth, text, id: anchor ?? slugger(text) }) - 1;
      const style = token.depth === 1 ? styles.firstHeading : styles.heading;
      return block(headingMarker(id) + style(`${'#'.repeat(token.depth)} ${inner}`));
    },
    hr() {
      return block(styles.dim('─'.repeat(width)));
    },
    code(token: Tokens.Code) {
      const code = sanitizeText(token.text).replace(/\t/g, TAB);
      const highlighted = (extras.highlight ?? highlightCode)(code, token.lang, color, palette);
      const layout = { width, color, styles, wrap: extras.choices?.codeWrap ?? true, scroll: extras.choices?.codeScroll ?? 0 };
      return block(codeBlockLines(highlighted.split('\n'), CODE_INDENT, layout).join('\n'));
    },
    link(token: Tokens.Link) {
      const url = decodeEntities(token.href);
      const rendered = addLink(url, () => {
        const inner = this.parser.parseInline(token.tokens);
        return styles.link(visibleText(inner).trim() === '' ? url : inner);
      });
      const text = visibleText(rendered);
      const shown = color ? withHyperlink(rendered, url) : rendered;
      return mayPointElsewhere(token, text, url) && looksLikeOtherHost(text, url) ? `${shown} ${styles.dim(`(→ ${urlForDecision(url)})`)}` : shown;
    },
    image(token: Tokens.Image) {
      const url = decodeEntities(token.href);
      return addLink(url, () => styles.link(imageLabel(decodeEntities(token.text), token.title, url)), 'image');
    },
    table(token: Tokens.Table) {
      // Without colour, a cell that is bold as a whole (a DataFrame's index, a row header) drops
      // the `**` marks: its place in the table already says what it is, and marks would misalign it.
      const cellText = (text: string): string => (color ? text : text.replace(/^\*\*([\s\S]*)\*\*$/, '$1'));
      const cells = (row: Tokens.TableCell[]): string[] => row.map((cell) => cellText(this.parser.parseInline(cell.tokens)));
      const align: Align[] = token.align;
      return block(renderTable({ header: cells(token.header), rows: token.rows.map(cells), align }, width, styles));
    },
  };

  const anchor = (id: string): string => headingMarker(headings.push({ level: 0, text: '', id }) - 1);
  const { extensions, footnotes } = markdownExtensions({
    styles,
    width,
    color,
    choices: extras.choices ?? {},
    footnoteLabels: extras.footnoteLabels ?? new Set(),
    link: addLink,
    anchor,
  });

  const marked = new Marked({ gfm: true, async: false });
  // eslint-disable-next-line no-restricted-syntax -- a fixed list of extensions
  marked.use(terminalExtension(styles), { renderer: overrides }, htmlExtension(styles), ...extensions);
  const notes = (): TerminalMarkdown => {
    links = [];
    headings = [];
    const heading = (text: string): string => headingMarker(headings.push({ level: 2, text, id: slugger(text) }) - 1) + styles.heading(`## ${text}`);
    return { text: footnotes.notes((tokens) => marked.parser(tokens), heading), links, headings };
  };
  const render = (rawMarkdown: string): TerminalMarkdown => {
    links = [];
    headings = [];
    // What marked.parse does, with the post's definitions known beforehand: the first
    // definition of a label wins, as in a single render.
    const lexer = new Lexer(marked.defaults);
    Object.assign(lexer.tokens.links, definitions);
    const tokens = lexer.lex(prepareMarkdown(rawMarkdown));
    const { walkTokens } = marked.defaults;
    if (walkTokens) marked.walkTokens(tokens, walkTokens);
    const text = marked.parser(tokens);
    return { text, links, headings };
  };
  return Object.assign(render, { notes });
}

function terminalExtension(styles: Styles): MarkedExtension {
  // @types/marked-terminal declares a Renderer, but 7.x returns a marked extension.
  return markedTerminal({
    strong: styles.strong,
    em: styles.em,
    del: styles.del,
    blockquote: styles.blockquote,
    paragraph: styles.plain,
    listitem: styles.plain,
    tab: 2,
    reflowText: false,
    unescape: false,
    // `:name:` shortcodes would also rewrite URLs inside OSC 8 hyperlinks.
    emoji: false,
  }) as unknown as MarkedExtension;
}

/** OSC 8 around the link text, only for http(s)/mailto targets: a terminal would open any other scheme as readily. */
function withHyperlink(rendered: string, url: string): string {
  const resolved = resolveLink(url);
  return resolved.kind === 'external' && resolved.target ? hyperlinkOpen(resolved.target) + rendered + HYPERLINK_CLOSE : rendered;
}
