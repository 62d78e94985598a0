// The List screen: header, search/tag line, the visible rows only, summary, key hints.
import { Box } from 'ink';
import { useMemo } from 'react';
import { displayWidth } from '../../core/text/width.js';
import type { Post } from '../../core/types.js';
import { currentMode } from '../keymap.js';
import { drawnRows, listLayout } from '../layout.js';
import { hasFilterLine, selectedPost, type AppState } from '../state.js';
import { EmptyResult } from './EmptyResult.js';
import { Footer } from './Footer.js';
import { FilterLine, ListHeader } from './ListHeader.js';
import { ListRow, readingMarks, sectionColumnWidth } from './ListRow.js';
import { isStarred, isUnread } from '../reading.js';
import { SummaryBelow, SummaryBeside } from './Summary.js';
import type { Theme } from './theme.js';

export function ListScreen({ state, theme }: { state: AppState; theme: Theme }) {
  const { size, list } = state;
  const layout = listLayout(size, hasFilterLine(list));
  // Virtualized: only the rows on screen become elements, however many posts there are.
  const visible = list.hits.slice(list.offset, list.offset + layout.listHeight);
  const post = selectedPost(state);
  const widestSection = useMemo(() => widestSectionName(state.posts), [state.posts]);
  const sectionWidth = sectionColumnWidth(layout.listWidth, widestSection);
  const rows = (
    <Box flexDirection="column" width={layout.listWidth} height={layout.listHeight} overflow="hidden">
      {list.hits.length === 0 ? (
        <EmptyResult list={list} totalPosts={state.posts.length} width={layout.listWidth} theme={theme} />
      ) : (
        visible.map((hit, index) => {
          const post = state.postsByKey.get(hit.key);
          return post ? (
            <ListRow
              key={hit.key}
              post={post}
              titleRanges={hit.titleRanges}
              selected={list.offset + index === list.selected}
              width={layout.listWidth}
              sectionWidth={sectionWidth}
              theme={theme}
              marks={state.reading.enabled ? readingMarks(isUnread(state.reading, hit.key), isStarred(state.reading, hit.key)) : undefined}
            />
          ) : null;
        })
      )}
    </Box>
  );
  return (
    <Box flexDirection="column" width={size.columns} height={drawnRows(size)}>
      <ListHeader state={state} theme={theme} />
      {layout.filterLine ? <FilterLine state={state} theme={theme} /> : null}
      {layout.summaryBeside ? (
        <Box flexDirection="row" height={layout.listHeight}>
          {rows}
          <SummaryBeside post={post} width={size.columns - layout.listWidth} height={layout.summaryHeight} theme={theme} />
        </Box>
      ) : (
        <>
          {rows}
          <SummaryBelow post={post} width={size.columns} height={layout.summaryHeight} theme={theme} />
        </>
      )}
      <Footer mode={currentMode(state)} width={size.columns} theme={theme} notice={state.notice} />
    </Box>
  );
}

/** 0 when the posts are all in one section (a blog's `posts/`): a column saying the same on every row says nothing. */
function widestSectionName(posts: readonly Post[]): number {
  if (new Set(posts.map((post) => post.section)).size < 2) return 0;
  return posts.reduce((widest, post) => Math.max(widest, displayWidth(post.section)), 0);
}
