// Draws only the visible lines (virtualized): a 2 MB post costs the same per frame as a short one.
import { Box, Text } from 'ink';
import { focusedLink, type PostState } from './postState.js';
import { COLOR_STYLES, MONOCHROME_STYLES, visibleHighlights } from './highlights.js';
import { styleColumns } from './styleColumns.js';
import { theme } from '../views/theme.js';

export function PostBody({ state, color }: { state: PostState; color: boolean }) {
  const { rendered, scroll, viewportHeight } = state;
  if (!rendered) {
    return (
      <Box height={viewportHeight}>
        <Text {...theme(color).dim}>rendering…</Text>
      </Box>
    );
  }
  const highlights = visibleHighlights({
    firstLine: scroll,
    lineCount: viewportHeight,
    focusedLink: focusedLink(state),
    matches: state.search?.matches ?? [],
    currentMatch: state.search?.current ?? -1,
    styles: color ? COLOR_STYLES : MONOCHROME_STYLES,
  });
  const visible = rendered.lines.slice(scroll, scroll + viewportHeight);
  return (
    <Box flexDirection="column" height={viewportHeight}>
      {visible.map((line, offset) => {
        const lineNumber = scroll + offset;
        // Lines already fit the text width; truncation only guards a terminal narrower than --width.
        return (
          <Text key={lineNumber} wrap="truncate-end">
            {styleColumns(line, highlights.get(lineNumber) ?? []) || ' '}
          </Text>
        );
      })}
    </Box>
  );
}
