// Collects a post's rendered chunks (renderChunks.ts) into a RenderResult: the whole post, what
// is rendered so far while the rest renders, or what is rendered plus the rest as plain text
// when rendering stopped. Links are resolved when a result is made, against every heading
// rendered by then, so `#anchor` links to later chunks resolve in the full result.
import { MAX_URL_LENGTH } from '../open/safeUrl.js';
import { sanitizeLine } from '../sanitize.js';
import type { Post, RenderedHeading, RenderedLink, RenderOptions, RenderResult } from '../types.js';
import { resolveImage, resolveLink } from './links.js';
import { plainTextResult } from './plainTextFallback.js';
import { relatedChunk } from './relatedSection.js';
import type { PlacedLink, RenderedChunk } from './renderChunks.js';

export class RenderAssembly {
  private readonly lines: string[] = [];
  private readonly links: PlacedLink[] = [];
  private readonly headings: RenderedHeading[] = [];
  private end = 0;
  private formattedChunks = 0;
  /** The first chunk shown as plain text: its first line (counted from 1) and why. */
  private plainPart: { line: number; reason: string } | undefined;
  private relatedAdded = false;

  constructor(
    private readonly post: Post,
    private readonly options: RenderOptions,
    private readonly width: number,
  ) {}

  add(chunk: RenderedChunk): void {
    if (chunk.plainReason === undefined) this.formattedChunks++;
    // Its lines start with the blank separator line unless it is the first.
    else this.plainPart ??= { line: this.lines.length === 0 ? 1 : this.lines.length + 2, reason: chunk.plainReason };
    append(this.lines, chunk.lines);
    append(this.links, chunk.links);
    append(this.headings, chunk.headings);
    this.end = chunk.end;
  }

  /** Characters of the Markdown rendered so far. */
  get renderedChars(): number {
    return this.end;
  }

  /** The whole post. */
  complete(): RenderResult {
    this.addRelated();
    if (this.plainPart === undefined) return this.result();
    const { line, reason } = this.plainPart;
    // Nothing formatted: the same notice as a post that never reached the renderer.
    const where = this.formattedChunks === 0 ? '' : ` in part, from line ${line}`;
    return { ...this.result(), notice: `Shown as plain text${where}: ${reason}.` };
  }

  /** What is rendered so far; its lines are the first lines of the complete result. */
  partial(): RenderResult {
    return { ...this.result(), progress: this.end / Math.max(1, this.post.body.length) };
  }

  /** Rendering stopped (time limit, failure): what is rendered, then the rest of the Markdown as plain text. */
  cutShort(reason: string): RenderResult {
    if (this.end === 0) return plainTextResult(this.post.body, this.width, reason);
    if (this.end >= this.post.body.length) return this.complete();
    const rendered = this.result();
    const rest = plainTextResult(this.post.body.slice(this.end), this.width, reason);
    const lines = [...rendered.lines, '', ...rest.lines];
    const firstPlainLine = rendered.lines.length + 2;
    return { ...rendered, lines, notice: `Shown as plain text from line ${firstPlainLine}: ${reason}.` };
  }

  /**
   * The posts related to this one, at the end of the whole post (never of a part: partial lines
   * must begin the complete result). Only when the posts to link to are known.
   */
  private addRelated(): void {
    if (this.relatedAdded || !this.options.related) return;
    this.relatedAdded = true;
    const related = relatedChunk(this.options.related, this.width, this.options.color, this.lines.length);
    if (!related) return;
    append(this.lines, related.lines);
    append(this.links, related.links);
    append(this.headings, related.headings);
  }

  private result(): RenderResult {
    const { post, headings } = this;
    const links: RenderedLink[] = this.links.map((link, index) => ({
      index,
      text: link.text,
      url: sanitizeLine(link.url, MAX_URL_LENGTH),
      ...(link.image ? resolveImage(link.url, { post }) : resolveLink(link.url, { post, targets: this.options.linkTargets, headings })),
      spans: link.spans,
    }));
    return { lines: [...this.lines], links, headings: [...headings] };
  }
}

function append<T>(target: T[], items: readonly T[]): void {
  // push(...items) overflows the stack for a plain-text chunk of 100,000+ lines.
  for (const item of items) target.push(item);
}
