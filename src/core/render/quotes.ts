// Blockquotes and GitHub alerts (`> [!NOTE]`), drawn with a bar before every line: wrapped
// lines and nested quotes included, so a quote still reads as one without colour. The quote's
// text is laid out here, narrower by the bar, so no later wrap can lose it. marked-alert
// recognizes the alerts (it turns their blockquote tokens into `alert` tokens); the drawing is ours.
import type { MarkedExtension, RendererThis, Token, Tokens } from 'marked';
import markedAlert from 'marked-alert';
import { bold, color as colorStyle, type Style, type Styles } from './styles.js';
import { layoutText } from './wrap.js';

interface AlertToken extends Tokens.Generic {
  type: 'alert';
  meta: { variant: string; title: string };
  tokens: Token[];
}

const ALERT_COLORS: Readonly<Record<string, number>> = { note: 34, tip: 32, important: 35, warning: 33, caution: 31 };
const BAR = '│';

export function quoteExtension(styles: Styles, width: number, useColor: boolean): MarkedExtension[] {
  // Quotes render inside out: a nested quote is drawn while its parent's content is parsed.
  let depth = 0;
  const draw = (parser: RendererThis['parser'], tokens: Token[], bar: Style, textStyle: Style, title?: string): string => {
    depth++;
    let inner: string;
    try {
      inner = parser
        .parse(tokens)
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    } finally {
      depth--;
    }
    const room = Math.max(10, width - 2 * (depth + 1));
    const body = inner === '' ? [] : layoutText(inner, room).map((line) => (line === '' ? '' : textStyle(line)));
    const lines = title === undefined ? body : [title, ...body];
    return `${lines.map((line) => (line === '' ? bar(BAR) : `${bar(BAR)} ${line}`)).join('\n')}\n\n`;
  };
  const alert = markedAlert();
  return [
    alert,
    // Registered after marked-alert so its walkTokens runs first: marked-alert only knows
    // `[!NOTE]`, while GitHub and Hugo also read `[!note]` (Hugo's own docs write it so).
    { walkTokens: upperCaseAlertMarker },
    {
      renderer: {
        blockquote(this: RendererThis, token: Tokens.Blockquote) {
          return draw(this.parser, token.tokens, styles.quoteBar, styles.blockquote);
        },
      },
      extensions: [
        {
          name: 'alert',
          level: 'block',
          renderer(token) {
            const { meta, tokens } = token as AlertToken;
            const tint = colorStyle(ALERT_COLORS[meta.variant] ?? 34);
            const title = useColor ? bold(tint(meta.title)) : meta.title.toUpperCase();
            return draw(this.parser, tokens, useColor ? tint : styles.plain, styles.plain, title);
          },
        },
      ],
    },
  ];
}

const ALERT_MARKER = /^\[!(note|tip|important|warning|caution)\]/i;

function upperCaseAlertMarker(token: Token): void {
  if (token.type !== 'blockquote' || !ALERT_MARKER.test(token.text)) return;
  const upper = (text: string): string => text.replace(ALERT_MARKER, (marker) => marker.toUpperCase());
  token.text = upper(token.text);
  const first = token.tokens?.[0];
  if (!first) return;
  first.raw = upper(first.raw);
  const text = 'tokens' in first ? first.tokens?.[0] : undefined;
  if (text) {
    text.raw = upper(text.raw);
    if ('text' in text) text.text = upper(text.text);
  }
}
