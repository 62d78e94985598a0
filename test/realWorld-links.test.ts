// The link map of each real-world fixture (test/fixtures/real-world): kinds, targets and reading
// order, as the reader's Tab, Enter and L use them.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPosts } from '../src/core/content/loadPosts.js';
import { PostIndex } from '../src/core/content/postIndex.js';
import { renderPost } from '../src/core/render/renderPost.js';
import type { RenderedLink } from '../src/core/types.js';

const DIR = fileURLToPath(new URL('./fixtures/real-world/', import.meta.url));
const { posts } = loadPosts(DIR);
const linkTargets = new PostIndex(posts);

function linksOf(slug: string): Pick<RenderedLink, 'kind' | 'text' | 'target' | 'file' | 'reason'>[] {
  const post = posts.find((candidate) => candidate.slug === slug);
  if (!post) throw new Error(`no fixture ${slug}`);
  return renderPost(post, { width: 80, color: false, linkTargets }).links.map(({ kind, text, target, file, reason }) => ({
    kind,
    text,
    ...(target !== undefined ? { target } : {}),
    ...(file !== undefined ? { file } : {}),
    ...(reason !== undefined ? { reason } : {}),
  }));
}

describe('real-world link maps', () => {
  it('notebook export: footnote and guide links, no heading anchor links, no CSS or SVG URLs', () => {
    expect(linksOf('titanic-pandas')).toEqual([
      { kind: 'refused', text: '1', reason: 'no heading "#fn-1" in this post' },
      { kind: 'external', text: 'pandas guide to _group by_', target: 'https://pandas.pydata.org/docs/user_guide/groupby.html' },
      { kind: 'refused', text: '↩', reason: 'no heading "#fnref-1" in this post' },
    ]);
  });

  it('illustrated post: HTML links, images (web and local) and embeds, in reading order', () => {
    const links = linksOf('illustrated-transformer');
    expect(links.map((link) => [link.kind, link.target ?? link.file ?? link.reason])).toEqual([
      ['external', 'https://news.ycombinator.com/item?id=18351674'],
      ['external', 'https://www.reddit.com/r/MachineLearning/comments/8uh2yz/p_the_illustrated_transformer_a_visual_look_at/'],
      ['external', 'https://blog.csdn.net/yujianmin1990/article/details/85221271'],
      ['external', 'https://lbourdois.github.io/blog/nlp/Transformer/'],
      ['external', 'https://jalammar.github.io/visualizing-neural-machine-translation-mechanics-of-seq2seq-models-with-attention/'],
      ['external', 'https://arxiv.org/abs/1706.03762'],
      ['image', 'images/t/the_transformer_3.png'],
      ['image', 'images/transformer/encoder-stack.png'],
      ['external', 'https://jalammar.github.io/images/t/Transformer_decoder.png'],
      ['image', 'https://jalammar.github.io/images/t/Transformer_decoder.png'],
      ['image', 'https://jalammar.github.io/images/t/transformer_self_attention_vectors.png'],
      ['external', 'https://www.youtube.com/embed/rBCqOTEfxvg'],
      ['refused', 'no post at /images/t/transformer_decoding_1.mp4'],
      ['external', 'https://twitter.com/ilblackdragon'],
      ['external', 'http://jakob.uszkoreit.net/'],
      ['external', 'https://www.linkedin.com/in/llion-jones-9ab3064b'],
      ['external', 'https://twitter.com/JayAlammar'],
    ]);
    expect(links[7]?.text).toBe('[image: The encoders are a stack of six identical layers]');
    expect(links[11]?.text).toBe('[video: youtube.com]');
  });

  it('Jekyll post: post_url and link to posts, site.baseurl dropped from image paths, one note for the misleading link', () => {
    expect(linksOf('jekyll-liquid').map((link) => [link.kind, link.target ?? link.file ?? link.reason])).toEqual([
      ['internal', '2020-03-14-titanic-pandas'],
      ['internal', '2018-06-27-illustrated-transformer'],
      ['image', 'images/transformer/encoder-stack.png'],
      ['refused', 'no post at /assets/iris.csv'],
      ['external', 'https://flask.palletsprojects.com/en/2.0.x/'],
      ['external', 'https://github.com/example/flask-model/blob/main/app.py'],
      ['external', 'https://scikit-learn.org/'],
      ['external', 'https://www.python.org/'],
      ['anchor', 'training-the-model'],
      ['external', 'https://evil.example.com/'],
    ]);
  });

  it('Hugo docs: includes inlined, relref to another page, figure link before its image', () => {
    expect(linksOf('configure-markup').map((link) => [link.kind, link.text, link.target])).toEqual([
      ['external', 'Goldmark', 'https://github.com/yuin/goldmark/'],
      ['external', 'Git', 'https://git-scm.com/downloads'],
      ['external', 'Go', 'https://go.dev/doc/install'],
      ['internal', 'Syntax Highlighting', 'shortcodes'],
      ['anchor', '`markup.highlight.noClasses`', 'highlight'],
      ['external', '`Markdown`', 'https://gohugo.io/content-management/formats/'],
      ['external', '`config.toml`', 'https://github.com/gohugoio/hugo/blob/master/config.toml'],
    ]);
    expect(linksOf('shortcodes').map((link) => [link.kind, link.target ?? link.file])).toEqual([
      ['external', 'https://go.dev/blog/gopher'],
      ['image', 'gopher.png'],
      ['external', 'https://gist.github.com/jmooring/23932424365401ffa5e9d9810102a477'],
      ['external', 'https://www.instagram.com/p/CxOWiQNP2MO/'],
      ['external', 'https://gohugo.io/'],
      ['external', 'https://vimeo.com/55073825'],
      ['external', 'https://x.com/SanDiegoZoo/status/1453110110599868418'],
      ['external', 'https://www.youtube.com/watch?v=0RKpf3rK57I'],
      ['external', 'https://www.youtube.com/watch?v=0RKpf3rK57I'],
      ['internal', 'configure-markup'],
      ['internal', 'configure-markup'],
    ]);
  });

  it('render the same however the posts are cut into chunks', () => {
    for (const post of posts) {
      const options = { width: 80, color: true, posts };
      expect(renderPost(post, options, { first: 1, rest: 1 }), post.slug).toEqual(renderPost(post, options, { first: Infinity, rest: Infinity }));
    }
  });
});
