import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { styleColumns } from '../src/tui/post/styleColumns.js';

const INVERSE = '\u001b[7m';

describe('styleColumns', () => {
  it('wraps the columns in the style and restores the line state after it', () => {
    const line = 'ab \u001b[34mblue text\u001b[39m end';
    const styled = styleColumns(line, [{ start: 3, end: 7, open: INVERSE }]);
    expect(styled).toBe(`ab \u001b[34m${INVERSE}blue\u001b[0m\u001b[34m text\u001b[39m end`);
    expect(stripAnsi(styled)).toBe(stripAnsi(line));
  });
  it('re-applies the style after a reset inside the range and keeps hyperlinks intact', () => {
    const line = '\u001b]8;;https://x.y/\u0007li\u001b[0mnk\u001b]8;;\u0007 tail';
    const styled = styleColumns(line, [{ start: 0, end: 4, open: INVERSE }]);
    expect(styled).toBe(`\u001b]8;;https://x.y/\u0007${INVERSE}li\u001b[0m${INVERSE}nk\u001b]8;;\u0007\u001b[0m\u001b[0m tail`);
  });
  it('counts wide characters as two columns', () => {
    expect(styleColumns('日本語 x', [{ start: 2, end: 4, open: INVERSE }])).toBe(`日${INVERSE}本\u001b[0m語 x`);
  });
  it('applies several ranges on one line', () => {
    const styled = styleColumns('one two three', [
      { start: 0, end: 3, open: '<a>' },
      { start: 4, end: 7, open: '<b>' },
    ]);
    expect(styled).toBe('<a>one\u001b[0m <b>two\u001b[0m three');
  });
});
