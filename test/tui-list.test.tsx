import { vi } from 'vitest';
// Colours on, so highlighted characters can be checked in the raw frame (chalk reads this at import).
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { Post, Warning } from '../src/core/types.js';
import { App } from '../src/tui/App.js';
import { KEYS, pressAndWait, screen, waitForFrame } from './tui-support/ink.js';
import { POSTS } from './tui-support/posts.js';

afterEach(cleanup);

async function mount(options: { posts?: Post[]; warnings?: Warning[]; columns?: number; rows?: number } = {}) {
  const app = render(
    <App
      loaded={{ posts: options.posts ?? POSTS, warnings: options.warnings ?? [], blogName: 'Field Notes' }}
      size={{ columns: options.columns ?? 60, rows: options.rows ?? 14 }}
      color
      performRequest={async () => ''}
    />,
  );
  await waitForFrame(app, (frame) => frame.includes('Field Notes'));
  return app;
}

const frame = (...lines: string[]) => lines.join('\n');

describe('List screen', () => {
  it('draws header, rows, summary and hints; j/k move the highlight and the summary follows', async () => {
    const app = await mount();
    expect(screen(app)).toBe(
      frame(
        'Field Notes                                     5 of 5 posts',
        '> 2025-01-13  Building Scalable ML Pipelines  #python #mlops',
        '  2024-11-02  Writing a CLI in Rust               #rust #cli',
        '  2024-08-20  Gradual Typing in Python               #python',
        '  2024-03-05  Terminal Colours Explained      #cli #terminal',
        '              Notes Without a Date',
        '',
        '',
        '',
        '────────────────────────────────────────────────────────────',
        'Summary of Building Scalable ML Pipelines.',
        '',
        'Enter open post  / search  t filter by tags  q quit  ? help',
      ),
    );
    const moved = await pressAndWait(app, 'j');
    expect(moved.split('\n').slice(1, 3)).toEqual([
      '  2025-01-13  Building Scalable ML Pipelines  #python #mlops',
      '> 2024-11-02  Writing a CLI in Rust               #rust #cli',
    ]);
    expect(moved.split('\n')[10]).toBe('Summary of Writing a CLI in Rust.');
    expect((await pressAndWait(app, 'k')).split('\n')[1]).toMatch(/^> 2025-01-13/);
    expect((await pressAndWait(app, 'G')).split('\n')[5]).toBe('>             Notes Without a Date');
    expect((await pressAndWait(app, KEYS.home)).split('\n')[1]).toMatch(/^> 2025-01-13/);
  });

  it('scrolls to keep the selection visible and draws only the visible rows', async () => {
    const posts = Array.from({ length: 10_000 }, (_, i) => ({ ...POSTS[1]!, id: `p${i}`, slug: `p${i}`, path: `p${i}.md`, title: `Post ${i}` }));
    const app = await mount({ posts });
    expect(screen(app).split('\n')[0]).toMatch(/10000 of 10000 posts$/);
    const bottom = (await pressAndWait(app, 'G')).split('\n');
    expect(bottom.slice(1, 9).map((line) => line.slice(14, 24).trim())).toEqual([
      'Post 9992',
      'Post 9993',
      'Post 9994',
      'Post 9995',
      'Post 9996',
      'Post 9997',
      'Post 9998',
      'Post 9999',
    ]);
    expect(bottom[8]).toMatch(/^> /);
  });

  it('search narrows on every key, highlights the matched characters, and Esc restores the list', async () => {
    const app = await mount();
    expect((await pressAndWait(app, '/')).split('\n')[1]).toBe('/█ (also #tag, is:unread, is:starred)');
    await pressAndWait(app, 'r');
    await pressAndWait(app, 'u');
    await pressAndWait(app, 's');
    const found = await pressAndWait(app, 't');
    expect(found.split('\n').slice(0, 3)).toEqual([
      'Field Notes                                     1 of 5 posts',
      '/rust█',
      '> 2024-11-02  Writing a CLI in Rust               #rust #cli',
    ]);
    // "Rust" in the title is drawn bold yellow (SGR 1 and 33).
    expect(app.lastFrame()).toMatch(/\u001b\[1m\u001b\[33mRust\u001b\[39m\u001b\[22m/);
    const cleared = await pressAndWait(app, KEYS.escape);
    expect(cleared.split('\n')[0]).toMatch(/5 of 5 posts$/);
    expect(cleared).not.toContain('/rust');
  });

  it('#tag in the query filters by tag; q is typed, not quit', async () => {
    const app = await mount();
    await pressAndWait(app, '/');
    for (const key of '#python') await pressAndWait(app, key);
    const frameText = screen(app).split('\n');
    expect(frameText[0]).toMatch(/2 of 5 posts$/);
    expect(frameText.slice(2, 4).map((line) => line.slice(14, 44).trim())).toEqual(['Building Scalable ML Pipelines', 'Gradual Typing in Python']);
    await pressAndWait(app, ' ');
    expect((await pressAndWait(app, 'q')).split('\n')[1]).toBe('/#python q█');
  });

  it('empty result says what matched nothing and which keys clear it', async () => {
    const app = await mount();
    await pressAndWait(app, '/');
    for (const key of 'zzzz') await pressAndWait(app, key);
    expect(screen(app).split('\n').slice(0, 5)).toEqual([
      'Field Notes                                     0 of 5 posts',
      '/zzzz█',
      '',
      '  No posts match the search "zzzz".',
      '  Esc clears the search.',
    ]);
  });

  it('tag picker: counts, Space toggles, Enter applies, T clears', async () => {
    const app = await mount();
    expect(await pressAndWait(app, 't')).toBe(
      frame(
        'Tags (Space toggles, Enter applies)',
        '> [ ] #cli (2)',
        '  [ ] #python (2)',
        '  [ ] #mlops (1)',
        '  [ ] #rust (1)',
        '  [ ] #terminal (1)',
        '',
        '',
        '',
        '',
        '',
        '',
        'Space toggle tag  Enter apply / follow  Esc/q close',
      ),
    );
    await pressAndWait(app, ' ');
    const applied = await pressAndWait(app, KEYS.enter);
    expect(applied.split('\n').slice(0, 4)).toEqual([
      'Field Notes                                     2 of 5 posts',
      'tags: #cli',
      '> 2024-11-02  Writing a CLI in Rust               #rust #cli',
      '  2024-03-05  Terminal Colours Explained      #cli #terminal',
    ]);
    expect((await pressAndWait(app, 'T')).split('\n')[0]).toMatch(/5 of 5 posts$/);
  });

  it('? shows help generated from the keymap; Esc closes it', async () => {
    const app = await mount({ rows: 30 });
    const help = (await pressAndWait(app, '?')).split('\n');
    expect(help[0]).toMatch(/^Keys 1-27 of \d+$/);
    expect(help.slice(1, 11)).toEqual([
      'Everywhere',
      '  q Ctrl-C               quit',
      '  ?                      help',
      '  !                      warnings',
      '  m                      mark read/unread',
      '  s                      star/unstar',
      "  e                      edit the post's file",
      '  Y                      copy permalink',
      '  O                      open permalink',
      '',
    ]);
    expect(help).toContain('List');
    expect(help).toContain('  t                      filter by tags');
    expect((await pressAndWait(app, KEYS.escape)).split('\n')[0]).toMatch(/5 of 5 posts$/);
  });

  it('! shows the warnings count in the header and lists path: reason', async () => {
    const app = await mount({ warnings: [{ path: 'posts/bad.md', reason: 'invalid front matter (line 3)' }] });
    expect(screen(app).split('\n')[0]).toBe('Field Notes                        5 of 5 posts  ! 1 warning');
    const overlay = (await pressAndWait(app, '!')).split('\n');
    expect(overlay.slice(0, 2)).toEqual(['Warnings (1)', 'posts/bad.md: invalid front matter (line 3)']);
  });

  it('truncates wide (CJK) titles by display width and keeps the date column aligned', async () => {
    const posts = [{ ...POSTS[1]!, title: '日本語のタイトルはとても長いのでここで切られるはずです', tags: [] }];
    const app = await mount({ posts, columns: 40, rows: 12 });
    const row = screen(app).split('\n')[1]!;
    expect(row).toBe('> 2024-11-02  日本語のタイトルはとても…');
  });

  it('shows a notice when the terminal is smaller than 40x12', async () => {
    const app = render(
      <App
        loaded={{ posts: POSTS, warnings: [], blogName: 'Field Notes' }}
        size={{ columns: 39, rows: 12 }}
        color={false}
        performRequest={async () => ''}
      />,
    );
    expect(await waitForFrame(app, (text) => text.includes('too small'))).toBe('terminal too small (need 40x12, have 39x12); q quits');
  });
});
