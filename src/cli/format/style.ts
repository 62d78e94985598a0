// The few SGR styles the print commands use. With colour off they return the text untouched, so
// piped output carries no escape byte at all.
import { bold, color as foreground, dim } from '../../core/render/styles.js';

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  /** For the draft / future / expired markers. */
  warn(text: string): string;
}

const plain = (text: string) => text;

export function createStyle(color: boolean): Style {
  return color ? { bold, dim, warn: foreground(33) } : { bold: plain, dim: plain, warn: plain };
}
