// Figure 3: open-post time (renderPost at 100 columns) for a 5 KB and a 2 MB post.
import { generatedBlog, loadBlog } from '../lib/blogs.mjs';
import { loadCore } from '../lib/core.mjs';
import { figure, notAvailable, runIfMain } from '../lib/stats.mjs';

const COMMAND = 'node bench/figures/open-post.mjs';
const LIMIT = 2 * 1024 * 1024;

export async function measure() {
  const { posts, reason } = await loadBlog(await generatedBlog(1_000));
  const scroll = notAvailable('scroll per key, 2 MB post (pty)', COMMAND, 'needs the TUI Post screen');
  if (!posts) return [notAvailable('open post, 5 KB / 2 MB', COMMAND, reason), scroll];
  const { render } = await loadCore();
  const small = posts.find((post) => Buffer.byteLength(post.body) >= 4500 && Buffer.byteLength(post.body) <= 5500) ?? posts[0];
  // The largest post the loader accepts: generated bodies joined up to 2 MB.
  let body = '';
  for (const post of posts) {
    if (Buffer.byteLength(body) + Buffer.byteLength(post.body) > LIMIT - 2048) break;
    body += `${post.body}\n`;
  }
  const large = { ...small, slug: 'large', body };
  const time = (post) => {
    const start = performance.now();
    render.renderPost(post, { width: 100, color: true, posts });
    return performance.now() - start;
  };
  const smallSamples = Array.from({ length: 30 }, () => time(small));
  const largeSamples = Array.from({ length: 3 }, () => time(large));
  return [
    figure(`open post (renderPost), ${(Buffer.byteLength(small.body) / 1024).toFixed(1)} KB`, smallSamples, 'ms', COMMAND),
    figure(`open post (renderPost), ${(Buffer.byteLength(body) / 1048576).toFixed(2)} MB`, largeSamples, 'ms', COMMAND),
    scroll,
  ];
}

await runIfMain(import.meta, measure);
