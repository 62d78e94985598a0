// mailto URLs reach a mail client only with fields it reads as subject, body, cc, bcc or to:
// `attach` in any spelling (a local file sent along) never passes.
import { describe, expect, it } from 'vitest';
import { checkSafeUrl } from '../src/core/open/safeUrl.js';

describe('mailto query', () => {
  it.each([
    ['a key with a leading plus (a space once decoded)', 'mailto:a@b.example?+attach=/etc/passwd'],
    ['a percent-encoded space before the key', 'mailto:a@b.example?x=1&%20attach=/etc/passwd'],
    ['a key encoded twice', 'mailto:a@b.example?%2561ttach=/etc/passwd'],
    ['another case and a longer name', 'mailto:a@b.example?Attachment=/etc/passwd'],
    ['a zero-width space inside the key', 'mailto:a@b.example?att%E2%80%8Bach=/etc/passwd'],
    ['full-width letters', 'mailto:a@b.example?%EF%BC%A1TTACH=/etc/passwd'],
  ])('refuses an attachment: %s', (_name, url) => {
    expect(checkSafeUrl(url)).toEqual({ ok: false, reason: 'mailto attachments are not allowed' });
  });

  it('refuses fields mail clients do not share', () => {
    const check = checkSafeUrl('mailto:a@b.example?x=1&subject=hi');
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toBe('mailto fields other than subject, body, cc, bcc, to are not allowed');
  });

  it('passes subject, body, cc, bcc and to, in any case', () => {
    const url = 'mailto:a@b.example?Subject=hi%20there&body=x&cc=c@d.example&bcc=e@f.example&to=g@h.example';
    expect(checkSafeUrl(url)).toEqual({ ok: true, url });
    expect(checkSafeUrl('mailto:a@b.example')).toEqual({ ok: true, url: 'mailto:a@b.example' });
  });
});
