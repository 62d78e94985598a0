// The printing commands over content built to crash or exhaust them: every path printed by
// --json is exact and valid, memory stays bounded over many large bodies, and a planted parse
// cache (a FIFO, a link to /dev/zero, oversized entries) is ignored.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { cacheFilePath } from '../src/core/cache/parseCache.js';
import { runCli } from './cli-run.js';
import { makeTempContent, type TempContent } from './fixtures/make-content.js';

let temp: TempContent | undefined;
afterEach(() => temp?.remove());

function content(files: Record<string, string | Buffer>): TempContent {
  temp = makeTempContent();
  temp.write(Object.fromEntries(Object.entries(files).map(([name, text]) => [`content/${name}`, text])));
  return temp;
}

const env = (blog: TempContent): Record<string, string> => blog.cacheEnv as Record<string, string>;

it('prints exact paths and valid UTF-8 JSON: lone surrogates become U+FFFD', () => {
  const deep = `${'folder-with-a-long-name/'.repeat(14)}post.md`;
  const blog = content({
    'a  b.md': '# Two spaces\n',
    'c\td.md': '# A tab\n',
    [deep]: '# Deep\n',
    'surrogate.md': '---\ntitle: "lone \\uD800 surrogate"\ntags: ["\\uDC00"]\n---\nBody.\n',
  });
  for (const args of [
    ['list', blog.content, '--json'],
    ['tags', blog.content, '--json'],
  ]) {
    const bytes = execFileSync(process.execPath, ['bin/blog-tui.js', ...args], { env: { ...process.env, ...env(blog) } });
    // Strict UTF-8 (a lone surrogate has no encoding), then JSON as jq reads it.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
    JSON.parse(text);
  }
  const posts = JSON.parse(runCli(['list', blog.content, '--json'], env(blog)).stdout) as { title: string; path: string }[];
  expect(posts.map((post) => post.path).sort()).toEqual(['a  b.md', 'c\td.md', deep, 'surrogate.md'].sort());
  for (const post of posts) expect(fs.statSync(path.join(blog.content, post.path)).isFile()).toBe(true);
  expect(posts.find((post) => post.path === 'surrogate.md')?.title).toBe('lone \uFFFD surrogate');
});

it('searches 40 bodies of 2 MB in a small heap: bodies are not kept after use', () => {
  // ASCII plus one `€`: two bytes a character in memory, 4 MB a body.
  const body = `---\ntitle: Big\n---\n${'word '.repeat(397_000)}€\n`;
  const blog = content({ 'big-0.md': body });
  // Kept, they would take 160 MB; the heap allows 96.
  for (let n = 1; n < 40; n++) fs.linkSync(path.join(blog.content, 'big-0.md'), path.join(blog.content, `big-${n}.md`));
  const run = runCli(['list', blog.content, '--search', 'zzzq'], { ...env(blog), NODE_OPTIONS: '--max-old-space-size=96' }, 60_000);
  expect(run.stderr).not.toMatch(/heap|memory/i);
  expect(run.status).not.toBeNull();
  expect(run.status).toBeLessThan(128);
}, 90_000);

it('ignores a parse cache that is a FIFO or a link to /dev/zero', () => {
  const blog = content({ 'post.md': '# Post\n' });
  const cache = cacheFilePath(blog.content, blog.cacheEnv)!;
  fs.mkdirSync(path.dirname(cache), { recursive: true });
  execFileSync('mkfifo', [cache]);
  const fifo = runCli(['list', blog.content], env(blog), 10_000);
  expect(fifo.stdout).toContain('Post');
  fs.rmSync(cache, { force: true });
  fs.symlinkSync('/dev/zero', cache);
  const zero = runCli(['list', blog.content], env(blog), 10_000);
  expect(zero.stdout).toContain('Post');
});

it('holds cached entries to the loader limits and names the flag for hidden posts', async () => {
  const blog = content({ 'post.md': '---\ntitle: Real title\n---\nBody.\n' });
  // Files changed within the last 3 s are not cached (their stamp could still change unseen).
  await new Promise((resolve) => setTimeout(resolve, 3500));
  expect(runCli(['list', blog.content], env(blog)).stdout).toContain('Real title');
  const cache = cacheFilePath(blog.content, blog.cacheEnv)!;
  const data = JSON.parse(fs.readFileSync(cache, 'latin1')) as { entries: Record<string, unknown[]> };
  const entry = data.entries['post.md']!;
  const parse = entry[3] as { fields: Record<string, unknown> };
  parse.fields.title = 'T'.repeat(5_000_000);
  parse.fields.tags = Array.from({ length: 100_000 }, (_, n) => `t${n}`);
  fs.writeFileSync(cache, JSON.stringify(data), 'latin1');
  const run = runCli(['list', blog.content], env(blog));
  expect(run.stdout).toContain('Real title');
  expect(run.stdout.length).toBeLessThan(1000);

  // A cache planted to call the post a draft while `--drafts` is given: the message still names flags.
  parse.fields.title = 'Real title';
  parse.fields.tags = [];
  parse.fields.draft = true;
  fs.writeFileSync(cache, JSON.stringify(data), 'latin1');
  const hidden = runCli(['list', blog.content, '--drafts'], env(blog));
  expect(hidden.stderr).not.toContain('(add  to');
});
