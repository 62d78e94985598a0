import { describe, expect, it } from 'vitest';
import { findMatches } from '../src/tui/post/postSearch.js';

describe('findMatches', () => {
  it('reports display columns of the ANSI-stripped line, wide characters counted as two', () => {
    const lines = ['\u001b[1m日本\u001b[22m Rust rust', 'no', 'RUST\u001b]8;;https://x/\u0007rust\u001b]8;;\u0007'];
    expect(findMatches(lines, 'rust')).toEqual([
      { line: 0, start: 5, end: 9 },
      { line: 0, start: 10, end: 14 },
      { line: 2, start: 0, end: 4 },
      { line: 2, start: 4, end: 8 },
    ]);
  });
  it('keeps columns right when lower-casing changes the length', () => {
    // 'İ'.toLowerCase() is two code units long.
    expect(findMatches(['İİ abc'], 'abc')).toEqual([{ line: 0, start: 3, end: 6 }]);
  });
  it('matches nothing for an empty query and does not overlap matches', () => {
    expect(findMatches(['aaa'], '')).toEqual([]);
    expect(findMatches(['aaaa'], 'aa')).toEqual([
      { line: 0, start: 0, end: 2 },
      { line: 0, start: 2, end: 4 },
    ]);
  });
});
