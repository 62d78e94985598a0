// Figure 6: loading 10,000 posts in process with no parse cache (what a first start, or
// BLOG_TUI_NO_CACHE=1, pays before the first frame): walk, read, front matter, summaries. The
// front matter parse (gray-matter and its engines) is most of the per-file cost; the start figure
// measures the same load from outside, with the cache warm and cold.
import { generatedBlog } from '../lib/blogs.mjs';
import { loadCore } from '../lib/core.mjs';
import { figure, runIfMain } from '../lib/stats.mjs';

const COMMAND = 'node bench/figures/load.mjs';
const RUNS = 7;

export async function measure() {
  const dir = await generatedBlog(10_000);
  const { loader } = await loadCore();
  // One untimed load: the first one also pays for loading the parsers and a cold page cache.
  loader.loadPosts(dir);
  const wall = [];
  const cpu = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    loader.loadPosts(dir);
    const used = process.cpuUsage(cpuBefore);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  // CPU time as well: on a shared machine it varies far less than the wall clock.
  return [
    figure('load 10k posts in process, no parse cache', wall, 'ms', COMMAND),
    figure('load 10k posts in process, no parse cache, CPU time', cpu, 'ms', COMMAND),
  ];
}

await runIfMain(import.meta, measure);
