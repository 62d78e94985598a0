// Figure 1: start to first List frame, from outside: `node bin/blog-tui.js [dir]` in a
// pseudo-terminal, timed until the newest post's title is on screen, as a ratio to `node -e 0`
// measured in alternation with it. The 10k blog is timed cold (parse cache off) and warm (the
// cache filled beforehand by `blog-tui list`, which shares it), since a reader restarts far
// more often than posts change.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { bundledContent, outDir, root } from '../lib/paths.mjs';
import { generatedBlog, loadBlog } from '../lib/blogs.mjs';
import { withEnv } from '../lib/env.mjs';
import { timeUntil } from '../lib/pty.mjs';
import { figure, notAvailable, runIfMain, summarize } from '../lib/stats.mjs';

const COMMAND = 'node bench/figures/start.mjs';
// A cold 10k start under heavy load can pass 10 s; it is still a figure, not a failure.
const TIMEOUT_MS = 60_000;

export async function measure() {
  // The reader's parse cache goes to bench/.out, never to the user's ~/.cache (pty children
  // inherit this environment).
  process.env.XDG_CACHE_HOME = join(outDir, 'cache');
  const tenThousand = await generatedBlog(10_000);
  const blogs = [
    { name: 'start to first List frame, bundled blog', dir: bundledContent, runs: 10, args: ['bin/blog-tui.js'], ratioTarget: 2.5 },
    {
      name: 'start to first List frame, 10k posts, cold (BLOG_TUI_NO_CACHE=1)',
      dir: tenThousand,
      runs: 5,
      env: { BLOG_TUI_NO_CACHE: '1' },
      ratioTarget: 10,
    },
    { name: 'start to first List frame, 10k posts, warm cache', dir: tenThousand, runs: 5, warmUp: true, ratioTarget: 5 },
  ];
  const rows = [];
  for (const blog of blogs) {
    const { posts, reason } = await loadBlog(blog.dir);
    if (!posts) {
      rows.push(notAvailable(blog.name, COMMAND, reason));
      continue;
    }
    const args = blog.args ?? ['bin/blog-tui.js', blog.dir];
    const restore = withEnv(blog.env ?? {});
    try {
      if (blog.warmUp) execFileSync(process.execPath, ['bin/blog-tui.js', 'list', blog.dir], { cwd: root, stdio: 'ignore' });
      rows.push(await timeRuns(blog, args, posts[0].title));
    } finally {
      restore();
    }
  }
  return rows;
}

async function timeRuns(blog, args, title) {
  const baseline = [];
  const samples = [];
  for (let run = 0; run < blog.runs; run++) {
    baseline.push(await timeUntil(['-e', '0']));
    const elapsed = await timeUntil(args, title, TIMEOUT_MS);
    if (elapsed === null) return notAvailable(blog.name, COMMAND, `"${title}" not on screen within ${TIMEOUT_MS / 1000} s`);
    samples.push(elapsed);
  }
  const baselineMs = summarize(baseline).median;
  return figure(blog.name, samples, 'ms', COMMAND, {
    ratio: summarize(samples).median / baselineMs,
    baselineMs,
    target: { ratio: blog.ratioTarget },
  });
}

await runIfMain(import.meta, measure);
