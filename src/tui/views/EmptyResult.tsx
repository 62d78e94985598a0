// Shown instead of rows when nothing matches: which filters matched nothing, and how to clear them.
import { Box } from 'ink';
import wrapAnsi from 'wrap-ansi';
import { sanitizeLine } from '../../core/sanitize.js';
import type { ListState } from '../state.js';
import { Line } from './Line.js';
import type { Theme } from './theme.js';

function emptyResultText(list: ListState, totalPosts: number): string[] {
  if (totalPosts === 0) return ['This blog has no posts.'];
  const filters = [list.query ? `the search "${list.query}"` : '', list.tags.length ? `the tags ${list.tags.map((tag) => `#${tag}`).join(' ')}` : '']
    .filter(Boolean)
    .join(' and ');
  const ways = [list.query ? 'Esc clears the search' : '', list.tags.length ? 'T clears the tags' : ''].filter(Boolean).join(', ');
  return [`No posts match ${filters}.`, `${ways}.`];
}

export function EmptyResult({ list, totalPosts, width, theme }: { list: ListState; totalPosts: number; width: number; theme: Theme }) {
  const lines = emptyResultText(list, totalPosts).flatMap((text) => wrapAnsi(sanitizeLine(text), Math.max(1, width - 2), { hard: true }).split('\n'));
  return (
    <Box flexDirection="column" paddingLeft={2}>
      <Line text="" />
      {lines.map((line, index) => (
        <Line key={index} text={line} style={index === 0 ? theme.notice : {}} />
      ))}
    </Box>
  );
}
