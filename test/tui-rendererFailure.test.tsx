// The reader when its renderer cannot be loaded: the post still opens, as plain text with a
// notice, and keys typed while it was "rendering" are answered instead of waiting forever.
import { cleanup, render } from 'ink-testing-library';
import { afterEach, expect, it, vi } from 'vitest';
import { App } from '../src/tui/App.js';
import { waitForFrame } from './tui-support/ink.js';
import { makePost } from './tui-support/posts.js';

vi.mock('../src/core/render/worker/index.js', () => {
  throw new Error('renderer chunk missing');
});

afterEach(cleanup);

const LONG = makePost({
  slug: 'long',
  title: 'A Long Post',
  body: Array.from({ length: 60 }, (_, i) => `Paragraph *number* ${i + 1}.`).join('\n\n'),
});

it('shows the post as plain text with a notice, and applies the keys typed meanwhile', async () => {
  const app = render(
    <App
      loaded={{ posts: [LONG], warnings: [], blogName: 'Field Notes' }}
      size={{ columns: 80, rows: 14 }}
      color={false}
      performRequest={async () => ''}
    />,
  );
  await waitForFrame(app, (frame) => frame.includes('Field Notes'));
  // Enter opens the post; G, read with it, waits for the rendering, which never comes.
  app.stdin.write('\rG');
  const shown = await waitForFrame(app, (frame) => frame.includes('Paragraph *number* 60.'));
  const footer = shown.split('\n').at(-1)!;
  // The Markdown source (`*number*`), scrolled to its end by G, and why it is shown that way.
  expect(footer).toMatch(/^ 100% +Shown as plain text: the renderer failed \(/);
  expect(shown).not.toContain('rendering…');
});
