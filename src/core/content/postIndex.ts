// Every way a post can be named, looked up in maps built once per load: its id (and any unique
// trailing part of it, for `read`), its slug, its file path, its aliases and permalink. Links are
// resolved through it one map lookup at a time, whatever the number of posts and aliases.
import type { LinkTargets, Post } from '../types.js';

const POST_FILE = /(?:\/(?:_?index))?\.(?:md|markdown)$/i;

export type NameLookup = { post: Post } | { candidates: Post[] };

export class PostIndex implements LinkTargets {
  readonly #byId = new Map<string, Post>();
  readonly #byFile = new Map<string, Post>();
  readonly #byAlias = new Map<string, Post>();
  readonly #byPermalink = new Map<string, Post>();
  readonly #bySlug = new Map<string, Post[]>();
  readonly #byFoldedId = new Map<string, Post[]>();
  #byTail: Map<string, Post[]> | undefined;
  readonly #posts: readonly Post[];

  /** `posts`: every post that can be read or linked to (listed or not). */
  constructor(posts: readonly Post[]) {
    // Path order: when two posts claim an alias or slug, the first file keeps it, whatever the dates.
    this.#posts = [...posts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const post of this.#posts) {
      this.#byId.set(post.id, post);
      addTo(this.#byFoldedId, post.id.toLowerCase(), post);
      setFirst(this.#byFile, post.path.replace(POST_FILE, ''), post);
      addTo(this.#bySlug, post.slug, post);
      for (const alias of post.aliases) setFirst(this.#byAlias, trimSlashes(alias).toLowerCase(), post);
      // Hugo's default URL: the id, its last part replaced by the slug.
      const folder = post.id.slice(0, post.id.lastIndexOf('/') + 1);
      setFirst(this.#byPermalink, `${folder}${post.slug}`.toLowerCase(), post);
      setFirst(this.#byPermalink, post.id.toLowerCase(), post);
    }
  }

  byFile(pathWithoutExtension: string): Post | undefined {
    return this.#byFile.get(pathWithoutExtension);
  }

  byUrlPath(path: string): Post | undefined {
    const key = path.toLowerCase();
    return this.#byAlias.get(key) ?? this.#byPermalink.get(key);
  }

  bySlug(slug: string): Post | undefined {
    return this.#bySlug.get(slug)?.[0];
  }

  /**
   * What `read NAME` names: the post with that id, else the one post whose id ends with it
   * (`strings/title`), else the one post with that slug. Case is ignored, as are surrounding
   * slashes and a `.md` file name. Several matches are returned as candidates, in path order.
   */
  find(name: string): NameLookup {
    const written = trimSlashes(name.trim()).replace(POST_FILE, '');
    const exact = this.#byId.get(written);
    if (exact) return { post: exact };
    const key = written.toLowerCase();
    for (const matches of [this.#byFoldedId.get(key), this.#tails().get(key), this.#bySlug.get(key)]) {
      if (matches?.length === 1) return { post: matches[0]! };
      if (matches && matches.length > 1) return { candidates: matches };
    }
    return { candidates: [] };
  }

  /** Every proper trailing part of every id (`b/c` and `c` for `a/b/c`): built on first use (only `read` needs it). */
  #tails(): Map<string, Post[]> {
    if (this.#byTail) return this.#byTail;
    const tails = new Map<string, Post[]>();
    for (const post of this.#posts) {
      const id = post.id.toLowerCase();
      for (let slash = id.indexOf('/'); slash !== -1; slash = id.indexOf('/', slash + 1)) addTo(tails, id.slice(slash + 1), post);
    }
    return (this.#byTail = tails);
  }
}

/** The text without `/` at either end; linear, whatever the run of slashes. */
export function trimSlashes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 47) start++;
  while (end > start && text.charCodeAt(end - 1) === 47) end--;
  return text.slice(start, end);
}

function addTo(map: Map<string, Post[]>, key: string, post: Post): void {
  const list = map.get(key);
  if (list) list.push(post);
  else map.set(key, [post]);
}

function setFirst(map: Map<string, Post>, key: string, post: Post): void {
  if (key !== '' && !map.has(key)) map.set(key, post);
}
