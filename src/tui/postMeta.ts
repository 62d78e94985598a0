// A post's one-line facts, as the Post header and the List's side summary show them.
import { sanitizeLine } from '../core/sanitize.js';
import type { Post } from '../core/types.js';

/** Date · reading time · tags · draft/scheduled/expired marks. */
export function postMeta(post: Post): string {
  const marks = [post.draft && 'draft', post.future && 'scheduled', post.expired && 'expired'].filter(Boolean);
  const parts = [
    post.date?.slice(0, 10),
    `${post.readingMinutes} min read`,
    post.tags.map((tag) => `#${sanitizeLine(tag, 60)}`).join(' '),
    marks.length > 0 ? `[${marks.join(', ')}]` : '',
  ];
  return parts.filter(Boolean).join(' · ');
}
