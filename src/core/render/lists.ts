// Lists drawn here rather than by marked-terminal, which numbers every ordered list from 1 and
// counts the items of nested lists into its own: an ordered list starts at its `start` and
// numbers only its own items; nested lists indent under their item's text; task items show
// ☐/☑. Definition lists (`Term` then `: definition`, as Hugo's goldmark and PHP Markdown Extra
// write them) get the term on its own line in bold and each definition indented.
import type { MarkedExtension, RendererThis, Tokens } from 'marked';
import type { Styles } from './styles.js';

interface DefinitionList extends Tokens.Generic {
  type: 'definitionList';
  term: Tokens.Generic[];
  definitions: Tokens.Generic[][];
}

const DEFINITION_INDENT = '    ';
const LIST_INDENT = '  ';
// A term line, an optional blank line, then `: definition` lines (indented lines continue one).
// A line opening display math (`$$`, `\[`) is never a term: this tokenizer is tried before math's.
const DEFINITION_LIST = /^(?![ \t]*(?::|\$\$|\\\[))([^\n]+)\n(?:[ \t]*\n)?((?: {0,3}:[ \t]+[^\n]*(?:\n|$)(?:[ \t]+\S[^\n]*(?:\n|$))*)+)/;
const DEFINITION_LINE = /^ {0,3}:[ \t]+/;
const DEFINITION_AFTER_TERM = /^(?:[ \t]*\n)? {0,3}:[ \t]/;

export function listExtension(styles: Styles): MarkedExtension {
  return {
    renderer: {
      list(this: RendererThis, token: Tokens.List) {
        const start = token.ordered && typeof token.start === 'number' ? token.start : 1;
        const items = token.items.map((item, index) => {
          const bullet = token.ordered ? `${start + index}. ` : '* ';
          const box = item.task ? (item.checked ? '☑ ' : '☐ ') : '';
          const blocks = item.tokens
            .filter((child) => child.type !== 'checkbox')
            .map((child) => this.parser.parse([child], item.loose).replace(/\n+$/, ''))
            .filter((text) => text.trim() !== '');
          const body = blocks.join(item.loose ? '\n\n' : '\n');
          return bullet + box + indentRest(body, ' '.repeat(bullet.length));
        });
        // Indented by two, as marked-terminal drew lists; a nested list is indented under its item's text.
        return `${indentRest(LIST_INDENT + items.join(token.loose ? '\n\n' : '\n'), LIST_INDENT)}\n\n`;
      },
    },
    extensions: [
      {
        name: 'definitionList',
        level: 'block',
        start(src) {
          const blank = src.search(/\n[ \t]*\n/);
          const paragraph = blank < 0 ? src : src.slice(0, blank);
          const colon = /\n {0,3}:[ \t]/.exec(paragraph);
          if (!colon) return undefined;
          return paragraph.lastIndexOf('\n', colon.index - 1) + 1;
        },
        tokenizer(src) {
          // Tried at every block: the cheap test first (is the next line, or the one after a blank, a definition?).
          const newline = src.indexOf('\n');
          if (newline < 0 || !DEFINITION_AFTER_TERM.test(src.slice(newline + 1, newline + 200))) return undefined;
          const match = DEFINITION_LIST.exec(src);
          if (!match?.[1]?.trim() || !match[2]) return undefined;
          const definitions = match[2].split(/\n(?= {0,3}:[ \t])/).map((definition) =>
            this.lexer.inlineTokens(
              definition
                .replace(DEFINITION_LINE, '')
                .replace(/\n[ \t]+/g, '\n')
                .trim(),
            ),
          );
          const token: DefinitionList = { type: 'definitionList', raw: match[0], term: this.lexer.inlineTokens(match[1].trim()), definitions };
          return token;
        },
        renderer(token) {
          const { term, definitions } = token as DefinitionList;
          const lines = definitions.map((definition) => DEFINITION_INDENT + this.parser.parseInline(definition).replace(/\n/g, ' '));
          return `${styles.strong(this.parser.parseInline(term))}\n${lines.join('\n')}\n\n`;
        },
      },
    ],
  };
}

function indentRest(text: string, indent: string): string {
  return text.replace(/\n(?=.)/g, `\n${indent}`);
}
