// Figure 4: peak resident memory of a child process that loads 10,000 posts, indexes them and
// runs a search (which prepares the bodies). The TUI's own figure comes when it lands.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generatedBlog, loadBlog } from '../lib/blogs.mjs';
import { loadCore } from '../lib/core.mjs';
import { figure, notAvailable, runIfMain } from '../lib/stats.mjs';

const COMMAND = 'node bench/figures/memory.mjs';

export async function measure() {
  const dir = await generatedBlog(10_000);
  await loadCore();
  const samples = [];
  for (let run = 0; run < 3; run++) {
    const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dir], { encoding: 'utf8' });
    const result = JSON.parse(output);
    if (result.reason) return [notAvailable('peak RSS, load + index + search 10k posts', COMMAND, result.reason)];
    samples.push(result.maxRssMb);
  }
  return [figure('peak RSS, load + index + search 10k posts', samples, 'MB', COMMAND), notAvailable('peak RSS of the TUI, 10k posts', COMMAND, 'needs the TUI')];
}

async function child(dir) {
  const { posts, reason } = await loadBlog(dir);
  if (!posts) return { reason };
  const { search } = await loadCore();
  search.searchPosts(search.createSearchIndex(posts), 'pipeline');
  return { maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

if (process.argv[2] === '--child') console.log(JSON.stringify(await child(process.argv[3])));
else await runIfMain(import.meta, measure);
