import { describe, expect, it } from 'vitest';
import { makeSlugsUnique, slugify } from '../src/core/content/slug.js';
import type { Post } from '../src/core/types.js';

function postsWithSlugs(slugs: string[]): Post[] {
  return slugs.map((slug, i) => ({ slug, path: `p${i}.md` }) as Post);
}

describe('slugify', () => {
  it('keeps letters and digits, dashes the rest, keeps non-ASCII letters', () => {
    expect(slugify('  Hello, World! 2024 ')).toBe('hello-world-2024');
    expect(slugify('Café déjà vu')).toBe('café-déjà-vu');
    expect(slugify('***')).toBe('');
  });
});

describe('makeSlugsUnique', () => {
  it('renames later duplicates x-2, x-3…, skipping slugs another post already has, and reports each', () => {
    const posts = postsWithSlugs(['x', 'x', 'x-2', 'x', 'y']);
    const warnings = makeSlugsUnique(posts);
    expect(posts.map((p) => p.slug)).toEqual(['x', 'x-3', 'x-2', 'x-4', 'y']);
    expect(warnings.map((w) => w.path)).toEqual(['p1.md', 'p3.md']);
    expect(warnings[0]?.reason).toContain('duplicate slug "x" (also p0.md)');
  });

  it('gives 20,000 posts of one name 20,000 distinct slugs', () => {
    const posts = postsWithSlugs(Array.from({ length: 20_000 }, () => 'same'));
    makeSlugsUnique(posts);
    expect(new Set(posts.map((p) => p.slug)).size).toBe(20_000);
    expect(posts[19_999]?.slug).toBe('same-20000');
  });
});
