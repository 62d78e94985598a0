// Text styles by role. Without colour (--no-color, NO_COLOR) roles fall back to bold, underline
// and inverse, which stay legible on any terminal, like less.
import type { TextProps } from 'ink';

export interface Theme {
  header: TextProps;
  selected: TextProps;
  match: TextProps;
  dim: TextProps;
  notice: TextProps;
}

export function theme(color: boolean): Theme {
  return color
    ? {
        header: { bold: true, color: 'cyan' },
        selected: { inverse: true },
        match: { bold: true, color: 'yellow' },
        dim: { dimColor: true },
        notice: { color: 'yellow' },
      }
    : { header: { bold: true }, selected: { inverse: true }, match: { bold: true, underline: true }, dim: {}, notice: { bold: true } };
}
