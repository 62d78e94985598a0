// Rendering off the main thread: the worker runs the built dist/render-worker.js (built by the
// global setup), as the reader starts it. A stand-in worker that never finishes shows the time
// limit and cancelling really stop the thread.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPost } from '../src/core/render/renderPost.js';
import { renderInWorker } from '../src/core/render/worker/renderInWorker.js';
import { startPostRendering, SYNC_RENDER_MAX_CHARS } from '../src/core/render/worker/index.js';
import { foreignControls, makePost } from './render-support.js';

const WORKER = new URL('../dist/render-worker.js', import.meta.url);
const folder = mkdtempSync(join(tmpdir(), 'blog-tui-render-worker-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A worker that never answers and appends a byte to a file every 10 ms while it runs. */
function endlessWorker(): { url: URL; heartbeat: string } {
  const heartbeat = join(folder, `heartbeat-${Math.random().toString(36).slice(2)}`);
  const script = join(folder, `endless-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(heartbeat, '');
  writeFileSync(script, `import { appendFileSync } from 'node:fs';\nsetInterval(() => appendFileSync(${JSON.stringify(heartbeat)}, '.'), 10);\n`);
  return { url: pathToFileURL(script), heartbeat };
}

/** Waits for the worker's first beat: starting a thread takes a while on a loaded machine. */
async function startsBeating(heartbeat: string): Promise<boolean> {
  for (const deadline = performance.now() + 1500; performance.now() < deadline; await sleep(20)) {
    if (statSync(heartbeat).size > 0) return true;
  }
  return false;
}

async function stillBeating(heartbeat: string): Promise<boolean> {
  const before = statSync(heartbeat).size;
  await sleep(150);
  return statSync(heartbeat).size > before;
}

// About 390 KB of ordinary Markdown: far beyond the synchronous limit, and slow enough to render
// (a few hundred ms) that a 100 ms limit always cuts it off. It carries an escape sequence too.
const largeBody = `# Large\n\nTitle \u001b]0;pwned\u0007 here.\n\n${'A paragraph with *emphasis* and [a link](https://example.com/).\n\n'.repeat(6000)}`;

describe('renderInWorker (the built bundle as worker)', () => {
  it('renders a post exactly as renderPost does on the main thread', async () => {
    const post = makePost('# Title\n\nSome *text* with [a link](https://example.com/) and `code`.\n\n```python\nprint("hi")\n```\n');
    const options = { width: 60, color: true, posts: [post] };
    const result = await renderInWorker(post, options, { workerUrl: WORKER }).result;
    expect(result).toEqual(renderPost(post, options));
  });

  it('past the time limit shows the post as sanitized plain text with a notice', async () => {
    const started = performance.now();
    const result = await renderInWorker(makePost(largeBody), { width: 50, color: true }, { workerUrl: WORKER, timeoutMs: 100 }).result;
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.notice).toBe('Shown as plain text: rendering took longer than 100 ms.');
    expect(result.lines.slice(0, 4)).toEqual(['# Large', '', 'Title ]0;pwned here.', '']);
    expect(result.lines.length).toBeGreaterThan(12_000);
    expect(foreignControls(result.lines.join('\n'))).toEqual([]);
  });
});

describe('renderInWorker (a worker that never finishes)', () => {
  it('stops the worker when the limit passes', async () => {
    const { url, heartbeat } = endlessWorker();
    const job = renderInWorker(makePost('# Slow\n\nbody'), { width: 40, color: false }, { workerUrl: url, timeoutMs: 2000 });
    expect(await startsBeating(heartbeat)).toBe(true);
    const result = await job.result;
    expect(result.notice).toBe('Shown as plain text: rendering took longer than 2 s.');
    expect(result.lines).toEqual(['# Slow', '', 'body']);
    expect(await stillBeating(heartbeat)).toBe(false);
  });

  it('cancel stops the worker and no result ever arrives', async () => {
    const { url, heartbeat } = endlessWorker();
    const job = renderInWorker(makePost('body'), { width: 40, color: false }, { workerUrl: url, timeoutMs: 2000 });
    expect(await startsBeating(heartbeat)).toBe(true);
    job.cancel();
    const outcome = await Promise.race([job.result.then(() => 'result'), sleep(400).then(() => 'nothing')]);
    expect(outcome).toBe('nothing');
    expect(await stillBeating(heartbeat)).toBe(false);
  });

  it('a worker that cannot run still leaves the post readable', async () => {
    const missing = pathToFileURL(join(folder, 'missing.mjs'));
    const result = await renderInWorker(makePost('some *text*'), { width: 40, color: false }, { workerUrl: missing }).result;
    expect(result.lines).toEqual(['some *text*']);
    expect(result.notice).toMatch(/^Shown as plain text: the renderer failed \(.+\)\.$/);
  });
});

describe('startPostRendering', () => {
  it('renders posts up to the synchronous limit on the main thread (no worker started)', async () => {
    const post = makePost(`${'word '.repeat((SYNC_RENDER_MAX_CHARS - 10) / 5)}`);
    const { url, heartbeat } = endlessWorker();
    const result = await startPostRendering(post, { width: 40, color: false }, { workerUrl: url, timeoutMs: 100 }).result;
    expect(result.notice).toBeUndefined();
    expect(result).toEqual(renderPost(post, { width: 40, color: false }));
    expect(statSync(heartbeat).size).toBe(0);
  });

  it('sends a post of ordinary size but many links (a 63 KB paragraph of 2,470) to the worker', async () => {
    const { url, heartbeat } = endlessWorker();
    const post = makePost(`# Links\n\n${'[a](https://example.com/) '.repeat(2470)}\n`);
    expect(post.body.length).toBeLessThan(SYNC_RENDER_MAX_CHARS);
    const result = await startPostRendering(post, { width: 40, color: false }, { workerUrl: url, timeoutMs: 300 }).result;
    expect(statSync(heartbeat).size).toBeGreaterThan(0);
    expect(result.notice).toBe('Shown as plain text: rendering took longer than 300 ms.');
  });

  it('keeps a 5 KB post with a few dozen links, code spans and tags on the main thread', async () => {
    const { url, heartbeat } = endlessWorker();
    const paragraph = 'Prose with [a link](https://example.com/), `code`, <kbd>Ctrl</kbd> and more words to read here.\n\n';
    const post = makePost(paragraph.repeat(50));
    const result = await startPostRendering(post, { width: 40, color: false }, { workerUrl: url, timeoutMs: 100 }).result;
    expect(result).toEqual(renderPost(post, { width: 40, color: false }));
    expect(result.links).toHaveLength(50);
    expect(statSync(heartbeat).size).toBe(0);
  });

  it('sends larger posts to the worker', async () => {
    const { url, heartbeat } = endlessWorker();
    const result = await startPostRendering(makePost(largeBody), { width: 40, color: false }, { workerUrl: url, timeoutMs: 300 }).result;
    expect(statSync(heartbeat).size).toBeGreaterThan(0);
    expect(result.notice).toBe('Shown as plain text: rendering took longer than 300 ms.');
  });
});
