// The print commands' text layout, on Post objects built here (the spawned-CLI tests cover the rest).
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatPostTable } from '../src/cli/format/postTable.js';
import { createStyle } from '../src/cli/format/style.js';
import { formatTagTable } from '../src/cli/format/tagTable.js';
import type { Post } from '../src/core/types.js';
import { makePost } from './render-support.js';

function post(fields: Partial<Post>): Post {
  return makePost('', { id: 'x', slug: 'x', title: 'X', date: null, path: 'x.md', ...fields });
}

const plain = createStyle(false);
const posts = [
  post({ title: 'Building Scalable Machine Learning Pipelines', date: '2025-01-13T11:30:00.000Z', tags: ['machine-learning', 'mlops', 'python'] }),
  post({ title: '日本語のタイトル', date: '2024-06-01T00:00:00.000Z', tags: ['unicode'] }),
  post({ title: 'Work in Progress', date: '2024-02-01T00:00:00.000Z', tags: ['terminals'], draft: true }),
  post({ title: 'Undated', tags: [] }),
];

describe('formatPostTable', () => {
  it('prints every post in full, in aligned columns, when there is no width to fit', () => {
    expect(formatPostTable(posts, plain)).toEqual([
      '2025-01-13  Building Scalable Machine Learning Pipelines  machine-learning, mlops, python',
      '2024-06-01  日本語のタイトル                              unicode',
      '2024-02-01  Work in Progress [draft]                      terminals',
      '            Undated',
    ]);
  });

  it('fits a terminal width: titles and tags cut with an ellipsis, markers kept, nothing wider', () => {
    const lines = formatPostTable(posts, plain, 50);
    expect(lines).toEqual([
      '2025-01-13  Building Scalable Mach…  machine-lear…',
      '2024-06-01  日本語のタイトル         unicode',
      '2024-02-01  Work in Progre… [draft]  terminals',
      '            Undated',
    ]);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(50);
  });

  it('gives the whole width to titles when the tags column would be too narrow to read', () => {
    const lines = formatPostTable(posts, plain, 30);
    expect(lines[0]).toBe('2025-01-13  Building Scalable…');
    expect(lines[2]).toBe('2024-02-01  Work in P… [draft]');
  });

  it('leaves out the date column when no post has a date', () => {
    expect(formatPostTable([post({ title: 'A', tags: ['t'] }), post({ title: 'Bee' })], plain)).toEqual(['A    t', 'Bee']);
  });

  it('marks future and expired posts too', () => {
    const [line] = formatPostTable([post({ title: 'Later', future: true, expired: true })], plain);
    expect(line).toBe('Later [future, expired]');
  });

  it('with colour: bold titles, dim dates and tags, and the same layout', () => {
    const [line] = formatPostTable([post({ title: 'T', date: '2025-01-13T00:00:00.000Z', tags: ['a'] })], createStyle(true));
    expect(line).toBe('\u001b[2m2025-01-13\u001b[22m  \u001b[1mT\u001b[22m  \u001b[2ma\u001b[22m');
  });
});

describe('formatTagTable', () => {
  it('right-aligns counts before the tags', () => {
    expect(
      formatTagTable(
        [
          { tag: 'python', count: 12 },
          { tag: 'machine learning', count: 3 },
        ],
        plain,
      ),
    ).toEqual(['12  python', ' 3  machine learning']);
  });
});
