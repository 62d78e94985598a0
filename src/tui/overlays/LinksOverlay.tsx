// `L`: every link of the post, numbered, with its text, URL and kind. Draws only: the cursor and
// scroll offset live in the app shell's overlay state (overlayState.ts), digits go through typeLinkDigit.
import { Box, Text } from 'ink';
import { sanitizeLine } from '../../core/sanitize.js';
import type { LinkKind, RenderedLink } from '../../core/types.js';
import { footerHints } from '../keymap.js';
import { joinWhatFits } from '../text.js';
import { linkDisplayUrl } from '../post/linkUrl.js';
import { theme } from '../views/theme.js';

export interface LinksOverlayProps {
  links: readonly RenderedLink[];
  cursor: number;
  /** Index of the first visible row. */
  offset: number;
  /** Rows for links (title and footer rows excluded: layout.ts bodyHeight). */
  height: number;
  /** Columns for the footer's key hints. */
  width: number;
  /** Digits typed so far, shown in the footer. */
  typed?: string;
  color: boolean;
}

const KIND_LABELS: Record<LinkKind, string> = {
  internal: 'post',
  anchor: 'section',
  external: 'web',
  refused: 'refused',
  image: 'image',
};

export function LinksOverlay({ links, cursor, offset, height, width, typed = '', color }: LinksOverlayProps) {
  const { header, dim, selected } = theme(color);
  const numberWidth = String(links.length).length;
  const visible = links.slice(offset, offset + height);
  const typedPrefix = typed ? `#${typed}  ` : '';
  return (
    <Box flexDirection="column">
      <Text {...header} wrap="truncate-end">{`Links (${links.length})`}</Text>
      <Box flexDirection="column" height={height}>
        {links.length === 0 && <Text {...dim}>This post has no links.</Text>}
        {visible.map((link, row) => {
          const index = offset + row;
          const number = String(index + 1).padStart(numberWidth);
          const url = linkDisplayUrl(link);
          // A link whose text is its URL is shown once.
          const text = link.text === url || link.text === link.url ? '' : `${sanitizeLine(link.text, 200)}  `;
          return (
            <Text key={index} {...(index === cursor ? selected : {})} wrap="truncate-end">
              {`${number}. ${text}`}
              <Text {...(index === cursor ? {} : dim)}>{url}</Text>
              {`  [${KIND_LABELS[link.kind]}]`}
            </Text>
          );
        })}
      </Box>
      <Text {...dim} wrap="truncate-end">
        {typedPrefix + joinWhatFits(footerHints('links'), width - typedPrefix.length)}
      </Text>
    </Box>
  );
}
