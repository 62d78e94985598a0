// One post in the List: marker, reading marks (• unread, ★ starred, as newsboat), date, title
// (search matches highlighted), tags.
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

export function readingMarks(unread: boolean, starred: boolean): string {
  return `${unread ? '•' : ' '}${starred ? '★' : ' '}`;
}

interface ListRowProps {
  post: Post;
  /** Where the search query matched the title. */
  titleRanges: SearchHit['titleRanges'];
  selected: boolean;
  width: number;
  theme: Theme;
  /** Two columns, unread dot then star (`• `, ` ★`); absent when reading state is off. */
  marks?: string;
}

// Memoized: moving the selection re-renders only the two rows whose `selected` changed.
export const ListRow = memo(function ListRow({ post, titleRanges, selected, width, theme, marks }: ListRowProps) {
  const rest = Math.max(0, width - PREFIX_WIDTH - (marks === undefined ? 0 : MARKS_WIDTH));
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
