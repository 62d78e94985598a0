// Tables drawn to fit the width. cli-table3 (marked-terminal's table) measures only SGR codes,
// so link markers and OSC 8 inside cells would break its widths: the grid is drawn here instead.
// Columns shrink widest-first; cells wrap. A table too wide for even 3 columns of text per cell
// becomes one "Header: value" record per row.
import { visibleText } from './ansi.js';
import type { Styles } from './styles.js';
import { displayWidth } from '../text/width.js';
import { layoutText } from './wrap.js';

export type Align = 'left' | 'center' | 'right' | null;

export interface TableCells {
  header: string[];
  rows: string[][];
  align: Align[];
}

const MIN_COLUMN = 3;

export function renderTable(table: TableCells, width: number, styles: Styles): string {
  const columns = table.header.length;
  const available = width - (3 * columns + 1);
  if (columns === 0 || available < MIN_COLUMN * columns) return renderRecords(table, styles);
  const widths = fitColumns(naturalWidths(table), available);
  const border = (left: string, middle: string, right: string): string =>
    styles.tableBorder(left + widths.map((w) => '─'.repeat(w + 2)).join(middle) + right);
  const bar = styles.tableBorder('│');
  const drawRow = (cells: string[], style: (text: string) => string): string[] => {
    const laidOut = widths.map((w, column) => layoutText(style(cells[column] ?? ''), w));
    const height = laidOut.reduce((tallest, lines) => Math.max(tallest, lines.length), 0);
    return Array.from({ length: height }, (_, line) => {
      const parts = laidOut.map((lines, column) => pad(lines[line] ?? '', widths[column] ?? 0, table.align[column] ?? null));
      return `${bar} ${parts.join(` ${bar} `)} ${bar}`;
    });
  };
  return [
    border('┌', '┬', '┐'),
    ...drawRow(table.header, styles.tableHeader),
    border('├', '┼', '┤'),
    ...table.rows.flatMap((row) => drawRow(row, styles.plain)),
    border('└', '┴', '┘'),
  ].join('\n');
}

function naturalWidths(table: TableCells): number[] {
  return table.header.map((cell, column) =>
    table.rows.reduce(
      (wide, row) => Math.max(wide, displayWidth(visibleText(row[column] ?? ''))),
      Math.max(MIN_COLUMN, displayWidth(visibleText(cell))),
    ),
  );
}

/** The largest cap T with sum(min(natural, T)) <= available; spare columns go to the capped ones. */
function fitColumns(natural: number[], available: number): number[] {
  const total = (cap: number): number => natural.reduce((sum, w) => sum + Math.min(w, cap), 0);
  let cap = natural.reduce((wide, w) => Math.max(wide, w), 0);
  if (total(cap) <= available) return natural;
  let low = MIN_COLUMN;
  while (low < cap) {
    const middle = Math.ceil((low + cap) / 2);
    if (total(middle) <= available) low = middle;
    else cap = middle - 1;
  }
  let spare = available - total(low);
  return natural.map((w) => {
    if (w <= low) return w;
    const extra = spare > 0 ? 1 : 0;
    spare -= extra;
    return low + extra;
  });
}

function pad(text: string, width: number, align: Align): string {
  const space = Math.max(0, width - displayWidth(visibleText(text)));
  if (align === 'right') return ' '.repeat(space) + text;
  if (align === 'center') return ' '.repeat(Math.floor(space / 2)) + text + ' '.repeat(Math.ceil(space / 2));
  return text + ' '.repeat(space);
}

function renderRecords(table: TableCells, styles: Styles): string {
  return table.rows.map((row) => row.map((cell, column) => `${styles.tableHeader(table.header[column] ?? '')}: ${cell}`).join('\n')).join('\n\n');
}
