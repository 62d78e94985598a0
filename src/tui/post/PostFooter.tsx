// One footer row: position, search count, then the message, the search prompt or the focused
// link's full URL (host in bold), then key hints as far as they fit.
import { Text } from 'ink';
import type { ReactNode } from 'react';
import { sanitizeLine } from '../../core/sanitize.js';
import type { RenderedLink } from '../../core/types.js';
import type { PostState } from './postState.js';
import { urlParts } from './urlParts.js';
import { theme } from '../views/theme.js';

const HINTS = 'Tab link · Enter follow · / search · L links · y copy · h back · ? help';

/** Percentage read, by the last visible line (as less reports it). */
export function positionPercent(state: PostState): number {
  const total = state.rendered?.lines.length ?? 0;
  if (total === 0) return 100;
  return Math.floor((Math.min(total, state.scroll + state.viewportHeight) * 100) / total);
}

/** The URL shown for a link: what Enter would actually open for external links. */
export function linkDisplayUrl(link: RenderedLink): string {
  const url = link.kind === 'external' && link.target ? link.target : link.url;
  return sanitizeLine(url, 2048);
}

function FocusedUrl({ link }: { link: RenderedLink }) {
  const { before, host, after } = urlParts(linkDisplayUrl(link));
  const note = link.kind === 'refused' ? ` (refused${link.reason ? `: ${sanitizeLine(link.reason)}` : ''})` : '';
  return (
    <Text>
      {before}
      <Text bold>{host}</Text>
      {after}
      {note}
    </Text>
  );
}

/** The search prompt while typing, else the message, else the focused link's URL. */
function status(state: PostState): ReactNode {
  const { search, message } = state;
  if (search?.editing) {
    return (
      <Text>
        {`/${sanitizeLine(search.query)}`}
        <Text inverse> </Text>
      </Text>
    );
  }
  if (message) return <Text>{sanitizeLine(message)}</Text>;
  const link = state.focusedLink === null ? undefined : state.rendered?.links[state.focusedLink];
  return link ? <FocusedUrl link={link} /> : null;
}

export function PostFooter({ state, color }: { state: PostState; color: boolean }) {
  const search = state.search;
  const count = search && search.query !== '' ? `match ${search.matches.length === 0 ? 0 : search.current + 1} of ${search.matches.length}` : null;
  const statusNode = status(state);
  return (
    <Text wrap="truncate-end">
      <Text inverse>{` ${positionPercent(state)}% `}</Text>
      {count && `  ${count}`}
      {statusNode && <Text>{'  '}{statusNode}</Text>}
      <Text {...theme(color).dim}>{`  ${HINTS}`}</Text>
    </Text>
  );
}
