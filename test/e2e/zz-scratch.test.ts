import fs from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';
import { makeHostileBlog } from '../fixtures/make-hostile.js';
import { startInPty } from './harness.js';
it('scratch', async () => {
  fs.rmSync('/tmp/hs', { recursive: true, force: true }); fs.mkdirSync('/tmp/hs');
  const blog = makeHostileBlog('/tmp/hs');
  for (const f of fs.readdirSync(path.join(blog.dir, 'posts'))) if (!/links-200kb|normal/.test(f)) fs.rmSync(path.join(blog.dir, 'posts', f), { recursive: true, force: true });
  const app = await startInPty(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/tuiprof', 'bin/blog-tui.js', blog.dir], { cols: 100, rows: 30 });
  await app.waitForText('normal');
  await app.press('j');
  const t0 = Date.now();
  await app.press('\r');
  console.log('opened', Date.now() - t0, app.lines().slice(0, 3).join('|'));
  for (let i = 0; i < 12; i++) {
    const t = Date.now();
    const changed = await app.press('?');
    console.log(Date.now() - t0, 'press ? changed', changed, Date.now() - t, app.lines()[0], '|', app.lines()[1]?.slice(0, 40));
  }
  await app.press('q'); console.log(await app.exited);
}, 60000);
