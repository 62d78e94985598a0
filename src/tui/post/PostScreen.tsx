// The Post screen: header, the visible part of the body with highlights, footer. Draws only;
// the state comes from reducePost and keys are the app shell's.
import { Box } from 'ink';
import type { Post } from '../../core/types.js';
import type { Mode } from '../keymap.js';
import { PostBody } from './PostBody.js';
import { PostFooter } from './PostFooter.js';
import { PostHeader } from './PostHeader.js';
import type { PostState } from './postState.js';

export interface PostScreenProps {
  post: Post;
  state: PostState;
  /** Whether highlights may use colour (NO_COLOR / --no-color: reverse and underline only). */
  color: boolean;
  /** Where keys are pressed ('post', 'postMatches', 'postSearch'): the footer shows its keys. */
  mode: Mode;
  /** Terminal columns. */
  width: number;
}

/** One header row and one footer row around `state.viewportHeight` body rows (see layout.ts bodyHeight). */
export function PostScreen({ post, state, color, mode, width }: PostScreenProps) {
  return (
    <Box flexDirection="column">
      <PostHeader post={post} color={color} />
      <PostBody state={state} color={color} />
      <PostFooter state={state} mode={mode} width={width} color={color} />
    </Box>
  );
}
