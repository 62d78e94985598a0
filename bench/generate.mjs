// node bench/generate.mjs DIR N [SEED]: writes a synthetic blog (test/fixtures/generate-blog.ts).
import { loadCore } from './lib/core.mjs';

const [dir, count, seed = '1'] = process.argv.slice(2);
if (!dir || !Number.isInteger(Number(count))) {
  console.error('usage: node bench/generate.mjs DIR N [SEED]');
  process.exit(2);
}
const posts = (await loadCore()).generator.generateBlog(dir, Number(count), Number(seed));
console.log(`${posts.length} posts written to ${dir}`);
