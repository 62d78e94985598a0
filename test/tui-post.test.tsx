// The Post screen inside the whole reader (App), driven through stdin as a terminal would: keys
// that arrive together, before the post's rendering, and the footer's key hints.
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/tui/App.js';
import { loadRenderer } from '../src/tui/instantRendering.js';
import { KEYS, pressAndWait, screen, waitForFrame } from './tui-support/ink.js';
import { makePost } from './tui-support/posts.js';

afterEach(cleanup);

const LONG = makePost({
  slug: 'long',
  title: 'A Long Post',
  date: '2025-01-02T00:00:00.000Z',
  body: Array.from({ length: 60 }, (_, i) => `Paragraph number ${i + 1}.`).join('\n\n'),
});

async function mount() {
  const app = render(
    <App
      loaded={{ posts: [LONG], warnings: [], blogName: 'Field Notes' }}
      size={{ columns: 80, rows: 14 }}
      color={false}
      performRequest={async () => ''}
    />,
  );
  await waitForFrame(app, (frame) => frame.includes('Field Notes'));
  return app;
}

describe('Post screen in the reader', () => {
  it('Enter then / read together open the post with the search prompt, and the query typed with them searches', async () => {
    const app = await mount();
    app.stdin.write('\r/number 5');
    const found = await waitForFrame(app, (frame) => /match 1 of \d+/.test(frame));
    expect(found).toContain('/number 5');
    expect(found).toMatch(/^A Long Post/);
    app.stdin.write('\r');
    await waitForFrame(app, (frame) => !frame.includes('/number 5') && /match 1 of/.test(frame));
    // Esc clears the matches and stays; the second Esc goes back to the List.
    expect(await pressAndWait(app, KEYS.escape)).not.toMatch(/match \d+ of/);
    expect(screen(app)).toMatch(/^A Long Post/);
    expect(await pressAndWait(app, KEYS.escape)).toMatch(/^Field Notes/);
  });

  it('opens a short post straight to its body once the renderer is loaded: no "rendering…" frame', async () => {
    // What the reader does in idle time after its first frame.
    await loadRenderer();
    const app = await mount();
    const before = app.frames.length;
    app.stdin.write(KEYS.enter);
    await waitForFrame(app, (frame) => frame.includes('Paragraph number 1.'));
    const drawn = app.frames.slice(before);
    expect(drawn.some((frame) => frame.includes('rendering…'))).toBe(false);
    expect(drawn[0]).toContain('Paragraph number 1.');
  });

  it('G typed with Enter, before the rendering arrives, lands at the end once it does', async () => {
    const app = await mount();
    app.stdin.write('\rG');
    const end = await waitForFrame(app, (frame) => frame.includes('Paragraph number 60.'));
    expect(end.split('\n').at(-1)).toMatch(/^ 100% /);
  });

  it('the footer shows the Post keys from the keymap, and Esc+key read together count as both', async () => {
    const app = await mount();
    app.stdin.write(KEYS.enter);
    await waitForFrame(app, (frame) => frame.includes('Paragraph number 1.'));
    expect(screen(app).split('\n').at(-1)).toMatch(/^ \d+% +Tab next link {2}Enter follow link {2}Esc back {2}L list links {2}\/ search in post$/);
    app.stdin.write('/Para\r');
    await waitForFrame(app, (frame) => /match 1 of 60 +Tab next link/.test(frame));
    // "\x1b/" is Esc (clear the matches) then / (a new search).
    app.stdin.write('\u001b/');
    const prompt = await waitForFrame(app, (frame) => !frame.includes('match 1 of'));
    expect(prompt.split('\n').at(-1)).toMatch(/^ \d+% +\/ +Ctrl-U clear the query/);
  });
});
