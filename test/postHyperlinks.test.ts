import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { hyperlinksForInk } from '../src/tui/post/inkHyperlinks.js';

const open = (url: string) => `\u001b]8;;${url}\u001b\\`;
const CLOSE = open('');
const LINE = `see ${open('https://a.example/')}\u001b[34mfirst\u001b[39m${CLOSE} and ${open('https://b.example/')}second${CLOSE} end`;

describe('hyperlinksForInk', () => {
  it('keeps only the focused link’s hyperlink, ended by BEL, and every character and colour', () => {
    const drawn = hyperlinksForInk(LINE, 'https://b.example/');
    expect(drawn).toBe('see \u001b[34mfirst\u001b[39m and \u001b]8;;https://b.example/\u0007second\u001b]8;;\u0007 end');
    expect(stripAnsi(drawn)).toBe(stripAnsi(LINE));
  });
  it('drops every hyperlink when no link is focused', () => {
    expect(hyperlinksForInk(LINE, undefined)).toBe('see \u001b[34mfirst\u001b[39m and second end');
  });
  it('keeps a hyperlink that continues from the line before (its close alone) only when it is the kept one', () => {
    expect(hyperlinksForInk(`tail${CLOSE} rest`, undefined)).toBe('tail rest');
    expect(hyperlinksForInk(`${open('https://a.example/')}head`, 'https://a.example/')).toBe('\u001b]8;;https://a.example/\u0007head');
  });
  it('leaves lines without hyperlinks as they are', () => {
    const line = '\u001b[1mbold\u001b[22m text';
    expect(hyperlinksForInk(line, 'https://a.example/')).toBe(line);
  });
});
