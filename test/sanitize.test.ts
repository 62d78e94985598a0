import { describe, expect, it } from 'vitest';
import { hasUnsafeCharacters, sanitizeLine, sanitizeText } from '../src/core/sanitize.js';

describe('sanitizeText', () => {
  it('removes C0, DEL, C1 and bidi controls but keeps tabs, newlines and ordinary text', () => {
    const hostile = 'a\u001b]0;pwned\u0007b\u009b2Jc\u0000d\u202Ee\u2066f\u200Fg\u061Ch\u007Fi\r\n\tj';
    expect(sanitizeText(hostile)).toBe('a]0;pwnedb2Jcdefghi\n\tj');
  });
  it('leaves CJK, emoji and accents alone', () => {
    expect(sanitizeText('日本語 🎉 café')).toBe('日本語 🎉 café');
  });
});

describe('sanitizeLine', () => {
  it('collapses newlines and whitespace into single spaces', () => {
    expect(sanitizeLine('  one\ntwo\r\n\tthree \u001b[2J ')).toBe('one two three [2J');
  });
  it('caps the length without splitting a surrogate pair', () => {
    const capped = sanitizeLine('🎉'.repeat(10), 5);
    expect(capped).toBe('🎉🎉🎉🎉…');
  });
});

describe('hasUnsafeCharacters', () => {
  it('detects escape and bidi characters, repeatedly', () => {
    expect(hasUnsafeCharacters('x\u001by')).toBe(true);
    expect(hasUnsafeCharacters('x\u001by')).toBe(true);
    expect(hasUnsafeCharacters('plain\ttext\n')).toBe(false);
    expect(hasUnsafeCharacters('\u202E')).toBe(true);
  });
});
