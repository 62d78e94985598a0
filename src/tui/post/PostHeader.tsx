// One header row: title, then date, reading time, tags and any draft/future/expired marks.
import { Text } from 'ink';
import { sanitizeLine } from '../../core/sanitize.js';
import type { Post } from '../../core/types.js';
import { postMeta } from '../../core/content/postMeta.js';
import { theme } from '../views/theme.js';

export function PostHeader({ post, color }: { post: Post; color: boolean }) {
  const { header, dim } = theme(color);
  return (
    <Text wrap="truncate-end">
      <Text {...header}>{sanitizeLine(post.title)}</Text>
      <Text {...dim}>{`  ${postMeta(post)}`}</Text>
    </Text>
  );
}
