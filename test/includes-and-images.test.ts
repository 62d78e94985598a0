// Hugo include/readfile/param expanded when a body is read, within bounds; local images opened
// only from inside the content folder; what Enter does on an image.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadPosts } from '../src/core/content/loadPosts.js';
import { linkOutcome } from '../src/tui/post/linkOutcome.js';
import { openContentFile } from '../src/platform/openFile.js';
import type { SpawnFunction } from '../src/platform/openUrl.js';
import type { RenderedLink } from '../src/core/types.js';
import { makeTempContent } from './fixtures/make-content.js';

const temp = makeTempContent();
afterAll(() => temp.remove());

temp.write({
  'content/posts/page.md': [
    '---',
    'title: Page',
    'params:',
    '  minVersion: 0.141.0',
    'toolName: hugo',
    '---',
    'Needs v{{< param "minVersion" >}} of {{< param toolName >}}; {{< param missing >}}.',
    '',
    '{{% include "/_common/a.md" %}}',
    '',
    '{{% include "sibling.md" %}}',
    '',
    '{{% include "../../secret.md" %}}',
    '',
    '{{% readfile file="/_common/big.md" %}}',
    '',
    '{{% include "/_common/link.md" %}}',
    '',
    '`{{%/* include "/_common/a.md" */%}}`',
  ].join('\n'),
  'content/posts/sibling.md': '---\ntitle: Sibling\n---\nSibling text.',
  'content/_common/a.md': '---\n_comment: shared\n---\nShared A, then: {{% include "/_common/b.md" %}}',
  'content/_common/b.md': 'Shared B, then: {{% include "/_common/c.md" %}} and {{% include "/_common/a.md" %}}',
  'content/_common/c.md': 'Too deep.',
  'content/_common/big.md': 'x'.repeat(300 * 1024),
  'secret.md': 'SECRET',
  'content/images/cat.png': 'png',
});
symlinkSync(join(temp.root, 'secret.md'), join(temp.content, '_common/link.md'));

describe('include, readfile and param', () => {
  const body = loadPosts(temp.content).posts.find((post) => post.path === 'posts/page.md')!.body;

  it('fills params from the front matter (params first, then top level)', () => {
    expect(body).toContain('Needs v0.141.0 of hugo; {{< param missing >}}.');
  });

  it('inlines files inside the folder, two levels deep, refusing cycles, escapes, links out and large files', () => {
    expect(body).toContain('Shared A, then: Shared B, then: {{% include "/_common/c.md" %}} and {{% include "/_common/a.md" %}}');
    expect(body).toContain('Sibling text.');
    expect(body).not.toContain('_comment');
    expect(body).toContain('{{% include "../../secret.md" %}}');
    expect(body).toContain('{{% readfile file="/_common/big.md" %}}');
    expect(body).toContain('{{% include "/_common/link.md" %}}');
    expect(body).not.toContain('SECRET');
    expect(body).toContain('`{{%/* include "/_common/a.md" */%}}`');
  });
});

describe('opening a local image', () => {
  const spawnRecorder = () =>
    vi.fn<SpawnFunction>(() => ({ once: (event: string, listener: () => void) => event === 'spawn' && listener(), unref() {} }) as never);

  it('opens a file inside the folder with the platform opener, without a shell', async () => {
    const spawn = spawnRecorder();
    const result = await openContentFile(temp.content, 'images/cat.png', { env: {}, spawn, platform: 'linux' });
    expect(result).toEqual({ ok: true, message: 'opened images/cat.png' });
    expect(spawn).toHaveBeenCalledWith('xdg-open', [join(temp.content, 'images/cat.png')], expect.objectContaining({ shell: false }));
  });

  it('refuses files outside the folder (also through a symbolic link) and missing ones', async () => {
    const spawn = spawnRecorder();
    expect((await openContentFile(temp.content, '../secret.md', { env: {}, spawn })).message).toBe(
      'refused ../secret.md: it is outside the content folder',
    );
    expect((await openContentFile(temp.content, '_common/link.md', { env: {}, spawn })).message).toBe(
      'refused _common/link.md: it is outside the content folder',
    );
    expect((await openContentFile(temp.content, 'images/dog.png', { env: {}, spawn })).message).toBe('no file images/dog.png in the content folder');
    expect(spawn).not.toHaveBeenCalled();
  });
});

describe('Enter on an image', () => {
  const image = (fields: Partial<RenderedLink>): RenderedLink => ({
    index: 0,
    text: '[image: x]',
    url: 'x.png',
    kind: 'image',
    spans: [],
    ...fields,
  });
  const rendered = { lines: [], links: [], headings: [] };

  it('opens a web image through the safe opener, a local one from its file, and says why not otherwise', () => {
    expect(linkOutcome(image({ target: 'https://e.example/x.png' }), rendered)).toEqual({ kind: 'openExternal', url: 'https://e.example/x.png' });
    expect(linkOutcome(image({ file: 'images/x.png' }), rendered)).toEqual({ kind: 'openFile', path: 'images/x.png' });
    expect(linkOutcome(image({ url: 'data:image/png;base64,AA', reason: 'an image inside the page cannot be opened' }), rendered)).toEqual({
      kind: 'refused',
      message: 'cannot open image data:image/png;base64,AA: an image inside the page cannot be opened',
    });
  });
});
