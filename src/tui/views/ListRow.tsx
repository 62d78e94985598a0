// One post in the List: marker, reading marks (• unread, ★ starred, as newsboat), date, section
// (dim, when the blog has sections), title (search matches highlighted), tags.
import { Text } from 'ink';
import { memo } from 'react';
import type { SearchHit } from '../../core/search/index.js';
import type { Post } from '../../core/types.js';
import { sanitizeLine } from '../../core/sanitize.js';
import { truncateToWidth } from '../../core/text/truncate.js';
import { displayWidth } from '../../core/text/width.js';
import { highlightSegments } from '../text.js';
import type { Theme } from './theme.js';

const DATE_WIDTH = 10;
/** `> ` marker, the date, two spaces. */
const PREFIX_WIDTH = 2 + DATE_WIDTH + 2;
/** Narrower than this, the tags column is dropped (the summary panel still shows them). */
const MIN_WIDTH_FOR_TAGS = 40;
/** The reading marks and a space. */
const MARKS_WIDTH = 3;
/** The section column takes at most this share of the room after the date, so titles stay readable at 40 columns. */
const SECTION_SHARE = 0.3;

export function readingMarks(unread: boolean, starred: boolean): string {
  return `${unread ? '•' : ' '}${starred ? '★' : ' '}`;
}

/** The section column's width for rows `width` wide, given the widest section name (0: no column). */
export function sectionColumnWidth(width: number, widestSection: number): number {
  if (widestSection === 0) return 0;
  return Math.min(widestSection, Math.max(4, Math.floor(Math.max(0, width - PREFIX_WIDTH) * SECTION_SHARE)));
}

interface ListRowProps {
  post: Post;
  /** Where the search query matched the title. */
  titleRanges: SearchHit['titleRanges'];
  selected: boolean;
  width: number;
  /** See sectionColumnWidth. */
  sectionWidth?: number;
  theme: Theme;
  /** Two columns, unread dot then star (`• `, ` ★`); absent when reading state is off. */
  marks?: string;
}

// Memoized: moving the selection re-renders only the two rows whose `selected` changed.
export const ListRow = memo(function ListRow({ post, titleRanges, selected, width, sectionWidth = 0, theme, marks }: ListRowProps) {
  const section = sectionWidth > 0 ? truncateToWidth(sanitizeLine(post.section), sectionWidth) : '';
  const rest = Math.max(0, width - PREFIX_WIDTH - (marks === undefined ? 0 : MARKS_WIDTH) - (sectionWidth > 0 ? sectionWidth + 2 : 0));
  const tagText = sanitizeLine(post.tags.map((tag) => `#${tag}`).join(' '));
  const tagsWidth = rest >= MIN_WIDTH_FOR_TAGS ? Math.min(displayWidth(tagText), Math.floor(rest * 0.35)) : 0;
  const titleWidth = rest - (tagsWidth > 0 ? tagsWidth + 2 : 0);
  // Sanitizing is done by the loader; doing it again here (cheap, visible rows only) keeps
  // the view safe whatever produced the Post.
  const title = truncateToWidth(sanitizeLine(post.title), titleWidth);
  const padding = ' '.repeat(Math.max(0, titleWidth - displayWidth(title)));
  const date = (post.date ?? '').slice(0, DATE_WIDTH).padEnd(DATE_WIDTH);
  return (
    <Text wrap="truncate" {...(selected ? theme.selected : {})}>
      {selected ? '> ' : '  '}
      {marks === undefined ? null : `${marks} `}
      {date}
      {'  '}
      {sectionWidth > 0 ? <Text {...theme.dim}>{section + ' '.repeat(Math.max(0, sectionWidth - displayWidth(section)) + 2)}</Text> : null}
      {highlightSegments(title, titleRanges).map((segment, index) =>
        segment.highlighted ? (
          <Text key={index} {...theme.match}>
            {segment.text}
          </Text>
        ) : (
          segment.text
        ),
      )}
      {padding}
      {tagsWidth > 0 ? (
        <Text {...theme.dim}>
          {'  '}
          {truncateToWidth(tagText, tagsWidth)}
        </Text>
      ) : null}
    </Text>
  );
});
