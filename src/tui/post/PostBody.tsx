// Draws only the visible lines (virtualized): a 2 MB post costs the same per frame as a short one.
import { Box, Text } from 'ink';
import { memo } from 'react';
import { focusedLink, type PostState } from './postState.js';
import { COLOR_STYLES, MONOCHROME_STYLES, visibleHighlights } from './highlights.js';
import { hyperlinksForInk } from './inkHyperlinks.js';
import { linkUrl } from './linkUrl.js';
import { styleColumns } from './styleColumns.js';
import { theme } from '../views/theme.js';

// Memoized: scrolling by a line shifts the rows but keeps their text, so React re-renders only
// the row that came into view (and rows whose highlights changed).
const BodyLine = memo(function BodyLine({ text }: { text: string }) {
  // Lines already fit the text width; truncation only guards a terminal narrower than --width.
  return <Text wrap="truncate-end">{text || ' '}</Text>;
});

export function PostBody({ state, color }: { state: PostState; color: boolean }) {
  const { rendered, scroll, viewportHeight } = state;
  if (!rendered) {
    return (
      <Box height={viewportHeight}>
        <Text {...theme(color).dim}>rendering…</Text>
      </Box>
    );
  }
  const focused = focusedLink(state);
  // Only external links carry a hyperlink (the renderer's, to the resolved target).
  const hyperlinkUrl = focused?.kind === 'external' ? linkUrl(focused) : undefined;
  const highlights = visibleHighlights({
    firstLine: scroll,
    lineCount: viewportHeight,
    focusedLink: focused,
    matches: state.search?.matches ?? [],
    currentMatch: state.search?.current ?? -1,
    styles: color ? COLOR_STYLES : MONOCHROME_STYLES,
  });
  const visible = rendered.lines.slice(scroll, scroll + viewportHeight);
  return (
    <Box flexDirection="column" height={viewportHeight}>
      {visible.map((line, offset) => {
        const lineNumber = scroll + offset;
        return <BodyLine key={lineNumber} text={hyperlinksForInk(styleColumns(line, highlights.get(lineNumber) ?? []), hyperlinkUrl)} />;
      })}
    </Box>
  );
}
