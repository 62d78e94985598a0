// One footer row: position, search count, then the message, the search prompt or the focused
// link's full URL (host in bold) or the section being read, then the mode's key hints from the keymap, as many as fit.
import { Text } from 'ink';
import type { ReactNode } from 'react';
import { sanitizeLine } from '../../core/sanitize.js';
import type { RenderedLink } from '../../core/types.js';
import { displayWidth } from '../../core/text/width.js';
import { footerHints, type Mode } from '../keymap.js';
import { joinWhatFits } from '../text.js';
import { theme } from '../views/theme.js';
import { linkDisplayUrl } from './linkUrl.js';
import { sectionScrolledOff } from './headings.js';
import { focusedLink, type PostState } from './postState.js';
import { urlParts } from './urlParts.js';

/** Percentage read, by the last visible line (as less reports it). */
function positionPercent(state: PostState): number {
  const total = state.rendered?.lines.length ?? 0;
  if (total === 0) return 100;
  return Math.floor((Math.min(total, state.scroll + state.viewportHeight) * 100) / total);
}

function FocusedUrl({ url, note }: { url: string; note: string }) {
  const { before, host, after } = urlParts(url);
  return (
    <Text>
      {before}
      <Text bold>{host}</Text>
      {after}
      {note}
    </Text>
  );
}

interface Status {
  /** What the status shows, as plain text (its width decides how many hints fit). */
  text: string;
  node: ReactNode;
}

function refusalNote(link: RenderedLink): string {
  return link.kind === 'refused' ? ` (refused${link.reason ? `: ${sanitizeLine(link.reason)}` : ''})` : '';
}

/** The search prompt while typing, else the message, else the focused link's URL. */
function status(state: PostState): Status | null {
  const { search, message } = state;
  if (search?.editing) {
    const prompt = `/${sanitizeLine(search.query)}`;
    return {
      text: `${prompt} `,
      node: (
        <Text>
          {prompt}
          <Text inverse> </Text>
        </Text>
      ),
    };
  }
  if (message) {
    const text = sanitizeLine(message);
    return { text, node: <Text>{text}</Text> };
  }
  const link = focusedLink(state);
  const progress = state.rendered?.progress;
  if (!link && progress !== undefined) {
    // A large post's first part is on screen while the rest renders (core/render/worker).
    const text = `rendering… ${Math.floor(progress * 100)}%`;
    return { text, node: <Text>{text}</Text> };
  }
  if (!link) return sectionStatus(state);
  const url = linkDisplayUrl(link);
  const note = refusalNote(link);
  return { text: url + note, node: <FocusedUrl url={url} note={note} /> };
}

/** The section being read, once its heading has scrolled off the top: where am I in a long post. */
function sectionStatus(state: PostState): Status | null {
  const heading = sectionScrolledOff(state.rendered?.headings ?? [], state.scroll);
  if (!heading) return null;
  const text = `§ ${sanitizeLine(heading.text)}`;
  return { text, node: <Text>{text}</Text> };
}

export interface PostFooterProps {
  state: PostState;
  mode: Mode;
  /** Terminal columns. */
  width: number;
  color: boolean;
}

export function PostFooter({ state, mode, width, color }: PostFooterProps) {
  const search = state.search;
  const position = ` ${positionPercent(state)}% `;
  // While the post still renders, its later parts may hold more matches.
  const counting = state.rendered?.progress !== undefined ? ' so far, still rendering' : '';
  const count =
    search && search.query !== '' ? `  match ${search.matches.length === 0 ? 0 : search.current + 1} of ${search.matches.length}${counting}` : '';
  const shown = status(state);
  const used = displayWidth(position + count) + (shown ? 2 + displayWidth(shown.text) : 0);
  const hints = joinWhatFits(footerHints(mode), width - used - 2);
  return (
    <Text wrap="truncate-end">
      <Text inverse>{position}</Text>
      {count}
      {shown && (
        <Text>
          {'  '}
          {shown.node}
        </Text>
      )}
      {hints && <Text {...theme(color).dim}>{`  ${hints}`}</Text>}
    </Text>
  );
}
