// The List on a Hugo site: what the header says was found, the section column at 40 columns,
// the sort key, and the tag picker offering the other taxonomies after the tags.
import { render } from 'ink-testing-library';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { loadPosts } from '../src/core/content/loadPosts.js';
import { App } from '../src/tui/App.js';
import { pressAndWait, screen, waitForFrame } from './tui-support/ink.js';

afterEach(cleanup);

const DOCS = fileURLToPath(new URL('./fixtures/sites/hugo-docs', import.meta.url));

async function mount(columns: number) {
  const app = render(<App loaded={loadPosts(DOCS)} size={{ columns, rows: 16 }} color={false} performRequest={async () => ''} />);
  await waitForFrame(app, (frame) => frame.includes('10 of 10 posts'));
  return app;
}

describe('List on a Hugo site', () => {
  it("names the site and its content folder, and shows each post's section, readable at 40 columns", async () => {
    const app = await mount(40);
    const lines = screen(app).split('\n');
    expect(lines[0]).toBe('Example Do…  10 of 10 posts  ! 1 warning');
    expect(lines.slice(1, 4)).toEqual([
      '>             gettin…  Quick start',
      '              functi…  strings.Title',
      '  2024-02-01  gettin…  Basic usage',
    ]);
    expect(lines[6]).toBe('  2020-01-01  methods  Date');
  });

  it('says "Hugo site · docs/" in the header; s cycles the order, named in the header', async () => {
    const app = await mount(80);
    expect(screen(app).split('\n')[0]).toMatch(/^Example Docs Home · Hugo site · docs\/ +10 of 10 posts {2}! 1 warning$/);
    const byDate = (await pressAndWait(app, 'S')).split('\n');
    expect(byDate[0]).toMatch(/by date {2}10 of 10 posts/);
    // The selected post stays selected, wherever it moved.
    expect(byDate[1]).toMatch(/^ {2}2025-02-01 {2}news +Release 1\.0/);
    expect(byDate.find((line) => line.startsWith('>'))).toMatch(/Quick start/);
    const byTitle = (await pressAndWait(app, 'S')).split('\n');
    expect(byTitle[0]).toMatch(/by title/);
    expect(byTitle[1]).toMatch(/About these docs/);
  });

  it("t lists tags, then each taxonomy's terms", async () => {
    const app = await mount(80);
    const picker = await pressAndWait(app, 't');
    const order = ['#release', '#authors:Ann Lee', '#categories:setup', '#categories:tutorials'].map((term) => picker.indexOf(term));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
