// Link text that reads as one host while the link goes to another gets a note with the real URL,
// however the text hides the difference; hosts in notes and in `read`'s link list are punycode.
import { describe, expect, it } from 'vitest';
import { looksLikeOtherHost, urlForDecision } from '../src/core/render/linkTextCheck.js';
import { renderPost } from '../src/core/render/renderPost.js';
import { makePost } from './render-support.js';
import { runCli } from './cli-run.js';
import { makeTempContent } from './fixtures/make-content.js';

describe('looksLikeOtherHost', () => {
  it.each([
    ['a zero-width space', 'paypal.com\u200B'],
    ['a soft hyphen', 'pay\u00ADpal.com'],
    ['a zero-width joiner', 'paypal\u200D.com'],
    ['a Hangul filler', 'paypal.com\u3164'],
    ['full-width letters', 'ｐａｙｐａｌ．ｃｏｍ'],
    ['an ideographic full stop', 'paypal\u3002com'],
    ['a trailing combining mark', 'paypal.com\u0301'],
    ['a Cyrillic look-alike in the URL', 'paypal.com', 'https://p\u0430ypal.com/login'],
  ])('notes text that hides another host: %s', (_name, text, url = 'https://evil.example/login') => {
    expect(looksLikeOtherHost(text, url)).toBe(true);
  });

  it('leaves text that names the real host, or no host, alone', () => {
    expect(looksLikeOtherHost('paypal.com', 'https://www.paypal.com/login')).toBe(false);
    expect(looksLikeOtherHost('PayPal.com/help', 'https://paypal.com/help')).toBe(false);
    expect(looksLikeOtherHost('the docs', 'https://evil.example/')).toBe(false);
  });

  it('shows hosts in punycode', () => {
    expect(urlForDecision('https://p\u0430ypal.com/login')).toBe('https://xn--pypal-4ve.com/login');
    expect(urlForDecision('not a url')).toBe('not a url');
  });
});

it('renders the note with the punycode host', () => {
  const result = renderPost(makePost('[paypal.com\u200B](https://evil.example/login) [paypal.com](https://p\u0430ypal.com/login)'), {
    width: 100,
    color: false,
  });
  const text = result.lines.join('\n');
  expect(text).toContain('(→ https://evil.example/login)');
  expect(text).toContain('(→ https://xn--pypal-4ve.com/login)');
  expect(text).not.toContain('p\u0430ypal');
});

it('lists external links in `read` with the URL they open, host in punycode', () => {
  const temp = makeTempContent();
  try {
    temp.write({ 'content/post.md': '# Post\n\n[paypal.com](https://p\u0430ypal.com/login)\n' });
    const run = runCli(['read', 'post', temp.content], { NO_COLOR: '1', ...temp.cacheEnv } as Record<string, string>);
    expect(run.stdout).toContain('(→ https://xn--pypal-4ve.com/login)');
    expect(run.stdout).toContain('1. paypal.com → https://xn--pypal-4ve.com/login');
    expect(run.stdout).not.toContain('p\u0430ypal');
  } finally {
    temp.remove();
  }
});
