// One Markdown file's text to a Post (SPEC §3). Every string field is sanitized and capped here.
import { sanitizeLine } from '../sanitize.js';
import type { Post, Warning } from '../types.js';
import { withoutJekyllDate } from './dates.js';
import { toBoolean, toFields, toText, toTextList, type Fields } from './fields.js';
import { splitFrontMatter } from './frontMatter.js';
import { resolvePostDates } from './postDates.js';
import { slugify } from './slug.js';
import { countWords, readingMinutes, summarize } from './summary.js';
import { firstHeading, MAX_TITLE_CHARS, readableName } from './title.js';
import type { ContentFile } from './walk.js';
import { warning } from './warning.js';

const MAX_TAG_CHARS = 60;
const MAX_TAGS = 50;
const MAX_ALIAS_CHARS = 300;
const MAX_ALIASES = 50;

export type ParsedPost = { post: Post; warnings: Warning[] } | { reason: string };

export function parsePost(file: ContentFile, text: string, now: Date): ParsedPost {
  const frontMatter = splitFrontMatter(text);
  if ('reason' in frontMatter) return frontMatter;
  const fields = toFields(frontMatter.data);
  const { body } = frontMatter;
  const bodyLines = body.split('\n');
  const name = file.bundleName ?? fileStem(file.relPath);
  const dates = resolvePostDates(fields, name, now);
  const wordCount = countWords(body);
  const post: Post = {
    slug: postSlug(fields, name),
    title: toText(fields.get('title'), MAX_TITLE_CHARS) || firstHeading(bodyLines) || readableName(name),
    date: dates.date,
    tags: toTextList(fields.get('tags'), MAX_TAG_CHARS, MAX_TAGS),
    categories: toTextList(fields.get('categories'), MAX_TAG_CHARS, MAX_TAGS),
    summary: summarize(bodyLines, fields.get('summary')),
    body,
    path: sanitizeLine(file.relPath, 300),
    readingMinutes: readingMinutes(wordCount, body),
    wordCount,
    draft: toBoolean(fields.get('draft')) === true || toBoolean(fields.get('published')) === false,
    future: dates.future,
    expired: dates.expired,
    aliases: toTextList([fields.get('aliases'), fields.get('url')].flat(), MAX_ALIAS_CHARS, MAX_ALIASES),
  };
  return { post, warnings: dates.problems.map((problem) => warning(file.relPath, problem)) };
}

/** The front matter `title` of a section page (`_index.md`); '' when it has none. */
export function parseSectionTitle(text: string): { title: string } | { reason: string } {
  const frontMatter = splitFrontMatter(text);
  if ('reason' in frontMatter) return frontMatter;
  return { title: toText(toFields(frontMatter.data).get('title'), MAX_TITLE_CHARS) };
}

/** Front matter `slug`, else the bundle folder or file name without a Jekyll date; never empty. */
function postSlug(fields: Fields, name: string): string {
  return slugify(toText(fields.get('slug'), 200)) || slugify(withoutJekyllDate(name)) || 'post';
}

function fileStem(relPath: string): string {
  const fileName = relPath.slice(relPath.lastIndexOf('/') + 1);
  return fileName.replace(/\.(md|markdown)$/i, '');
}
