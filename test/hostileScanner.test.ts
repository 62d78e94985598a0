// The scanner every hostile and fuzz test relies on: it must let the reader's own styling through
// and catch each way content could smuggle a control sequence.
import { describe, expect, it } from 'vitest';
import { findForbiddenSequences } from './support/terminalSafety.js';

describe('findForbiddenSequences', () => {
  it.each([
    ['plain text with tabs and newlines', 'a\tb\nc — 漢字 🙂'],
    ['SGR styling', '\x1b[1m\x1b[38;5;208mbold\x1b[0m \x1b[38:2::1:2:3mrgb\x1b[m'],
    ['an https link closed by ST', '\x1b]8;;https://example.com/a?b=1\x1b\\text\x1b]8;;\x1b\\'],
    ['a mailto link with params closed by BEL', '\x1b]8;id=7;mailto:me@example.com\x07me\x1b]8;;\x07'],
  ])('accepts %s', (_name, text) => {
    expect(findForbiddenSequences(text)).toEqual([]);
  });

  it.each([
    ['OSC 0 title', 'a\x1b]0;pwned\x07b'],
    ['OSC 52 clipboard', '\x1b]52;c;SGVsbG8=\x07'],
    ['OSC 8 to javascript:', '\x1b]8;;javascript:alert(1)\x1b\\x\x1b]8;;\x1b\\'],
    ['OSC 8 to file:', '\x1b]8;;file:///etc/passwd\x07x'],
    ['OSC 8 whose URI hides an escape', '\x1b]8;;https://a\x1b]0;x\x07\x1b\\'],
    ['CSI 2 J', '\x1b[2J'],
    ['SGR with a non-SGR final byte', '\x1b[31;1H'],
    ['RIS', '\x1bc'],
    ['a lone ESC at the end', 'end\x1b'],
    ['8-bit CSI', '\u009b2J'],
    ['NUL', 'a\u0000b'],
    ['CR', 'a\rb'],
    ['BEL', 'a\x07'],
    ['DEL', 'a\x7f'],
    ['right-to-left override', 'a\u202eb'],
    ['right-to-left isolate', '\u2067x'],
    ['Arabic letter mark', '\u061c'],
  ])('reports %s', (_name, text) => {
    expect(findForbiddenSequences(text)).not.toEqual([]);
  });

  it('reports each problem with its position, and scans past allowed sequences', () => {
    expect(findForbiddenSequences('\x1b[1mok\x1b[0m\x1b]0;t\x07 \u202e')).toEqual([
      String.raw`"\u001b]0;t\u0007 \u202e" at 10`,
      String.raw`"\u0007 \u202e" at 15`,
      String.raw`"\u202e" at 17`,
    ]);
  });

  it('scans a 2 MB text quickly', () => {
    const text = `${'\x1b[1mword\x1b[0m '.repeat(150_000)}\x1b]0;x\x07`;
    const started = performance.now();
    expect(findForbiddenSequences(text)).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
