// Data shared by every layer. The core never throws across layers: problems are data
// (`warnings`), and every string in these types is already sanitized for the terminal.

/** One post, as loaded from a Markdown file. All strings are sanitized and length-capped. */
export interface Post {
  /**
   * What identifies the post: its path relative to the content folder without the extension
   * (a leaf bundle: its folder), e.g. `functions/strings/title`. Unique within a load.
   */
  id: string;
  /** URL name: front matter `slug`, else the file or bundle name. Not unique (ids are). */
  slug: string;
  title: string;
  /** ISO 8601 (UTC) date, or null when the post has none. */
  date: string | null;
  tags: string[];
  categories: string[];
  /** Taxonomies other than tags (categories, series, the site config's), by plural name: terms as written. */
  taxonomies: Record<string, string[]>;
  /** Front matter `keywords`: searched, not shown as facets. */
  keywords: string[];
  /** The top-level section's key: the first folder under the content folder ('' at its root). */
  section: string;
  /** Front matter `weight` (0 when absent): lower comes first, 0 last. */
  weight: number;
  /** Front matter `linkTitle` ('' when absent): the short title Hugo sorts by. */
  linkTitle: string;
  /** Plain text (no Markdown, no HTML). */
  summary: string;
  /**
   * Markdown body without front matter (raw, not sanitized: the renderer sanitizes). Loaded
   * posts read it from their file on first access (see core/content/postBody.ts).
   */
  readonly body: string;
  /**
   * Path relative to the content folder, with `/` separators: exact, the one field NOT sanitized
   * (it identifies the file; --json prints it); display it only through sanitizeLine.
   */
  path: string;
  readingMinutes: number;
  wordCount: number;
  draft: boolean;
  /** Publish date in the future (shown only with --future). */
  future: boolean;
  /** expiryDate has passed (shown only with --expired). */
  expired: boolean;
  /** Aliases/other URL forms that should resolve to this post (e.g. front matter `url`, `aliases`). */
  aliases: string[];
  /** What the front matter says of the post's URL, as written; absent when it says nothing. See core/content/permalink.ts. */
  urlFrontMatter?: UrlFrontMatter;
}

export interface UrlFrontMatter {
  /** The whole path: Hugo's `url`, Jekyll's `permalink` (placeholders included). */
  url?: string;
  /** `slug`, unslugified (Hugo's `:slug` and Jekyll's `:title` keep what is written). */
  slug?: string;
}

export interface Warning {
  /** Path relative to the content folder (or the folder itself), sanitized. */
  path: string;
  /** One line: why the file was skipped or what was fixed. Sanitized. */
  reason: string;
  /** The file was not loaded (as opposed to loaded with something fixed or ignored). */
  skipped?: boolean;
}

/** How posts are ordered: `weight` is Hugo's default (weight, then date newest first, then link title, then path). */
export type SortOrder = 'weight' | 'date' | 'title' | 'path';

export const SORT_ORDERS: readonly SortOrder[] = ['weight', 'date', 'title', 'path'];

export interface LoadOptions {
  sort?: SortOrder;
  drafts?: boolean;
  future?: boolean;
  expired?: boolean;
  /** "Now" for future/expired decisions; tests pin it. */
  now?: Date;
}

/** A top-level section of the content folder. */
export interface Section {
  /** Its folder's name (what `@section` and --section match, with the title). */
  key: string;
  /** Its `_index.md` title, else the folder name made readable. */
  title: string;
}

/** What kind of folder was read, for the List's header (`Hugo site · content/`). */
export interface SiteInfo {
  kind: 'hugo' | 'jekyll' | 'folder';
  /** The folders read, relative to the folder given, `/`-separated with a trailing `/` ('' for the folder itself). */
  contentLabel: string;
  /** The site's baseURL from its config, when it has one. */
  baseURL?: string;
  /** Taxonomies besides tags, by plural name (Hugo: its config's, else categories; plus series). */
  taxonomies: string[];
  /** URL patterns by section, as written (Hugo's `[permalinks]`; Jekyll's `permalink` for `posts`). */
  permalinks?: Record<string, string>;
}

export interface LoadResult {
  /** Listed posts (search, tags and the List use these), in the requested order (Hugo's by default). */
  posts: Post[];
  /**
   * Posts that are not listed but can be read and linked to (Hugo `build: {list: never}`
   * without `render: never`), in the same order.
   */
  unlisted: Post[];
  warnings: Warning[];
  /** Blog name: the home page's title, else the site config's title, else the folder name. */
  blogName: string;
  sections: Section[];
  site: SiteInfo;
  /** The order `posts` and `unlisted` are in. */
  order: SortOrder;
  /** Set when DIR itself cannot be read (missing, not a folder, unreadable): a one-line reason. */
  error?: string;
}

/** `image`: a picture (Markdown, HTML or shortcode); `target` or `file` says where it opens from, else `reason` why it cannot. */
export type LinkKind = 'internal' | 'anchor' | 'external' | 'refused' | 'image';

export interface RenderedLink {
  /** Index in reading order. */
  index: number;
  text: string;
  /** The URL as written in the post (sanitized). */
  url: string;
  kind: LinkKind;
  /** internal: the target post's id; anchor: the heading id; external and web images: the normalized URL. */
  target?: string;
  /** Local images: the picture's path inside the content folder (`/` separators). */
  file?: string;
  /** refused, and images that cannot be opened: why (one line). */
  reason?: string;
  /** internal links with a `#fragment`: the heading id in the target post. */
  anchor?: string;
  /** Where the link text is drawn: one span per line it covers (columns are display columns, end exclusive). */
  spans: { line: number; start: number; end: number }[];
}

export interface RenderedHeading {
  /** 1-6; 0 for an anchor that is no heading (a footnote reference or note), a link target only. */
  level: number;
  text: string;
  /** The anchor id (Hugo/GitHub style slug of the text). */
  id: string;
  line: number;
}

export interface RenderResult {
  /** Terminal lines, each at most `width` display columns; may contain SGR and OSC 8 only. */
  lines: string[];
  links: RenderedLink[];
  headings: RenderedHeading[];
  /** Set when the post could not be rendered fully and is shown as plain text. */
  notice?: string;
  /**
   * Set on a partial result while the rest of a large post renders: the fraction of its Markdown
   * rendered (0–1). Its lines, links and headings are the first ones of the full result.
   */
  progress?: number;
}

export interface RenderOptions extends LayoutChoices {
  width: number;
  color: boolean;
  /** The posts internal links resolve to (built once per load: see core/content/postIndex.ts). */
  linkTargets?: LinkTargets;
  /** The posts listed in the "Related" section at the end (see core/related); none: no section. */
  related?: readonly RelatedPost[];
  /**
   * Limits on highlighting (time per rendering, block size), set where keys wait for the
   * rendering; past them code stays plain. Default: blocks up to 64 KB, no time limit.
   */
  highlightBudget?: { totalMs: number; maxBlockChars: number };
  /** The colours used when `color` is set (default `dark`). */
  palette?: Palette;
}

/** `dark` suits dark terminal backgrounds; `light` leaves out cyan, yellow and white, barely readable on white. */
export type Palette = 'dark' | 'light';

export type RelatedPost = Pick<Post, 'title' | 'path'>;

/** What a link can name a post by: all the render worker receives of each post. */
export type LinkTargetFields = Pick<Post, 'id' | 'slug' | 'path' | 'aliases'>;

/** Finds the post an internal link's path names (see core/render/links.ts): built once per load. */
export interface LinkTargets {
  /** A post by its file path without extension (`posts/hello`, `posts/bundle`). */
  byFile(pathWithoutExtension: string): Pick<Post, 'id' | 'path'> | undefined;
  /** A post by a URL path without surrounding slashes: an alias, its id, or its permalink form. */
  byUrlPath(path: string): Pick<Post, 'id' | 'path'> | undefined;
  /** The first post (in path order) with this slug. */
  bySlug(slug: string): Pick<Post, 'id' | 'path'> | undefined;
  /** The fields it was built from, to build it again in the render worker. */
  targetFields(): LinkTargetFields[];
}

/** How the reader chose to see math and code (its keys; `read --math`). */
export interface LayoutChoices {
  /** `unicode` (default): formulas converted where faithful; `source`: as written. */
  math?: 'unicode' | 'source';
  /** false: long code lines are cut at the width (and scrolled by `codeScroll`) instead of wrapped. */
  codeWrap?: boolean;
  /** Columns of code scrolled out on the left when `codeWrap` is false. */
  codeScroll?: number;
}
