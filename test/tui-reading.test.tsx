import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { ReadingRecord } from '../src/data/readingRecords.js';
import { App } from '../src/tui/App.js';
import { pressAndWait, screen, waitForFrame } from './tui-support/ink.js';
import { POSTS } from './tui-support/posts.js';

afterEach(cleanup);

async function mount(reading: Map<string, ReadingRecord>, saved: unknown[] = []) {
  const app = render(
    <App
      loaded={{ posts: POSTS, warnings: [], blogName: 'Field Notes' }}
      size={{ columns: 60, rows: 14 }}
      color={false}
      performRequest={async () => ''}
      reading={reading}
      saveReading={(records, now) => saved.push({ records, now })}
    />,
  );
  await waitForFrame(app, (frame) => frame.includes('Field Notes'));
  return app;
}

describe('List reading marks', () => {
  it('marks unread posts with a dot and starred ones with a star, counts unread in the header; m and s toggle', async () => {
    const key = POSTS[1]!.slug;
    const saved: unknown[] = [];
    const app = await mount(new Map([[key, { read: true, starred: true }]]), saved);
    const lines = screen(app).split('\n');
    expect(lines[0]).toBe('Field Notes                           5 of 5 posts  4 unread');
    expect(lines.slice(1, 4)).toEqual([
      '> •  2025-01-13  Building Scalable ML Pipel…  #python #mlops',
      '   ★ 2024-11-02  Writing a CLI in Rust            #rust #cli',
      '  •  2024-08-20  Gradual Typing in Python            #python',
    ]);
    expect(await pressAndWait(app, 'j')).toContain('>  ★ 2024-11-02');
    expect(await pressAndWait(app, 's')).toContain('>    2024-11-02');
    const marked = await pressAndWait(app, 'm');
    expect(marked).toContain('> •  2024-11-02');
    expect(marked).toContain('5 unread');
    expect(saved).toEqual([
      { records: [[key, { read: true, starred: false }]], now: true },
      { records: [[key, { read: false, starred: false }]], now: true },
    ]);
  });
});
