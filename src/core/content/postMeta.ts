// A post's facts in one line, worded the same wherever a post is shown: the reader's header and
// summary panel, `blog-tui read`, and (the marks) the rows of `blog-tui list`.
import { sanitizeLine } from '../sanitize.js';
import type { Post } from '../types.js';

const MAX_TAG_CHARS = 60;

/** Why a post is normally hidden, in the words of the options that show it (--drafts, --future, --expired). */
export function postMarks(post: Pick<Post, 'draft' | 'future' | 'expired'>): string[] {
  return [post.draft && 'draft', post.future && 'future', post.expired && 'expired'].filter((mark) => mark !== false);
}

/** Date · reading time · #tags · [draft, future, expired]. */
export function postMeta(post: Post): string {
  const marks = postMarks(post);
  const parts = [
    // Post.date is ISO 8601 in UTC, so its first ten characters are the calendar date.
    post.date?.slice(0, 10),
    `${post.readingMinutes} min read`,
    post.tags.map((tag) => `#${sanitizeLine(tag, MAX_TAG_CHARS)}`).join(' '),
    marks.length > 0 ? `[${marks.join(', ')}]` : '',
  ];
  return parts.filter(Boolean).join(' · ');
}
