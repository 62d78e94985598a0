// Keys never wait for post bodies: while idle preparation has not indexed them, the List answers
// from titles, tags and summaries and its header says body matches are still being looked for;
// once they are indexed, they join the list on their own, without a key. Here the preparation
// is held back until the test lets it run, so both frames are seen whatever the machine's speed.
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { Post } from '../src/core/types.js';
import { App } from '../src/tui/App.js';
import { pressAndWait, waitForFrame } from './tui-support/ink.js';
import { makePost } from './tui-support/posts.js';

const preparation = vi.hoisted(() => ({ allowed: false }));
vi.mock('../src/core/search/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/core/search/index.js')>();
  return {
    ...actual,
    prepareSearchIndex: (...args: Parameters<typeof actual.prepareSearchIndex>) => preparation.allowed && actual.prepareSearchIndex(...args),
  };
});

afterEach(() => {
  cleanup();
  preparation.allowed = false;
});

/** One post says "quokka" in its title, two only deep in their bodies. */
function blog(): Post[] {
  return [
    makePost({ slug: 'titled', title: 'Quokka Sightings', date: '2025-02-01T00:00:00.000Z' }),
    makePost({
      slug: 'ferry',
      title: 'Ferry Timetables',
      date: '2025-01-01T00:00:00.000Z',
      body: 'The island ferry.\n\nA quokka waited at the pier.\n',
    }),
    makePost({ slug: 'camping', title: 'Camping Checklist', date: '2024-12-01T00:00:00.000Z', body: 'Pack light.\n\nDo not feed the quokka.\n' }),
    makePost({ slug: 'garden', title: 'Garden Notes', date: '2024-11-01T00:00:00.000Z' }),
  ];
}

async function typeQuery(columns: number, color: boolean) {
  const app = render(
    <App
      loaded={{ posts: blog(), warnings: [], blogName: 'Field Notes' }}
      size={{ columns, rows: 14 }}
      color={color}
      performRequest={async () => ''}
    />,
  );
  await waitForFrame(app, (frame) => frame.includes('Field Notes'));
  await pressAndWait(app, '/');
  for (const key of 'quokka') await pressAndWait(app, key);
  return app;
}

const header = (frame: string) => frame.split('\n')[0];

describe('List search before the bodies are indexed', () => {
  it('shows the title matches at once with "(searching bodies…)", then the body matches and the final count on its own', async () => {
    const app = await typeQuery(60, true);
    const pending = await waitForFrame(app, (frame) => frame.includes('/quokka█'));
    expect(header(pending)).toBe('Field Notes                 1 of 4 posts (searching bodies…)');
    expect(pending).toContain('> 2025-02-01  Quokka Sightings');
    expect(pending).not.toContain('Ferry Timetables');

    preparation.allowed = true;
    const indexed = await waitForFrame(app, (frame) => frame.includes('3 of 4 posts'));
    expect(header(indexed)).toBe('Field Notes                                     3 of 4 posts');
    // The selection stays on the post it was on; the body matches join below it.
    expect(indexed.split('\n').slice(2, 5)).toEqual([
      '> 2025-02-01  Quokka Sightings',
      '  2025-01-01  Ferry Timetables',
      '  2024-12-01  Camping Checklist',
    ]);
  });

  it('says so without colour too, shortened to fit 40 columns', async () => {
    const app = await typeQuery(40, false);
    const pending = await waitForFrame(app, (frame) => frame.includes('/quokka█'));
    expect(header(pending)).toBe('Field Notes    1 of 4 posts (searching…)');
    preparation.allowed = true;
    expect(header(await waitForFrame(app, (frame) => frame.includes('3 of 4 posts')))).toBe('Field Notes                 3 of 4 posts');
  });
});
