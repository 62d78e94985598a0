// One header row: title, then date, reading time, tags and any draft/future/expired marks.
import { Text } from 'ink';
import { sanitizeLine } from '../../core/sanitize.js';
import type { Post } from '../../core/types.js';
import { theme } from '../views/theme.js';

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

export function PostHeader({ post, color }: { post: Post; color: boolean }) {
  const { header, dim } = theme(color);
  return (
    <Text wrap="truncate-end">
      <Text {...header}>{sanitizeLine(post.title)}</Text>
      <Text {...dim}>{`  ${postMeta(post)}`}</Text>
    </Text>
  );
}
