// Every way a post can be named, looked up in maps built once per load: its id (and any unique
// trailing part of it, for `read`), its slug, its file path, its aliases and permalink. Links are
// resolved through it one map lookup at a time, whatever the number of posts and aliases.
import type { LinkTargetFields, LinkTargets, Post } from '../types.js';
import { parentFolder } from './identity.js';

const POST_FILE = /(?:\/(?:_?index))?\.(?:md|markdown)$/i;

export type NameLookup<P = Post> = { post: P } | { candidates: P[] };

/** Built from whole posts on the main thread, or from their link fields alone in the render worker. */
export class PostIndex<P extends LinkTargetFields = Post> implements LinkTargets {
  readonly #byId = new Map<string, P>();
  readonly #byFile = new Map<string, P>();
  readonly #byAlias = new Map<string, P>();
  readonly #byPermalink = new Map<string, P>();
  readonly #bySlug = new Map<string, P[]>();
  readonly #byFoldedId = new Map<string, P[]>();
  #byTail: Map<string, P[]> | undefined;
  readonly #posts: readonly P[];

  /** `posts`: every post that can be read or linked to (listed or not). */
  constructor(posts: readonly P[]) {
    // Path order: when two posts claim an alias or slug, the first file keeps it, whatever the dates.
    this.#posts = [...posts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const post of this.#posts) {
      this.#byId.set(post.id, post);
      addTo(this.#byFoldedId, post.id.toLowerCase(), post);
      setFirst(this.#byFile, post.path.replace(POST_FILE, ''), post);
      addTo(this.#bySlug, post.slug, post);
      for (const alias of post.aliases) setFirst(this.#byAlias, trimSlashes(alias).toLowerCase(), post);
      // Hugo's default URL: the id, its last part replaced by the slug.
      setFirst(this.#byPermalink, `${parentFolder(post.id)}${post.slug}`.toLowerCase(), post);
      setFirst(this.#byPermalink, post.id.toLowerCase(), post);
    }
  }

  /** What the index is built from, as plain data a worker thread can receive (a class instance cannot be sent). */
  targetFields(): LinkTargetFields[] {
    return this.#posts.map(({ id, slug, path, aliases }) => ({ id, slug, path, aliases }));
  }

  byFile(pathWithoutExtension: string): P | undefined {
    return this.#byFile.get(pathWithoutExtension);
  }

  byUrlPath(path: string): P | undefined {
    const key = path.toLowerCase();
    return this.#byAlias.get(key) ?? this.#byPermalink.get(key);
  }

  bySlug(slug: string): P | undefined {
    return this.#bySlug.get(slug)?.[0];
  }

  /**
   * What `read NAME` names: the post with that id, else the one post whose id ends with it
   * (`strings/title`), else the one post with that slug. Case is ignored, as are surrounding
   * slashes and a `.md` file name. Several matches are returned as candidates, in path order.
   */
  find(name: string): NameLookup<P> {
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
  #tails(): Map<string, P[]> {
    if (this.#byTail) return this.#byTail;
    const tails = new Map<string, P[]>();
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

function addTo<P>(map: Map<string, P[]>, key: string, post: P): void {
  const list = map.get(key);
  if (list) list.push(post);
  else map.set(key, [post]);
}

function setFirst<P>(map: Map<string, P>, key: string, post: P): void {
  if (key !== '' && !map.has(key)) map.set(key, post);
}
