// The interactive reader: one reducer holds the state, one input handler feeds it keys, and
// the components below only draw that state.
import { useApp, useInput, useStdout } from 'ink';
import { useEffect, useMemo, useReducer } from 'react';
import type { LoadResult } from '../core/types.js';
import { instantRenderer, preloadRenderer } from './instantRendering.js';
import { currentMode, keyNames } from './keymap.js';
import { isTooSmall, overlayHeight, postTextWidth, type Size } from './layout.js';
import { LinksOverlay } from './post/LinksOverlay.js';
import { PostScreen } from './post/PostScreen.js';
import { createReducer } from './reducer.js';
import { createListSearcher } from './searcher.js';
import type { PerformRequest } from './shellRequests.js';
import { initialState } from './state.js';
import { usePostRendering } from './usePostRendering.js';
import { ListScreen } from './views/ListScreen.js';
import { OverlayScreen } from './views/OverlayScreen.js';
import { theme } from './views/theme.js';
import { TooSmall } from './views/TooSmall.js';

/** At the latest this long after the first frame, the renderer is loaded (see below). */
const RENDERER_PRELOAD_DELAY_MS = 1000;

export interface AppProps {
  loaded: Pick<LoadResult, 'posts' | 'warnings' | 'blogName'>;
  /** Terminal size at start; later sizes come from stdout 'resize' events. */
  size: Size;
  color: boolean;
  /** --width: fixed text width of posts. */
  fixedWidth?: number;
  performRequest: PerformRequest;
}

export function App({ loaded, size, color, fixedWidth, performRequest }: AppProps) {
  // Keys never wait for bodies to be read: body matches join the results once they are indexed.
  const searcher = useMemo(() => createListSearcher(loaded.posts, { waitForBodies: false }), [loaded.posts]);
  const renderNow = useMemo(() => instantRenderer({ color, posts: loaded.posts }), [color, loaded.posts]);
  const reducer = useMemo(() => createReducer(searcher, renderNow), [searcher, renderNow]);
  const [state, dispatch] = useReducer(reducer, undefined, () => initialState({ ...loaded, size, fixedWidth }));
  const { exit } = useApp();
  const { stdout } = useStdout();
  // Stable, so memoized views (ListRow, Summary) are not re-rendered for a new but equal theme.
  const styles = useMemo(() => theme(color), [color]);

  useInput((input, key) => {
    for (const name of keyNames(input, key)) dispatch({ type: 'key', name });
  });

  useEffect(() => {
    const onResize = () => dispatch({ type: 'resize', columns: stdout.columns, rows: stdout.rows });
    stdout.on('resize', onResize);
    return () => void stdout.off('resize', onResize);
  }, [stdout]);

  // Once the first frame is on screen: the search index (before the first `/`), then the
  // renderer (before the first Enter). Loading the renderer blocks keys once for ~150 ms, so it
  // waits until the index is prepared or a second has passed, whichever comes first: the first
  // keys of a search typed just after start do not wait for it, and a post opened after that
  // second does not either. So does a first rendering, about twice as slow as later ones (lazy
  // set-up, cold code): it is done on the first row's post, the one most likely opened first,
  // and kept for it (instantRenderer keeps its last, so doing it twice costs nothing).
  useEffect(() => {
    const preload = (): void =>
      preloadRenderer(() => {
        const first = loaded.posts[0];
        if (first) renderNow(first, postTextWidth(size, fixedWidth ?? null));
      });
    const timers = [
      setTimeout(
        () =>
          searcher.warm(() => {
            dispatch({ type: 'search/bodiesIndexed' });
            preload();
          }),
        0,
      ),
      // Unref'd: quitting within the second must not wait for it.
      setTimeout(preload, RENDERER_PRELOAD_DELAY_MS).unref(),
    ];
    return () => timers.forEach(clearTimeout);
  }, [searcher]);

  useEffect(() => {
    if (state.exiting) exit();
  }, [state.exiting, exit]);

  useEffect(() => {
    if (!state.request) return;
    void performRequest(state.request).then((text) => dispatch({ type: 'post/message', text }));
  }, [state.request, performRequest]);

  usePostRendering(state.post, postTextWidth(state.size, state.fixedWidth), color, state.posts, dispatch);

  if (isTooSmall(state.size)) return <TooSmall size={state.size} />;
  const { overlay, post } = state;
  if (overlay?.kind === 'links') {
    const links = post?.rendered?.links ?? [];
    return (
      <LinksOverlay
        links={links}
        cursor={overlay.cursor}
        offset={overlay.offset}
        height={overlayHeight(state.size)}
        width={state.size.columns}
        typed={overlay.typed}
        color={color}
      />
    );
  }
  if (overlay) return <OverlayScreen state={state} overlay={overlay} theme={styles} />;
  if (state.screen === 'post' && post) return <PostScreen state={post} color={color} mode={currentMode(state)} width={state.size.columns} />;
  return <ListScreen state={state} theme={styles} />;
}
