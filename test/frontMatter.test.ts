// splitFrontMatter through gray-matter: the data parsers it may use, the code it must never run,
// and bodies cut exactly where they were.
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../src/core/content/frontMatter.js';

describe('front matter through gray-matter', () => {
  it('reads YAML, TOML (+++ and ---toml) and ---json blocks', () => {
    expect(splitFrontMatter('---\ntitle: A\n---\nBody\n')).toEqual({ data: { title: 'A' }, body: 'Body\n' });
    expect(splitFrontMatter('+++\ntitle = "B"\n+++\nBody\n')).toEqual({ data: { title: 'B' }, body: 'Body\n' });
    expect(splitFrontMatter('---toml\ntitle = "C"\n---\nBody\n')).toEqual({ data: { title: 'C' }, body: 'Body\n' });
    expect(splitFrontMatter('---json\n{ "title": "D" }\n---\nBody\n')).toEqual({ data: { title: 'D' }, body: 'Body\n' });
  });

  it('refuses code front matter in any spelling, and YAML or JSON behind +++', () => {
    for (const opening of ['---js', '---JS', '---javascript', '---coffee', '+++yaml', '+++json']) {
      const delimiter = opening.slice(0, 3);
      expect(splitFrontMatter(`${opening}\n{ title: (() => 'ran')() }\n${delimiter}\nBody\n`)).toEqual({
        reason: `unsupported front matter (${opening}): not evaluated`,
      });
    }
  });

  it('keeps the body exactly, after blank lines, CRLF, a closing line at the end, or a rule', () => {
    expect(splitFrontMatter('\n  \n---\r\ntitle: A\r\n---\r\nBody\r\n\r\nMore')).toEqual({ data: { title: 'A' }, body: 'Body\n\nMore' });
    expect(splitFrontMatter('---\ntitle: A\n---')).toEqual({ data: { title: 'A' }, body: '' });
    expect(splitFrontMatter('---\ntitle: A\n---\n\n---\nnot: data\n---\n')).toEqual({ data: { title: 'A' }, body: '\n---\nnot: data\n---\n' });
    expect(splitFrontMatter('----\nNot front matter\n')).toEqual({ data: {}, body: '----\nNot front matter\n' });
  });

  it('reads comment-only and null blocks as no data, and refuses a list', () => {
    expect(splitFrontMatter('---\n# only a comment\n---\nBody')).toEqual({ data: {}, body: 'Body' });
    expect(splitFrontMatter('---\n~\n---\nBody')).toEqual({ data: {}, body: 'Body' });
    expect(splitFrontMatter('---\n- a\n- b\n---\nBody')).toEqual({ reason: 'invalid front matter: not a map of keys and values' });
  });

  it('never hands out a cached result: the same text parses afresh', () => {
    const text = '---\ntags: [a]\n---\nBody';
    const first = splitFrontMatter(text);
    if (!('data' in first)) throw new Error(first.reason);
    (first.data.tags as string[]).push('changed');
    expect(splitFrontMatter(text)).toEqual({ data: { tags: ['a'] }, body: 'Body' });
  });
});
