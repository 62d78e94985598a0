import { describe, expect, it } from 'vitest';
import { makeIdsUnique, postId, sectionKey } from '../src/core/content/identity.js';
import { slugify } from '../src/core/content/slug.js';
import type { Post } from '../src/core/types.js';

describe('slugify', () => {
  it('keeps letters and digits, dashes the rest, keeps non-ASCII letters', () => {
    expect(slugify('  Hello, World! 2024 ')).toBe('hello-world-2024');
    expect(slugify('Café déjà vu')).toBe('café-déjà-vu');
    expect(slugify('***')).toBe('');
  });
});

describe('post ids', () => {
  it('are the path without the extension; a leaf bundle is its folder', () => {
    expect(postId({ relPath: 'functions/strings/title.md' })).toBe('functions/strings/title');
    expect(postId({ relPath: 'notes.markdown' })).toBe('notes');
    expect(postId({ relPath: 'posts/trip/index.md', bundleName: 'trip' })).toBe('posts/trip');
  });

  it('name their section by the first folder; Jekyll drafts are in posts', () => {
    expect(sectionKey('functions/strings/title', false)).toBe('functions');
    expect(sectionKey('about', false)).toBe('');
    expect(sectionKey('_drafts/idea', true)).toBe('posts');
    expect(sectionKey('_recipes/pasta', true)).toBe('recipes');
  });

  it('two files with one id: the later is known by its path, and that is reported; equal slugs are not', () => {
    const posts = [
      { id: 'a', slug: 'x', path: 'a.markdown' },
      { id: 'a', slug: 'x', path: 'a.md' },
      { id: 'b/x', slug: 'x', path: 'b/x.md' },
    ] as Post[];
    const warnings = makeIdsUnique(posts);
    expect(posts.map((post) => post.id)).toEqual(['a', 'a.md', 'b/x']);
    expect(warnings).toEqual([{ path: 'a.md', reason: 'same id "a" as a.markdown: this post\'s id is "a.md"' }]);
  });
});
