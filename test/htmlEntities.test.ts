import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../src/core/content/markdownToText.js';
import { postMeta, postMarks } from '../src/core/content/postMeta.js';
import { decodeEntities } from '../src/core/text/htmlEntities.js';
import type { Post } from '../src/core/types.js';

describe('one entity decoder for posts and summaries', () => {
  it('decodes the full HTML table, case-sensitively, in a summary as in a post', () => {
    expect(markdownToPlainText('Next &rarr; then &hellip; &Dagger; &copy;')).toBe('Next → then … ‡ ©');
    expect(decodeEntities('Next &rarr;')).toBe('Next →');
  });

  it('leaves references without a semicolon and unknown names as written', () => {
    expect(decodeEntities('AT&T &copy 2024 &nosuchname;')).toBe('AT&T &copy 2024 &nosuchname;');
  });

  it('sanitizes what entities decode into', () => {
    expect(decodeEntities('a&#27;[31mb&#x202e;c&#0;')).toBe('a[31mbc\ufffd');
    expect(markdownToPlainText('Title &#x1b;]52;c;x&#7; &#x2066;end')).toBe('Title ]52;c;x end');
  });

  it('keeps backslash escapes literal', () => {
    expect(markdownToPlainText('\\*not emphasis\\* &amp; more')).toBe('*not emphasis* & more');
  });
});

describe('the post facts line', () => {
  const post = { date: '2024-05-01T00:00:00.000Z', readingMinutes: 3, tags: ['a', 'b'], draft: true, future: true, expired: false } as Post;

  it('names the marks after the options that show them', () => {
    expect(postMarks(post)).toEqual(['draft', 'future']);
    expect(postMeta(post)).toBe('2024-05-01 · 3 min read · #a #b · [draft, future]');
  });
});
