// One Markdown file's text to a Post. Every string field is sanitized and capped here.
// Parsing is split from "now" and from the body text, so a parse can be cached between runs
// (core/cache) and still give the right future/expired flags; the body is read on first use.
import { sanitizeLine } from '../sanitize.js';
import type { Post, Warning } from '../types.js';
import { withoutJekyllDate } from './dates.js';
import { toBoolean, toFields, toText, toTextList, type Fields } from './fields.js';
import { normalizeNewlines, splitFrontMatter } from './frontMatter.js';
import { LazyBodyPost } from './postBody.js';
import type { FileStamp } from './readContentFile.js';
import { publicationState, resolvePostDates, type PublicationDates } from './postDates.js';
import { slugify } from './slug.js';
import { countWords, readingMinutes, summarize } from './summary.js';
import { firstHeading, MAX_TITLE_CHARS, readableName } from './title.js';
import type { ContentFile } from './walk.js';
import { warning } from './warning.js';

const MAX_TAG_CHARS = 60;
const MAX_TAGS = 50;
const MAX_ALIAS_CHARS = 300;
const MAX_ALIASES = 50;

/** A post file's parse: everything but the body and the flags that depend on the time. */
export interface ParsedPost extends PublicationDates {
  kind: 'post';
  fields: Omit<Post, 'body' | 'future' | 'expired'>;
  /** Where the body starts in the file's text once its line ends are LF. */
  bodyStart: number;
  warnings: Warning[];
}

/** What a content file gives the loader: a post, the blog's home page title, or why neither. */
export type FileParse = ParsedPost | { kind: 'home'; title: string } | { kind: 'failed'; reason: string };

export function parseContentFile(file: ContentFile, text: string): FileParse {
  const frontMatter = splitFrontMatter(text);
  if ('reason' in frontMatter) return { kind: 'failed', reason: frontMatter.reason };
  const fields = toFields(frontMatter.data);
  if (file.kind === 'home') return { kind: 'home', title: toText(fields.get('title'), MAX_TITLE_CHARS) };
  // The body is always the end of the LF-normalized text (see splitFrontMatter).
  const bodyStart = normalizeNewlines(text).length - frontMatter.body.length;
  return parsePost(file, fields, frontMatter.body, bodyStart);
}

/** The Post at `nowIso`; its body is read from `readPath` (the file parsed at `stamp`) on first use. */
export function toPost(parsed: ParsedPost, readPath: string, stamp: FileStamp, nowIso: string): Post {
  const { future, expired } = publicationState(parsed, nowIso);
  return new LazyBodyPost(parsed.fields, { future, expired }, { readPath, stamp, bodyStart: parsed.bodyStart });
}

function parsePost(file: ContentFile, fields: Fields, body: string, bodyStart: number): ParsedPost {
  const bodyLines = body.split('\n');
  const name = file.bundleName ?? fileStem(file.relPath);
  const dates = resolvePostDates(fields, name);
  const wordCount = countWords(body);
  return {
    kind: 'post',
    fields: {
      slug: postSlug(fields, name),
      title: toText(fields.get('title'), MAX_TITLE_CHARS) || firstHeading(bodyLines) || readableName(name),
      date: dates.date,
      tags: toTextList(fields.get('tags'), MAX_TAG_CHARS, MAX_TAGS),
      categories: toTextList(fields.get('categories'), MAX_TAG_CHARS, MAX_TAGS),
      summary: summarize(bodyLines, fields.get('summary')),
      path: sanitizeLine(file.relPath, 300),
      readingMinutes: readingMinutes(wordCount, body),
      wordCount,
      draft: toBoolean(fields.get('draft')) === true || toBoolean(fields.get('published')) === false,
      aliases: toTextList([fields.get('aliases'), fields.get('url')].flat(), MAX_ALIAS_CHARS, MAX_ALIASES),
    },
    publishedAt: dates.publishedAt,
    expiresAt: dates.expiresAt,
    bodyStart,
    warnings: dates.problems.map((problem) => warning(file.relPath, problem)),
  };
}

/** Front matter `slug`, else the bundle folder or file name without a Jekyll date; never empty. */
function postSlug(fields: Fields, name: string): string {
  return slugify(toText(fields.get('slug'), 200)) || slugify(withoutJekyllDate(name)) || 'post';
}

function fileStem(relPath: string): string {
  const fileName = relPath.slice(relPath.lastIndexOf('/') + 1);
  return fileName.replace(/\.(md|markdown)$/i, '');
}
