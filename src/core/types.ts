// Data shared by every layer. The core never throws across layers: problems are data
// (`warnings`), and every string in these types is already sanitized for the terminal.

/** One post, as loaded from a Markdown file. All strings are sanitized and length-capped. */
export interface Post {
  slug: string;
  title: string;
  /** ISO 8601 (UTC) date, or null when the post has none. */
  date: string | null;
  tags: string[];
  categories: string[];
  /** Plain text (no Markdown, no HTML). */
  summary: string;
  /**
   * Markdown body without front matter (raw, not sanitized: the renderer sanitizes). Loaded
   * posts read it from their file on first access (see core/content/postBody.ts).
   */
  readonly body: string;
  /** Path relative to the content folder, with `/` separators. */
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
}

export interface Warning {
  /** Path relative to the content folder (or the folder itself), sanitized. */
  path: string;
  /** One line: why the file was skipped or what was fixed. Sanitized. */
  reason: string;
}

export interface LoadOptions {
  drafts?: boolean;
  future?: boolean;
  expired?: boolean;
  /** "Now" for future/expired decisions; tests pin it. */
  now?: Date;
}

export interface LoadResult {
  /** Visible posts, newest first, undated last. */
  posts: Post[];
  warnings: Warning[];
  /** Blog name: DIR/_index.md title, else a Hugo config title beside DIR, else the folder name. */
  blogName: string;
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
  /** internal: the target post's slug; anchor: the heading id; external and web images: the normalized URL. */
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
  /** Posts to resolve internal links against. */
  posts?: readonly Post[];
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
