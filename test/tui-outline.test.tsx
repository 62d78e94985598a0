// The outline overlay and the Related section as the reader draws them (ink-testing-library).
import { cleanup, render } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../src/tui/App.js';
import { loadRenderer } from '../src/tui/instantRendering.js';
import { KEYS, pressAndWait, screen, waitForFrame } from './tui-support/ink.js';
import { makePost } from './tui-support/posts.js';

afterEach(cleanup);
// Loaded once (the reader does it in idle time after its first frame), so posts open at once.
beforeAll(() => loadRenderer());

const paragraphs = (section: string) => Array.from({ length: 8 }, (_, i) => `${section} paragraph ${i + 1}.`).join('\n\n');
const GUIDE = makePost({
  slug: 'guide',
  title: 'A Guide',
  date: '2025-01-02T00:00:00.000Z',
  tags: ['go', 'cli'],
  body: `# A Guide\n\n${paragraphs('Intro')}\n\n## Setup\n\n${paragraphs('Setup')}\n\n### Install on Linux\n\n${paragraphs('Install')}\n\n## Usage\n\n${paragraphs('Usage')}\n`,
});
const NEIGHBOUR = makePost({ slug: 'neighbour', title: 'Neighbour Post', date: '2024-01-01T00:00:00.000Z', tags: ['go'] });
const STRANGER = makePost({ slug: 'stranger', title: 'Stranger Post', date: '2024-06-01T00:00:00.000Z', tags: ['cooking'] });

async function openGuide() {
  const app = render(
    <App
      loaded={{ posts: [GUIDE, NEIGHBOUR, STRANGER], warnings: [], blogName: 'Field Notes' }}
      size={{ columns: 60, rows: 16 }}
      color={false}
      performRequest={async () => ''}
    />,
  );
  await waitForFrame(app, (frame) => frame.includes('Field Notes'));
  app.stdin.write(KEYS.enter);
  await waitForFrame(app, (frame) => frame.includes('Intro paragraph 1.'));
  return app;
}

describe('outline overlay', () => {
  it('shows the headings as an indented tree with the section being read marked; typing filters; Enter jumps', async () => {
    const app = await openGuide();
    await pressAndWait(app, ']');
    await pressAndWait(app, ']');
    const outline = await pressAndWait(app, 'o');
    expect(outline.split('\n').slice(0, 7)).toEqual([
      'Outline (type to filter)',
      '  A Guide',
      '    Setup',
      '•     Install on Linux',
      '    Usage',
      '    Related',
      '',
    ]);
    await pressAndWait(app, 'u');
    const filtered = await pressAndWait(app, 's');
    expect(filtered.split('\n').slice(0, 3)).toEqual(['Outline: us▏', '    Usage', '']);
    const jumped = await pressAndWait(app, KEYS.enter);
    expect(jumped.split('\n')[1]).toBe('## Usage');
    // Scrolled past its heading, the footer names the section being read.
    const below = await pressAndWait(app, 'j');
    expect(below.split('\n').at(-1)).toMatch(/^ \d+%\s+§ Usage/);
  });
});

describe('Related section', () => {
  it('ends the post with the posts sharing its tags, as links Tab reaches and Enter opens', async () => {
    const app = await openGuide();
    const end = await pressAndWait(app, 'G');
    const lines = end.split('\n');
    const at = lines.indexOf('## Related');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 3)).toEqual(['', '  * Neighbour Post']);
    expect(end).not.toContain('Stranger Post');
    await pressAndWait(app, KEYS.tab);
    const opened = await pressAndWait(app, KEYS.enter);
    expect(opened).toMatch(/^Neighbour Post/);
    expect(screen(app)).toContain('Body of Neighbour Post.');
    expect(await pressAndWait(app, KEYS.backspace)).toMatch(/^A Guide/);
  });
});
