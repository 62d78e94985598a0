// The selected post's summary: below the list (a few lines) or beside it on wide terminals.
import { Box } from 'ink';
import { memo } from 'react';
import wrapAnsi from 'wrap-ansi';
import type { Post } from '../../core/types.js';
import { sanitizeLine } from '../../core/sanitize.js';
import { truncateToWidth } from '../../core/text/truncate.js';
import { postMeta } from '../../core/content/postMeta.js';
import { Line } from './Line.js';
import type { Theme } from './theme.js';

/** `text` wrapped to `width`, at most `height` lines; the last shows `…` when text was cut. */
function wrapToBox(text: string, width: number, height: number): string[] {
  const lines = wrapAnsi(text, width, { hard: true, trim: true }).split('\n');
  if (lines.length <= height) return lines;
  const kept = lines.slice(0, height);
  kept[height - 1] = truncateToWidth(`${kept[height - 1] ?? ''} …`, width);
  return kept;
}

// Memoized (both panels): wrapping the summary costs a few ms per frame, and many keys (typing
// a search that keeps the best match, scrolling a post-free overlay) leave the selected post as it was.
export const SummaryBelow = memo(function SummaryBelow({
  post,
  width,
  height,
  theme,
}: {
  post: Post | undefined;
  width: number;
  height: number;
  theme: Theme;
}) {
  const lines = post ? wrapToBox(sanitizeLine(post.summary, 2000), width, height) : [];
  return (
    <Box flexDirection="column" height={height + 1}>
      <Line text={'─'.repeat(width)} style={theme.dim} />
      {lines.map((line, index) => (
        <Line key={index} text={line} />
      ))}
    </Box>
  );
});

export const SummaryBeside = memo(function SummaryBeside({
  post,
  width,
  height,
  theme,
}: {
  post: Post | undefined;
  width: number;
  height: number;
  theme: Theme;
}) {
  if (!post) return <Box width={width} height={height} />;
  const textWidth = Math.max(1, width - 2);
  const title = wrapToBox(sanitizeLine(post.title), textWidth, 3);
  const metaLines = wrapToBox(postMeta(post), textWidth, 2);
  const summary = wrapToBox(sanitizeLine(post.summary, 2000), textWidth, Math.max(1, height - title.length - metaLines.length - 1));
  return (
    <Box flexDirection="column" width={width} height={height} paddingLeft={2}>
      {title.map((line, index) => (
        <Line key={`t${index}`} text={line} style={{ bold: true }} />
      ))}
      {metaLines.map((line, index) => (
        <Line key={`m${index}`} text={line} style={theme.dim} />
      ))}
      <Line text="" />
      {summary.map((line, index) => (
        <Line key={`s${index}`} text={line} />
      ))}
    </Box>
  );
});
