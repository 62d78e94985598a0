// The few SGR styles the print commands use. With colour off they return the text untouched, so
// piped output carries no escape byte at all.
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  /** For the draft / future / expired markers. */
  warn(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`);
const plain = (text: string) => text;

export function createStyle(color: boolean): Style {
  return color ? { bold: sgr(1, 22), dim: sgr(2, 22), warn: sgr(33, 39) } : { bold: plain, dim: plain, warn: plain };
}
