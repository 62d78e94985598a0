// SGR styling for rendered text. The renderer decides colour itself (options.color) instead of
// asking chalk, whose level depends on the process's own stdout.
import type { Palette } from '../types.js';

export type Style = (text: string) => string;

export interface Styles {
  heading: Style;
  firstHeading: Style;
  strong: Style;
  em: Style;
  del: Style;
  codespan: Style;
  blockquote: Style;
  link: Style;
  dim: Style;
  tableBorder: Style;
  tableHeader: Style;
  plain: Style;
  math: Style;
  /** The bar before each line of a quote. */
  quoteBar: Style;
}

const plain: Style = (text) => text;

/** Like chalk: an inner close code that would end the outer style early re-opens it. */
function sgr(open: string, close: string): Style {
  const openCode = `\u001b[${open}m`;
  const closeCode = `\u001b[${close}m`;
  return (text) => (text === '' ? '' : openCode + text.replaceAll(closeCode, closeCode + openCode) + closeCode);
}

function compose(...styles: Style[]): Style {
  return (text) => styles.reduceRight((inner, style) => style(inner), text);
}

export const bold = sgr('1', '22');
export const dim = sgr('2', '22');
export const italic = sgr('3', '23');
const underline = sgr('4', '24');
const strikethrough = sgr('9', '29');
export const color = (code: number): Style => sgr(String(code), '39');

const colorStyles: Styles = {
  heading: compose(color(32), bold),
  firstHeading: compose(color(35), bold, underline),
  strong: bold,
  em: italic,
  del: compose(dim, strikethrough),
  codespan: color(33),
  blockquote: compose(color(90), italic),
  link: compose(color(34), underline),
  dim,
  tableBorder: color(90),
  tableHeader: bold,
  plain,
  math: color(36),
  quoteBar: color(90),
};

// On a white background cyan and yellow are barely readable: blue, red and magenta take their place.
const lightStyles: Styles = {
  ...colorStyles,
  codespan: color(31),
  math: color(34),
};

// Without colour, the marks that carry meaning stay: emphasis, code spans, deletions.
const noColorStyles: Styles = {
  ...(Object.fromEntries(Object.keys(colorStyles).map((key) => [key, plain])) as unknown as Styles),
  strong: (text) => `**${text}**`,
  em: (text) => `_${text}_`,
  del: (text) => `~~${text}~~`,
  codespan: (text) => `\`${text}\``,
};

export function stylesFor(useColor: boolean, palette: Palette = 'dark'): Styles {
  if (!useColor) return noColorStyles;
  return palette === 'light' ? lightStyles : colorStyles;
}
