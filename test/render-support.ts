// Helpers for the renderer tests (every highlight.js grammar loaded): a Post built from Markdown, display-column slicing, and a
// strict scanner for escape sequences in output.
import stripAnsi from 'strip-ansi';
import stringWidth from 'string-width';
import { PostIndex } from '../src/core/content/postIndex.js';
import type { LinkTargets, Post, RenderResult } from '../src/core/types.js';
import { loadLanguages } from '../src/core/render/highlight.js';
import { LANGUAGES } from '../src/core/render/highlightLanguages.js';

// The renderer tests call renderPost and its parts directly, which the program does only once
// the grammars a post names are loaded (codeLanguages.ts): every grammar is loaded here.
await loadLanguages(Object.keys(LANGUAGES));

export function makePost(body: string, fields: Partial<Post> = {}): Post {
  return {
    // Ids are paths without the extension, as the loader makes them.
    id: (fields.path ?? 'posts/test-post.md').replace(/\.md$/, ''),
    slug: 'test-post',
    title: 'Test post',
    date: '2024-01-01T00:00:00.000Z',
    tags: [],
    categories: [],
    taxonomies: {},
    keywords: [],
    section: '',
    weight: 0,
    linkTitle: '',
    summary: '',
    body,
    path: 'posts/test-post.md',
    readingMinutes: 1,
    wordCount: 1,
    draft: false,
    future: false,
    expired: false,
    aliases: [],
    ...fields,
  };
}

/** What the renderer resolves internal links against, as a load builds it. */
export function linkTargets(posts: readonly Post[]): LinkTargets {
  return new PostIndex(posts);
}

/** The columns [start, end) of a line with escapes stripped. */
export function sliceColumns(line: string, start: number, end: number): string {
  let column = 0;
  let out = '';
  for (const char of stripAnsi(line)) {
    const width = stringWidth(char);
    if (column >= start && column + width <= end) out += char;
    column += width;
  }
  return out;
}

/** The text drawn at each link's spans, joined with spaces (a wrapped link breaks at a space). */
export function textAtSpans(result: RenderResult, index: number): string {
  const link = result.links[index];
  if (!link) throw new Error(`no link ${index}`);
  return link.spans.map((span) => sliceColumns(result.lines[span.line] ?? '', span.start, span.end)).join(' ');
}

export function widestLine(lines: readonly string[]): number {
  return Math.max(0, ...lines.map((line) => stringWidth(stripAnsi(line))));
}

/** Every escape sequence in the text that is not SGR or an OSC 8 http(s)/mailto hyperlink, plus C1/bidi/other controls. */
export function foreignControls(text: string): string[] {
  const found: string[] = [];
  let rest = text;
  const allowed = /^\u001b(?:\[[0-9;]*m|\]8;;(?:(?:https?|mailto):[\x21-\x7e]*)?\u001b\\)/;
  for (
    let at = rest.search(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    at >= 0;
    at = rest.search(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/)
  ) {
    const tail = rest.slice(at);
    const ok = allowed.exec(tail);
    if (ok) {
      rest = tail.slice(ok[0].length);
    } else {
      found.push(JSON.stringify(tail.slice(0, 12)));
      rest = tail.slice(1);
    }
  }
  return found;
}
