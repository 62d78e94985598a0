// Figure 1: start to first List frame, from outside: `node bin/blog-tui.js [dir]` in a
// pseudo-terminal, timed until the newest post's title is on screen, as a ratio to `node -e 0`.
import { bundledContent } from '../lib/paths.mjs';
import { generatedBlog, loadBlog } from '../lib/blogs.mjs';
import { timeUntil } from '../lib/pty.mjs';
import { figure, notAvailable, runIfMain, summarize } from '../lib/stats.mjs';

const COMMAND = 'node bench/figures/start.mjs';

export async function measure() {
  const blogs = [
    { name: 'start to first List frame, bundled blog', dir: bundledContent, runs: 10, args: ['bin/blog-tui.js'] },
    { name: 'start to first List frame, 10k posts', dir: await generatedBlog(10_000), runs: 5 },
  ];
  const rows = [];
  for (const blog of blogs) {
    const { posts, reason } = await loadBlog(blog.dir);
    if (!posts) {
      rows.push(notAvailable(blog.name, COMMAND, reason));
      continue;
    }
    const args = blog.args ?? ['bin/blog-tui.js', blog.dir];
    const baseline = [];
    const samples = [];
    for (let run = 0; run < blog.runs; run++) {
      baseline.push(await timeUntil(['-e', '0']));
      const elapsed = await timeUntil(args, posts[0].title);
      if (elapsed === null) {
        samples.length = 0;
        break;
      }
      samples.push(elapsed);
    }
    if (samples.length === 0) rows.push(notAvailable(blog.name, COMMAND, `"${posts[0].title}" not on screen within 10 s: the TUI does not show the List yet`));
    else rows.push(figure(blog.name, samples, 'ms', COMMAND, { ratio: summarize(samples).median / summarize(baseline).median, baselineMs: summarize(baseline).median }));
  }
  return rows;
}

await runIfMain(import.meta, measure);
