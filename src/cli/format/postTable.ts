// `blog-tui list` as text: one row per post with date, title (plus draft/future/expired
// markers) and tags, in aligned columns.
import { postMarks } from '../../core/content/postMeta.js';
import { truncateToWidth } from '../../core/text/truncate.js';
import { displayWidth } from '../../core/text/width.js';
import type { Post } from '../../core/types.js';
import { padEnd } from './columns.js';
import type { Style } from './style.js';

const GAP = '  ';
const DATE_WIDTH = 'YYYY-MM-DD'.length;
// On a narrow terminal titles keep at least this share of the room, tags get the rest.
const TITLE_SHARE = 0.65;
// A tags column narrower than this shows too little to help; titles take the room instead.
const MIN_TAGS_WIDTH = 8;

interface Row {
  date: string;
  title: string;
  /** ` [draft]`, ` [future, expired]`…, or empty. */
  marker: string;
  tags: string;
}

/**
 * Rows fitted to `width` display columns (a terminal), or never cut when `width` is undefined
 * (piped output is read in full or by other tools).
 */
export function formatPostTable(posts: readonly Post[], style: Style, width?: number): string[] {
  const rows = posts.map(toRow);
  // A blog without any dates gets no empty date column.
  const dateWidth = rows.some((row) => row.date !== '') ? DATE_WIDTH : 0;
  const widestTitle = Math.max(...rows.map((row) => displayWidth(row.title + row.marker)));
  const widestTags = Math.max(...rows.map((row) => displayWidth(row.tags)));
  const { titleWidth, tagsWidth } =
    width === undefined
      ? { titleWidth: widestTitle, tagsWidth: widestTags }
      : fitColumns(width - (dateWidth > 0 ? dateWidth + GAP.length : 0), widestTitle, widestTags);

  return rows.map((row) => {
    const cells: string[] = [];
    if (dateWidth > 0) cells.push(padEnd(style.dim(row.date), dateWidth));
    // The marker is never cut: it is the part of the row that must not be missed.
    const title = truncateToWidth(row.title, titleWidth - displayWidth(row.marker));
    cells.push(padEnd(style.bold(title) + style.warn(row.marker), titleWidth));
    if (tagsWidth > 0) cells.push(style.dim(truncateToWidth(row.tags, tagsWidth)));
    // A row without tags would otherwise end in padding.
    return cells.join(GAP).replace(/ +$/, '');
  });
}

function fitColumns(room: number, widestTitle: number, widestTags: number): { titleWidth: number; tagsWidth: number } {
  const titleOnly = { titleWidth: Math.min(widestTitle, room), tagsWidth: 0 };
  if (widestTags === 0) return titleOnly;
  const sharedRoom = room - GAP.length;
  const titleWidth = Math.min(widestTitle, Math.max(sharedRoom - widestTags, Math.floor(sharedRoom * TITLE_SHARE)));
  const tagsWidth = Math.min(widestTags, sharedRoom - titleWidth);
  return tagsWidth < MIN_TAGS_WIDTH ? titleOnly : { titleWidth, tagsWidth };
}

function toRow(post: Post): Row {
  const markers = postMarks(post);
  return {
    // Post.date is ISO 8601 in UTC, so its first ten characters are the calendar date.
    date: post.date?.slice(0, DATE_WIDTH) ?? '',
    title: post.title,
    marker: markers.length > 0 ? ` [${markers.join(', ')}]` : '',
    tags: post.tags.join(', '),
  };
}
