// A post's body is read from its file when needed (opening it, `read`, search), not at load: the
// List needs only what the parse gives, and a warm load then opens no file at all. Bodies are
// not kept by their posts (1,000 posts of 2 MB would hold gigabytes): only the few read last
// are, so a post being rendered reads its file once.
import type { Post } from '../types.js';
import { normalizeNewlines, splitFrontMatter } from './frontMatter.js';
import { expandBody } from './bodyExpansion.js';
import { readContentFile, readContentPrefix, sameStamp, type FileStamp } from './readContentFile.js';

/** Where a post's body is: its file, the version that was parsed, and the body's offset in it. */
export interface BodySource {
  readPath: string;
  stamp: FileStamp;
  /** Where the body starts in the parsed version's text once its line ends are LF. */
  bodyStart: number;
}

/** Bodies read last, newest last: at most RECENT_BODIES of 2 MB (4 MB in memory) each. */
const recentBodies = new Map<BodySource, string>();
const RECENT_BODIES = 4;

function recentBody(source: BodySource, path: string): string {
  let body = recentBodies.get(source);
  if (body === undefined) body = expandedBody(source, path);
  else recentBodies.delete(source);
  recentBodies.set(source, body);
  for (const oldest of recentBodies.keys()) {
    if (recentBodies.size <= RECENT_BODIES) break;
    recentBodies.delete(oldest);
  }
  return body;
}

/** A loaded post: every field but the body is given; the body is read from its file when needed. */
export class LazyBodyPost implements Post {
  // One getter shared by all posts, defined on each as an own enumerable property: copies
  // (spread, structuredClone to the render worker) include the body, and V8 keeps the posts'
  // fast shared shape (a getter per object literal would turn each into a slow dictionary).
  static readonly #bodyProperty: PropertyDescriptor = {
    enumerable: true,
    get(this: LazyBodyPost): string {
      return recentBody(this.#source, this.path);
    },
  };

  declare readonly body: string;
  id: string;
  slug: string;
  title: string;
  date: string | null;
  tags: string[];
  categories: string[];
  taxonomies: Record<string, string[]>;
  keywords: string[];
  section: string;
  weight: number;
  linkTitle: string;
  summary: string;
  path: string;
  readingMinutes: number;
  wordCount: number;
  draft: boolean;
  future: boolean;
  expired: boolean;
  aliases: string[];
  #source: BodySource;

  /** `fields` are a (possibly cached) parse's; `state` the publication flags at load time. */
  constructor(fields: Omit<Post, 'body' | 'future' | 'expired'>, state: Pick<Post, 'future' | 'expired'>, source: BodySource) {
    this.id = fields.id;
    this.slug = fields.slug;
    this.title = fields.title;
    this.date = fields.date;
    this.tags = fields.tags;
    this.categories = fields.categories;
    this.taxonomies = fields.taxonomies;
    this.keywords = fields.keywords;
    this.section = fields.section;
    this.weight = fields.weight;
    this.linkTitle = fields.linkTitle;
    this.summary = fields.summary;
    this.path = fields.path;
    this.readingMinutes = fields.readingMinutes;
    this.wordCount = fields.wordCount;
    this.draft = fields.draft;
    this.future = state.future;
    this.expired = state.expired;
    this.aliases = fields.aliases;
    this.#source = source;
    Object.defineProperty(this, 'body', LazyBodyPost.#bodyProperty);
  }

  /** See bodyPrefix. */
  bodyPrefix(length: number): string {
    const read = recentBodies.get(this.#source);
    if (read !== undefined) return read.slice(0, length);
    const prefix = readBodyPrefix(this.#source, length);
    return prefix === undefined ? this.body.slice(0, length) : expanded(this.#source, this.path, prefix).slice(0, length);
  }
}

/**
 * The first `length` characters of a post's body, reading no more of its file than they need:
 * search looks at the start of each body, and reading whole 2 MB files for it would hold the
 * main thread for tens of milliseconds a post.
 */
export function bodyPrefix(post: Post, length: number): string {
  return post instanceof LazyBodyPost ? post.bodyPrefix(length) : post.body.slice(0, length);
}

/** The body with Hugo's include, readfile and param expanded; the content folder is where the post's path starts. */
function expandedBody(source: BodySource, path: string): string {
  return expanded(source, path, readPostBody(source));
}

/** `body` (the whole body or its start) with the shortcodes expandedBody expands. */
function expanded(source: BodySource, path: string, body: string): string {
  const root = source.readPath.slice(0, source.readPath.length - path.length - 1);
  const frontMatter = (): Record<string, unknown> => {
    const read = readContentFile(source.readPath);
    const split = 'reason' in read ? read : splitFrontMatter(read.text);
    return 'reason' in split ? {} : split.data;
  };
  return root === '' || !source.readPath.endsWith(path) ? body : expandBody(body, { root, file: source.readPath, frontMatter });
}

/**
 * The body as the file holds it now. Edited since the load: its current front matter is split
 * off again, so the reader shows what is on disk (as `less` would after a reload); the List's
 * title and summary stay as loaded until the next start. Gone, unreadable, binary or with front
 * matter that no longer parses: '' — the post stays listed and opens empty rather than failing
 * a reader that is already running.
 */
function readPostBody(source: BodySource): string {
  const read = readContentFile(source.readPath);
  if ('reason' in read) return '';
  if (sameStamp(read.stamp, source.stamp)) return normalizeNewlines(read.text).slice(source.bodyStart);
  const split = splitFrontMatter(read.text);
  return 'reason' in split ? '' : split.body;
}

/**
 * The body's first `length` characters as readPostBody would give them, read from the file's
 * start; undefined when the file changed since the load (its front matter must be split again).
 */
function readBodyPrefix(source: BodySource, length: number): string | undefined {
  const end = source.bodyStart + length;
  // One byte a character is enough for ASCII text with LF line ends; other text reads more.
  for (let bytes = end; ; bytes *= 2) {
    const read = readContentPrefix(source.readPath, bytes);
    if ('reason' in read) return '';
    if (!sameStamp(read.stamp, source.stamp)) return undefined;
    // A CR cut from its LF at the end becomes the LF the whole text has there.
    const text = normalizeNewlines(read.text);
    if (text.length >= end || bytes >= read.stamp.size) return text.slice(source.bodyStart, end);
  }
}
