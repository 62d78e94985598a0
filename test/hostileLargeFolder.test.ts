// `blog-tui list` over a folder of 100,000 entries with symlink loops and FIFOs among them: it
// must finish, list every post and report every trap, instead of hanging on a FIFO or walking a
// loop forever.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from './cli-run.js';

const FOLDERS = 1000;
/** Per folder: 95 posts, 3 other files and 1 empty subfolder, with the folder itself 100 entries. */
const POSTS_PER_FOLDER = 95;
const OTHER_FILES_PER_FOLDER = 3;
/** Folders that also hold a FIFO, a symlink loop and a link back to the root. */
const TRAPPED_FOLDERS = 10;

// 100,000 files take minutes to create on this disk under load and seconds in memory.
const SCRATCH = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(SCRATCH, 'blog-tui-large-'));
  for (let folder = 0; folder < FOLDERS; folder++) {
    const folderPath = path.join(root, `section-${folder}`);
    fs.mkdirSync(path.join(folderPath, 'empty'), { recursive: true });
    for (let post = 0; post < POSTS_PER_FOLDER; post++) {
      // Unique names: this test is about walking, not about resolving 95,000 duplicate slugs.
      fs.writeFileSync(path.join(folderPath, `post-${folder}-${post}.md`), `# Post ${folder}-${post}\n\nTiny.\n`);
    }
    for (let other = 0; other < OTHER_FILES_PER_FOLDER; other++) {
      fs.writeFileSync(path.join(folderPath, `note-${other}.txt`), 'not a post\n');
    }
    if (folder < TRAPPED_FOLDERS) {
      execFileSync('mkfifo', [path.join(folderPath, 'fifo.md')]);
      fs.symlinkSync('loop.md', path.join(folderPath, 'loop.md'));
      fs.symlinkSync(root, path.join(folderPath, 'root'));
    }
  }
}, 180_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }), 180_000);

it('lists 100,000 entries with FIFOs and symlink loops among them, and names each trap', () => {
  const started = Date.now();
  // --verbose: each warning, not the one summary line.
  const run = runCli(['list', root, '--verbose'], {}, 120_000);
  const seconds = (Date.now() - started) / 1000;
  expect(run.status, `killed or failed after ${seconds} s:\n${run.stderr.slice(0, 2000)}`).toBe(0);
  const rows = run.stdout.split('\n').filter((line) => line.includes('Post '));
  expect(rows).toHaveLength(FOLDERS * POSTS_PER_FOLDER);
  const warnings = run.stderr.split('\n');
  for (let folder = 0; folder < TRAPPED_FOLDERS; folder++) {
    for (const trap of ['fifo.md', 'loop.md', 'root']) {
      expect(
        warnings.some((line) => line.includes(`section-${folder}/${trap}`)),
        `section-${folder}/${trap}`,
      ).toBe(true);
    }
  }
  console.info(`list over ${FOLDERS * 100} entries: ${seconds.toFixed(1)} s`);
}, 150_000);
