// Reading state, live reload and config in a real terminal: the built CLI with a temporary
// XDG_STATE_HOME and XDG_CONFIG_HOME, on a small blog written for each test.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { killAllPtyApps, startBlogTui } from './harness.js';
import { readingStatePath } from '../../src/data/readingStore.js';

const readingStateFileName = (blog: string): string => basename(readingStatePath(blog, {}));

const folders: string[] = [];
afterEach(() => {
  killAllPtyApps();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'blog-tui-e2e-state-'));
  folders.push(folder);
  return folder;
}

function writePost(dir: string, name: string, title: string, date: string, sections = 2): void {
  const body = Array.from({ length: sections }, (_, section) => {
    const paragraphs = Array.from({ length: 15 }, (_, line) => `Paragraph ${line + 1} of section ${section + 1}.`).join('\n\n');
    return `## Section ${section + 1}\n\n${paragraphs}`;
  }).join('\n\n');
  writeFileSync(join(dir, 'posts', name), `---\ntitle: ${title}\ndate: ${date}\n---\n\nIntro.\n\n${body}\n`);
}

/** A blog of two posts, and homes for state and config. */
function setUp() {
  const root = temporaryFolder();
  const blog = join(root, 'blog');
  mkdirSync(join(blog, 'posts'), { recursive: true });
  writePost(blog, 'long.md', 'A Long Post', '2024-02-01', 4);
  writePost(blog, 'short.md', 'A Short Post', '2024-01-01', 1);
  const env = { XDG_STATE_HOME: join(root, 'state'), XDG_CONFIG_HOME: join(root, 'config'), BLOG_TUI_NO_STATE: '' };
  return { root, blog, env };
}

describe('reading state across runs', () => {
  it('marks unread posts, then reopens a post where it was left, with a notice; g goes to the top', async () => {
    const { blog, env } = setUp();
    const first = await startBlogTui([blog], { cols: 100, rows: 30, env });
    await first.waitForText('2 unread');
    expect(first.lines()[1]).toMatch(/^> • {2}2024-02-01 {2}A Long Post/);
    await first.press('\r');
    await first.waitForText('Paragraph 1 of section 1.');
    await first.press(' ');
    await first.press(' ');
    // The body as it was left (the frame settled: the footer shows how far down it is).
    await first.waitForText(/^ *\d+% /m);
    const body = first.lines().slice(1, 8);
    await first.press('q');
    await first.exited;
    expect(readdirSync(join(env.XDG_STATE_HOME, 'blog-tui')).filter((name) => name.startsWith('reading-'))).toHaveLength(1);

    const second = await startBlogTui([blog], { cols: 100, rows: 30, env });
    // Two pages of the long post passed its middle: read.
    await second.waitForText('1 unread');
    expect(second.lines()[1]).toMatch(/^> {4}2024-02-01 {2}A Long Post/);
    await second.press('\r');
    await second.waitForText('back where you left off');
    expect(second.lines().slice(1, 8)).toEqual(body);
    await second.press('g');
    await second.waitForText('Intro.');
  });

  it('--no-state reads and writes nothing', async () => {
    const { blog, env } = setUp();
    const off = await startBlogTui(['--no-state', blog], { cols: 100, rows: 30, env });
    await off.waitForText('2 of 2 posts');
    expect(off.text()).not.toContain('unread');
    await off.press('s');
    await off.waitForText('reading state is off (--no-state)');
    await off.press('q');
    await off.exited;
    expect(() => readdirSync(join(env.XDG_STATE_HOME, 'blog-tui'))).toThrow();
  });

  it('a damaged state file is reported under ! and the reader starts afresh', async () => {
    const { blog, env } = setUp();
    mkdirSync(join(env.XDG_STATE_HOME, 'blog-tui'), { recursive: true });
    writeFileSync(join(env.XDG_STATE_HOME, 'blog-tui', readingStateFileName(blog)), '{"posts": {"long": {"starr');
    const damaged = await startBlogTui([blog], { cols: 100, rows: 30, env });
    await damaged.waitForText('2 unread');
    await damaged.press('!');
    await damaged.waitForText('reading state: damaged, it will be rewritten');
  });
});

describe('live reload', () => {
  it('picks up an edited and a new file within a second, keeping the selection', async () => {
    const { blog, env } = setUp();
    const app = await startBlogTui([blog], { cols: 100, rows: 30, env });
    await app.waitForText('2 of 2 posts');
    await app.press('j');
    // The watcher starts just after the first frame.
    await new Promise((resolve) => setTimeout(resolve, 500));
    writePost(blog, 'short.md', 'A Short Post, Edited', '2024-01-01', 1);
    writePost(blog, 'newer.md', 'A Brand New Post', '2024-03-01', 1);
    await app.waitForText('reloaded: 1 changed, 1 new', 3000);
    expect(app.text()).toContain('A Brand New Post');
    expect(app.lines().find((line) => line.startsWith('>'))).toContain('A Short Post, Edited');
  });

  it('--no-watch does not reload', async () => {
    const { blog, env } = setUp();
    const app = await startBlogTui(['--no-watch', blog], { cols: 100, rows: 30, env });
    await app.waitForText('2 of 2 posts');
    writePost(blog, 'newer.md', 'A Brand New Post', '2024-03-01', 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(app.text()).toContain('2 of 2 posts');
  });
});

describe('config.toml', () => {
  it('opens the configured folder, and a remapped key works and shows in the help', async () => {
    const { blog, env } = setUp();
    mkdirSync(join(env.XDG_CONFIG_HOME, 'blog-tui'), { recursive: true });
    writeFileSync(join(env.XDG_CONFIG_HOME, 'blog-tui', 'config.toml'), `dir = "${blog}"\n\n[keys]\nstar-unstar = "x"\n`);
    const app = await startBlogTui([], { cols: 100, rows: 30, env });
    await app.waitForText('2 of 2 posts');
    await app.press('x');
    await app.waitForText(/^> •★ 2024-02-01/m);
    await app.press('?');
    await app.waitForText(/^ {2}x +star\/unstar$/m);
  });

  it('mouse = false leaves the mouse to the terminal: the mouse mode is never turned on', async () => {
    const { blog, env } = setUp();
    mkdirSync(join(env.XDG_CONFIG_HOME, 'blog-tui'), { recursive: true });
    writeFileSync(join(env.XDG_CONFIG_HOME, 'blog-tui', 'config.toml'), 'mouse = false\n');
    const app = await startBlogTui([blog], { cols: 100, rows: 30, env });
    await app.waitForText('2 of 2 posts');
    expect(app.rawOutput()).not.toContain('\u001b[?1000h');
  });

  it('a bad config file is named in one warning line, and the reader starts anyway', async () => {
    const { blog, env } = setUp();
    mkdirSync(join(env.XDG_CONFIG_HOME, 'blog-tui'), { recursive: true });
    writeFileSync(join(env.XDG_CONFIG_HOME, 'blog-tui', 'config.toml'), 'theme = [dark\n');
    const app = await startBlogTui([blog], { cols: 100, rows: 30, env });
    await app.waitForText('1 warning');
    await app.press('!');
    await app.waitForText(/config\.toml: line \d: .*file ignored/);
  });
});
