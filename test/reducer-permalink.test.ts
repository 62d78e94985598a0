// `Y` and `O` in the reducer: the selected (List) or open (Post) post's public URL, copied or
// opened through the same commands as links; without a base URL, a line saying what to add.
import { describe, expect, it } from 'vitest';
import type { SiteInfo } from '../src/core/types.js';
import type { Command } from '../src/tui/commands.js';
import { helpLines } from '../src/tui/help.js';
import { resolveKey } from '../src/tui/keymap.js';
import { initialState, type AppState } from '../src/tui/state.js';
import { makePost } from './tui-support/posts.js';
import { runSteps } from './tui-support/reducerSteps.js';

const POSTS = [
  makePost({ slug: 'first', title: 'First', path: 'posts/first.md', section: 'posts', date: '2025-01-02T00:00:00.000Z' }),
  makePost({ slug: 'trip', title: 'Trip', path: 'posts/trip/index.md', section: 'posts', urlFrontMatter: { slug: 'road-trip' } }),
].map((post) => ({ ...post, id: post.path.replace(/\/index\.md$|\.md$/, '') }));

const HUGO: SiteInfo = { kind: 'hugo', contentLabel: 'content/', taxonomies: [], baseURL: 'https://example.org/' };

function start(site?: SiteInfo): AppState {
  return initialState({ blogName: 'Blog', posts: POSTS, warnings: [], size: { columns: 100, rows: 30 }, ...(site && { site }) });
}

const run = runSteps;

const posts = (commands: Command[]) => commands.filter((command) => command.kind !== 'renderPost' && command.kind !== 'saveReading');

describe('permalink keys', () => {
  it('binds Y and O on the List and the Post screen, and lists them in help', () => {
    const list = start(HUGO);
    expect(resolveKey(list, 'Y')).toEqual({ type: 'permalink/copy' });
    expect(resolveKey(list, 'O')).toEqual({ type: 'permalink/open' });
    const post = run(list, 'enter').state;
    expect(resolveKey(post, 'Y')).toEqual({ type: 'permalink/copy' });
    expect(resolveKey(post, 'O')).toEqual({ type: 'permalink/open' });
    // Typed into the search prompt, they are text.
    expect(resolveKey(run(list, '/').state, 'Y')).toEqual({ type: 'edit', edit: { kind: 'insert', text: 'Y' } });
    const help = helpLines()
      .map((line) => line.text)
      .join('\n');
    expect(help).toMatch(/Y\s+copy permalink/);
    expect(help).toMatch(/O\s+open permalink/);
  });

  it('copies and opens the selected post on the List, the open one on the Post screen', () => {
    const list = start(HUGO);
    expect(posts(run(list, 'Y').commands)).toEqual([{ kind: 'copy', url: 'https://example.org/posts/first/' }]);
    expect(posts(run(list, 'j', 'O').commands)).toEqual([{ kind: 'openUrl', url: 'https://example.org/posts/road-trip/' }]);
    // Before its rendering arrives: the URL does not need it.
    expect(posts(run(list, 'j', 'enter', 'Y').commands)).toEqual([{ kind: 'copy', url: 'https://example.org/posts/road-trip/' }]);
  });

  it('without a base URL says what to add, on the List and on the Post screen', () => {
    const { baseURL: _base, ...noBase } = HUGO;
    const list = run(start(noBase), 'Y');
    expect(list.commands).toEqual([]);
    expect(list.state.notice).toBe('no baseURL in the site config: add baseURL to hugo.toml to copy permalinks');
    const post = run(start(noBase), 'enter', 'O');
    expect(posts(post.commands)).toEqual([]);
    expect(post.state.post?.message).toBe('no baseURL in the site config: add baseURL to hugo.toml to open permalinks');
    expect(run(start(), 'Y').state.notice).toBe('no Hugo or Jekyll site config with a base URL to copy permalinks');
  });

  it("shows the copy's outcome on the List, where it was asked for", () => {
    const state = run(start(HUGO), 'Y', { type: 'post/message', text: 'copied https://example.org/posts/first/' }).state;
    expect(state.notice).toBe('copied https://example.org/posts/first/');
    // Gone with the next key, like other notices.
    expect(run(state, 'j').state.notice).toBeNull();
  });

  it('keeps the site when the content is read again', () => {
    const reloaded = run(start(HUGO), {
      type: 'content/loaded',
      loaded: { posts: POSTS, warnings: [], blogName: 'Blog', site: { ...HUGO, baseURL: 'https://new.example/' } },
    });
    expect(posts(run(reloaded.state, 'Y').commands)).toEqual([{ kind: 'copy', url: 'https://new.example/posts/first/' }]);
  });
});
