// The loader on generated folders: files that cannot be committed (symlinks, FIFOs, sockets,
// huge, binary, unreadable), odd encodings, the content folder itself, and the blog name.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPosts } from '../src/core/content/loadPosts.js';
import type { LoadResult } from '../src/core/types.js';
import { loadPostsAsNobody, makeTempContent, type TempContent } from './fixtures/make-content.js';

let temp: TempContent;
let content: string;
beforeEach(() => {
  temp = makeTempContent();
  content = temp.content;
  temp.write({ 'content/posts/good.md': '---\ntitle: Good\n---\nStill loads.\n' });
});
afterEach(() => temp.remove());

const titles = (result: LoadResult) => result.posts.map((post) => post.title).sort();
const reasons = (result: LoadResult) => Object.fromEntries(result.warnings.map((w) => [w.path, w.reason]));

describe('encodings', () => {
  it('tolerates a BOM, leading blank lines and CRLF, and normalizes the body to LF', () => {
    temp.write({ 'content/posts/windows.md': '\uFEFF\r\n\r\n---\r\nTITLE: Windows\r\ndate: 2024-01-02\r\n---\r\nLine one\r\nLine two\r\n' });
    const windows = loadPosts(content).posts.find((post) => post.path === 'posts/windows.md');
    expect(windows).toMatchObject({ title: 'Windows', date: '2024-01-02T00:00:00.000Z', body: 'Line one\nLine two\n' });
  });

  it('reports binary files (a NUL byte or invalid UTF-8) and loads the rest', () => {
    temp.write({
      'content/posts/nul.md': Buffer.from('---\ntitle: x\n---\nab\0cd'),
      'content/posts/latin1.md': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    });
    const result = loadPosts(content);
    expect(titles(result)).toEqual(['Good']);
    expect(reasons(result)).toEqual({
      'posts/nul.md': 'binary file (NUL byte)',
      'posts/latin1.md': 'binary file (invalid UTF-8)',
    });
  });

  it('reports a file name with control characters without them', () => {
    temp.write({ 'content/posts/bad\u001b[31mname.md': '' });
    expect(loadPosts(content).warnings).toEqual([{ path: 'posts/bad [31mname.md', reason: 'empty file', skipped: true }]);
  });
});

describe('file size', () => {
  it('loads a file of exactly 2 MB and refuses one byte more', () => {
    const twoMegabytes = 2 * 1024 * 1024;
    const post = (title: string) => `---\ntitle: ${title}\n---\n`;
    temp.write({
      'content/posts/at-limit.md': post('At Limit').padEnd(twoMegabytes, 'x'),
      'content/posts/over-limit.md': post('Over Limit').padEnd(twoMegabytes + 1, 'x'),
    });
    const result = loadPosts(content);
    expect(titles(result)).toEqual(['At Limit', 'Good']);
    expect(reasons(result)).toEqual({ 'posts/over-limit.md': 'too large (2.0 MB; the limit is 2 MB)' });
  });

  it('loads a 2 MB post of unmatched Markdown markers without stalling', () => {
    // Unclosed `**`, `` ` `` and `[` everywhere: the worst case for the summary's regex passes.
    temp.write({ 'content/posts/markers.md': `---\ntitle: Markers\n---\n${'**a `b [c _d '.repeat(160_000)}` });
    const started = performance.now();
    const markers = loadPosts(content).posts.find((post) => post.title === 'Markers');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(markers?.wordCount).toBe(640_000);
  });

  it('refuses a huge file from its size, without reading it', () => {
    // 8 GB sparse: reading it, or even allocating a buffer for it, would fail or take minutes.
    const huge = join(content, 'posts/huge.md');
    writeFileSync(huge, '');
    truncateSync(huge, 8 * 1024 ** 3);
    expect(reasons(loadPosts(content))).toEqual({ 'posts/huge.md': 'too large (8192.0 MB; the limit is 2 MB)' });
  });
});

describe('symlinks and special files', () => {
  it('reads a symlinked file that resolves inside the folder, and refuses one outside it', () => {
    temp.write({ 'outside.md': '---\ntitle: Outside\n---\n', 'content/drafts/real.md': '---\ntitle: Real\n---\n' });
    symlinkSync('../drafts/real.md', join(content, 'posts/inside-link.md'));
    symlinkSync(join(temp.root, 'outside.md'), join(content, 'posts/outside-link.md'));
    const result = loadPosts(content);
    expect(titles(result)).toEqual(['Good', 'Real', 'Real']);
    expect(result.posts.map((post) => post.path)).toContain('posts/inside-link.md');
    expect(reasons(result)).toMatchObject({ 'posts/outside-link.md': 'symlink to a file outside the content folder: not read' });
  });

  it('never follows a symlinked folder', () => {
    temp.write({ 'elsewhere/secret.md': '---\ntitle: Secret\n---\n' });
    symlinkSync(join(temp.root, 'elsewhere'), join(content, 'linked-folder'));
    symlinkSync('..', join(content, 'posts/parent'));
    const result = loadPosts(content);
    expect(titles(result)).toEqual(['Good']);
    expect(reasons(result)).toEqual({
      'linked-folder': 'symlinked folder: not followed',
      'posts/parent': 'symlinked folder: not followed',
    });
  });

  it('reports symlink loops and broken symlinks', () => {
    symlinkSync('b.md', join(content, 'posts/a.md'));
    symlinkSync('a.md', join(content, 'posts/b.md'));
    symlinkSync('missing.md', join(content, 'posts/broken.md'));
    const result = loadPosts(content);
    expect(titles(result)).toEqual(['Good']);
    expect(reasons(result)).toEqual({
      'posts/a.md': 'symlink loop: skipped',
      'posts/b.md': 'symlink loop: skipped',
      'posts/broken.md': 'broken symlink: skipped',
    });
  });

  describe('FIFOs and sockets', () => {
    let server: Server | undefined;
    afterEach(() => server?.close());

    it('skips them without opening them, also behind a symlink', async () => {
      // Opening a FIFO for reading blocks until a writer appears: this test hangs if the loader opens one.
      execFileSync('mkfifo', [join(content, 'posts/pipe.md')]);
      symlinkSync('pipe.md', join(content, 'posts/pipe-link.md'));
      server = createServer();
      await new Promise<void>((resolve) => server!.listen(join(content, 'posts/socket.md'), resolve));
      const result = loadPosts(content);
      expect(titles(result)).toEqual(['Good']);
      const skipped = 'not a regular file (FIFO, socket or device): skipped';
      expect(reasons(result)).toEqual({ 'posts/pipe.md': skipped, 'posts/pipe-link.md': skipped, 'posts/socket.md': skipped });
    });
  });
});

describe('folders that are not content', () => {
  it('skips hidden folders, hidden files, node_modules and .git', () => {
    temp.write({
      'content/.hidden/post.md': '# Hidden',
      'content/posts/.draft.md': '# Hidden file',
      'content/node_modules/pkg/readme.md': '# Package',
      'content/.git/notes.md': '# Git',
      'content/posts/image.png': 'not markdown',
      'content/posts/other.markdown': '# Other',
    });
    expect(titles(loadPosts(content))).toEqual(['Good', 'Other']);
  });

  it('is a one-line error with what to do, and no posts, when the folder is missing or a file', () => {
    expect(loadPosts(join(temp.root, 'missing'))).toMatchObject({
      posts: [],
      error: `"${join(temp.root, 'missing')}" does not exist: pass a folder of Markdown posts`,
    });
    expect(loadPosts(join(content, 'posts/good.md'))).toMatchObject({
      posts: [],
      error: `"${join(content, 'posts/good.md')}" is not a folder: pass the folder that holds the Markdown posts`,
    });
  });
});

describe('permissions', () => {
  it('reports an unreadable file and an unreadable content folder', () => {
    temp.write({ 'content/posts/locked.md': '# Locked' });
    chmodSync(join(content, 'posts/locked.md'), 0o000);
    mkdirSync(join(temp.root, 'locked-folder'), { mode: 0o000 });
    // The child process (run as `nobody` when we are root) must be able to reach the folder.
    chmodSync(temp.root, 0o755);
    const load = (dir: string) => loadPostsAsNobody(dir, temp.root) ?? loadPosts(dir);

    const result = load(content);
    expect(titles(result)).toEqual(['Good']);
    expect(reasons(result)).toEqual({ 'posts/locked.md': 'unreadable (permission denied): check its permissions' });
    const lockedFolder = join(temp.root, 'locked-folder');
    expect(load(lockedFolder).error).toBe(`cannot read "${lockedFolder}": permission denied; check its permissions`);
  });
});

describe('front matter values', () => {
  it('bounds YAML alias bombs: no walk of the billion nodes, short fields', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level += 1) {
      const previous = String.fromCharCode(96 + level);
      levels.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    temp.write({ 'content/posts/bomb.md': `---\n${levels.join('\n')}\ntitle: *i\ntags: *i\nsummary: *i\n---\nBody.\n` });
    const started = performance.now();
    const bomb = loadPosts(content).posts.find((post) => post.path === 'posts/bomb.md')!;
    expect(performance.now() - started).toBeLessThan(2000);
    expect(bomb.title.length).toBeLessThanOrEqual(300);
    expect(bomb.title.startsWith('x, x, x')).toBe(true);
    // Nine identical items: one tag, cut at 60 characters.
    expect(bomb.tags.map((tag) => tag.length)).toEqual([60]);
    expect(bomb.summary.length).toBeLessThanOrEqual(600);
  });

  it('survives a self-referencing YAML alias', () => {
    temp.write({ 'content/posts/cycle.md': '---\ntitle: &t [a, *t]\n---\n' });
    expect(loadPosts(content).posts.find((post) => post.path === 'posts/cycle.md')?.title).toMatch(/^a, a, a/);
  });

  it('caps long titles and tags', () => {
    temp.write({ 'content/posts/long.md': `---\ntitle: ${'t'.repeat(1000)}\ntags: [${'g'.repeat(100)}]\n---\n` });
    const long = loadPosts(content).posts.find((post) => post.path === 'posts/long.md')!;
    expect(Array.from(long.title)).toHaveLength(300);
    expect(Array.from(long.tags[0]!)).toHaveLength(60);
  });

  it('reports a date it cannot read and loads the post undated', () => {
    temp.write({ 'content/posts/bad-date.md': '---\ntitle: Bad Date\ndate: "2024-02-30"\n---\n' });
    const result = loadPosts(content);
    expect(result.posts.find((post) => post.title === 'Bad Date')?.date).toBeNull();
    expect(reasons(result)).toEqual({ 'posts/bad-date.md': 'unrecognized date "2024-02-30": ignored' });
  });

  it('reads a post that starts with a shortcode as having no front matter', () => {
    temp.write({ 'content/posts/shortcode-first.md': '{{< youtube abc >}}\n\n# Video Post\n' });
    expect(titles(loadPosts(content))).toEqual(['Good', 'Video Post']);
  });

  it('reports unsupported and unclosed front matter', () => {
    temp.write({
      'content/posts/coffee.md': '---coffee\ntitle: "x"\n---\n',
      'content/posts/javascript.md': '---javascript\n{ title: "x" }\n---\n',
      'content/posts/unclosed.md': '---\ntitle: x\nno end\n',
    });
    expect(reasons(loadPosts(content))).toEqual({
      'posts/coffee.md': 'unsupported front matter (---coffee): not evaluated',
      'posts/javascript.md': 'unsupported front matter (---javascript): not evaluated',
      'posts/unclosed.md': 'invalid front matter: no closing --- line',
    });
  });

  it('treats Jekyll `published: false` as a draft and `published: <date>` as a publish date', () => {
    temp.write({
      'content/_posts/2024-01-02-unpublished.md': '---\ntitle: Unpublished\npublished: false\n---\n',
      'content/_posts/published.md': '---\ntitle: Published\npublished: 2024-03-04\n---\n',
    });
    expect(titles(loadPosts(content))).toEqual(['Good', 'Published']);
    const withDrafts = loadPosts(content, { drafts: true }).posts;
    expect(withDrafts.find((post) => post.title === 'Unpublished')).toMatchObject({ draft: true, date: '2024-01-02T00:00:00.000Z' });
    expect(withDrafts.find((post) => post.title === 'Published')?.date).toBe('2024-03-04T00:00:00.000Z');
  });

  it('counts words and rounds reading time up at 213 words a minute', () => {
    temp.write({ 'content/posts/words.md': `---\ntitle: Words\n---\n# Heading\n\n${Array(426).fill('word').join(' ')} - |\n` });
    // 427 words (the heading's included; `#`, `-` and `|` are not words): 2.005 minutes → 3.
    expect(loadPosts(content).posts.find((post) => post.title === 'Words')).toMatchObject({ wordCount: 427, readingMinutes: 3 });
  });
});

describe('summary text', () => {
  it('keeps the words and drops Markdown, HTML, comments and shortcode markers', () => {
    const body = [
      '> Quoted *text* with snake_case_name and 2*3*4 math.',
      '{{< figure src="x.png" >}} {{% note %}}Inside note{{% /note %}}',
      '- item one',
      '1. item two',
      '| a | b |',
      '|---|---|',
      '| c | d |',
      '<!-- hidden --> Tom &amp; Jerry &copy; &#x1F600; <span>inline</span>word<br>next',
      'See [docs][ref] and <https://example.com> and \\*not emphasis\\*.',
      '[ref]: https://example.com',
      '***',
    ].join('\n');
    temp.write({ 'content/posts/markup.md': `---\ntitle: Markup\n---\n${body}\n` });
    expect(loadPosts(content).posts.find((post) => post.title === 'Markup')?.summary).toBe(
      'Quoted text with snake_case_name and 2*3*4 math. Inside note item one item two a b c d ' +
        'Tom & Jerry © 😀 inlineword next See docs and https://example.com and *not emphasis*.',
    );
  });
});

describe('blog name', () => {
  it('prefers the root _index.md title over a Hugo config', () => {
    temp.write({ 'content/_index.md': '---\ntitle: From Index\n---\n', 'hugo.toml': 'title = "From Config"\n' });
    expect(loadPosts(content).blogName).toBe('From Index');
  });

  it('uses the title of a Hugo config inside the folder, and rather one beside it', () => {
    temp.write({ 'content/config.yaml': 'title: Config In Folder\n' });
    expect(loadPosts(content).blogName).toBe('Config In Folder');
    temp.write({ 'hugo.toml': 'baseURL = "https://example.org/"\nTitle = "Hugo Site"\n' });
    expect(loadPosts(content).blogName).toBe('Hugo Site');
  });

  it('reports a broken config and falls back', () => {
    temp.write({ 'hugo.json': '{"title": ' });
    const result = loadPosts(content);
    expect(result.blogName).toBe('content');
    expect(result.warnings).toEqual([{ path: '../hugo.json', reason: expect.stringMatching(/^invalid site config \(.+\): defaults used$/) }]);
  });

  it('falls back to the folder name', () => {
    expect(loadPosts(content).blogName).toBe('content');
  });
});
