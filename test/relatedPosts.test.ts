import { PostIndex } from '../src/core/content/postIndex.js';
import { describe, expect, it } from 'vitest';
import { relatedPosts } from '../src/core/related/relatedPosts.js';
import { renderPost } from '../src/core/render/renderPost.js';
import { makePost } from './tui-support/posts.js';

const post = (slug: string, tags: string[], date: string | null) => makePost({ slug, title: `Title ${slug}`, tags, date });

describe('relatedPosts', () => {
  const current = post('current', ['go', 'cli', 'tui'], '2024-05-01');
  const posts = [
    current,
    post('one-tag-new', ['go'], '2024-06-01'),
    post('two-tags-old', ['go', 'cli'], '2020-01-01'),
    post('three-tags', ['Go', 'CLI', 'tui'], '2019-01-01'),
    post('one-tag-old', ['tui'], '2021-01-01'),
    post('one-tag-undated', ['cli'], null),
    post('unrelated', ['cooking'], '2024-07-01'),
    post('one-tag-mid', ['go'], '2023-01-01'),
  ];

  it('ranks by shared tags (case folded), then newer first, undated last; at most 5, never itself or unrelated posts', () => {
    expect(relatedPosts(current, posts).map((p) => p.slug)).toEqual(['three-tags', 'two-tags-old', 'one-tag-new', 'one-tag-mid', 'one-tag-old']);
    expect(relatedPosts(current, posts, 10).map((p) => p.slug)).toEqual([
      'three-tags',
      'two-tags-old',
      'one-tag-new',
      'one-tag-mid',
      'one-tag-old',
      'one-tag-undated',
    ]);
  });

  it('a post without tags has no related posts', () => {
    expect(relatedPosts(post('bare', [], null), posts)).toEqual([]);
  });
});

describe('the Related section at the end of a rendered post', () => {
  const current = makePost({ slug: 'current', title: 'Current', tags: ['go'], body: '# Current\n\nText with a [link](https://example.com).\n' });
  const other = makePost({ slug: 'other', title: 'Other [weird] *title*', tags: ['go'], path: 'posts/my notes/other.md' });

  it('lists related posts as internal links after the post, titles shown as written', () => {
    const result = renderPost(current, {
      width: 60,
      color: false,
      linkTargets: new PostIndex([current, other]),
      related: relatedPosts(current, [current, other]),
    });
    const at = result.lines.indexOf('## Related');
    expect(at).toBeGreaterThan(0);
    expect(result.lines[at + 2]).toContain('Other [weird] *title*');
    expect(result.links.at(-1)).toMatchObject({ kind: 'internal', target: 'other', text: 'Other [weird] *title*' });
    expect(result.links.at(-1)?.spans[0]?.line).toBe(at + 2);
    expect(result.headings.at(-1)).toMatchObject({ text: 'Related', line: at });
  });

  it('no section without related posts, or without a shared tag', () => {
    expect(renderPost(current, { width: 60, color: false }).lines).not.toContain('## Related');
    expect(renderPost(current, { width: 60, color: false, related: relatedPosts(current, [current]) }).lines).not.toContain('## Related');
  });
});
