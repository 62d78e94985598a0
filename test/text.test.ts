// Display width and truncation (core/text): the one-column fast path must agree with string-width.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { truncateToWidth } from '../src/core/text/truncate.js';
import { displayWidth } from '../src/core/text/width.js';

describe('display width', () => {
  it('counts wide characters as two columns and escape sequences as none', () => {
    expect(displayWidth('plain title')).toBe(11);
    expect(displayWidth('日本 ok')).toBe(7);
    expect(displayWidth('\u001b[1mbold\u001b[22m')).toBe(4);
  });
  it('cuts ASCII and wide text to the same columns, ending with …', () => {
    expect(truncateToWidth('abcdefgh', 5)).toBe('abcd…');
    expect(truncateToWidth('abcde', 5)).toBe('abcde');
    expect(truncateToWidth('日本語です', 5)).toBe('日本…');
    expect(truncateToWidth('abc', 0)).toBe('');
  });
  it('never exceeds the width, ASCII or not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), fc.integer({ min: 1, max: 30 }), (text, width) => {
        expect(displayWidth(text)).toBe(stringWidth(text));
        expect(stringWidth(truncateToWidth(text, width))).toBeLessThanOrEqual(width);
      }),
    );
  });
});
