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

/** The colours in use: `dark` (the default, for dark backgrounds) or `light` (config `theme = "light"`), installed once at start. */
let palette: 'dark' | 'light' = 'dark';

export function installPalette(name: 'dark' | 'light'): void {
  palette = name;
}

// On a white background cyan and yellow are barely readable: blue, magenta and red are.
const LIGHT: Theme = {
  header: { bold: true, color: 'blue' },
  selected: { inverse: true },
  match: { bold: true, color: 'magenta' },
  dim: { dimColor: true },
  notice: { color: 'red' },
};

export function theme(color: boolean): Theme {
  if (color && palette === 'light') return LIGHT;
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
