// The interactive reader: one store holds the state (store.ts: the pure reducer, its commands
// performed by the runner), one input handler feeds it keys, and the components below only draw
// that state.
import { useApp, useInput, useStdout } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import { currentMode, keyNames } from './keymap.js';
import { isTooSmall, type Size } from './layout.js';
import { mouseAction } from './mouse.js';
import { noteInput } from './quietTime.js';
import { OverlayView } from './overlays/OverlayView.js';
import { PostScreen } from './post/PostScreen.js';
import { createRunner, type RunnerServices } from './runner.js';
import { initialState, type LoadedContent } from './state.js';
import { createStore } from './store.js';
import { ListScreen } from './views/ListScreen.js';
import { theme } from './views/theme.js';
import { TooSmall } from './views/TooSmall.js';
import type { ReadingRecords } from '../data/readingRecords.js';

export interface AppProps extends RunnerServices {
  loaded: LoadedContent;
  /** Terminal size at start; later sizes come from stdout 'resize' events. */
  size: Size;
  /** --width: fixed text width of posts. */
  fixedWidth?: number;
  /** The saved reading state; absent when it is off. */
  reading?: ReadingRecords;
  /** Starts watching the content folder; returns the function that stops it. */
  watch?: (onChange: (paths: string[]) => void) => () => void;
}

export function App({ loaded, size, fixedWidth, reading, watch, ...services }: AppProps) {
  // Created once, with the props at mount: the reader's content and services do not change
  // while it runs (content loaded again arrives as an action).
  const [{ store, runner }] = useState(() =>
    createStore(initialState({ ...loaded, size, fixedWidth, reading }), (getState, dispatch) => createRunner(getState, dispatch, services)),
  );
  const [state, setState] = useState(store.getState);
  const { exit } = useApp();
  const { stdout } = useStdout();
  const { color } = services;
  // Stable, so memoized views (ListRow, Summary) are not re-rendered for a new but equal theme.
  const styles = useMemo(() => theme(color), [color]);

  useEffect(() => {
    const unsubscribe = store.subscribe(setState);
    // A dispatch before this effect ran (none is expected) is not lost.
    setState(store.getState());
    return unsubscribe;
  }, [store]);

  useInput((input, key) => {
    // A mouse report is one input (Ink splits escape sequences apart), never a key.
    const mouse = mouseAction(input);
    if (mouse !== undefined) {
      if (mouse) store.dispatch(mouse);
    } else for (const name of keyNames(input, key)) store.dispatch({ type: 'key', name });
    // Once the input is handled (its frame drawn): a pause in typing counts from then.
    noteInput();
  });

  useEffect(() => {
    const onResize = () => store.dispatch({ type: 'resize', columns: stdout.columns, rows: stdout.rows });
    stdout.on('resize', onResize);
    return () => void stdout.off('resize', onResize);
  }, [stdout, store]);

  // Live reload: watching starts once the first frame is on screen (before the warm-up below, so
  // a change made just after start is not missed while it runs), and stops with the reader.
  useEffect(() => {
    if (!watch) return;
    let stop: (() => void) | undefined;
    const timer = setTimeout(() => {
      stop = watch((paths) => store.dispatch({ type: 'content/changed', paths }));
    }, 0);
    return () => {
      clearTimeout(timer);
      stop?.();
    };
  }, [watch, store]);

  // Once the first frame is on screen (runner.ts warmUp). Unmounted, the reader leaves no
  // rendering running behind it.
  useEffect(() => {
    const timer = setTimeout(runner.warmUp, 0);
    return () => {
      clearTimeout(timer);
      runner.run({ kind: 'stopRendering' });
    };
  }, [runner]);

  useEffect(() => {
    if (state.exiting) exit();
  }, [state.exiting, exit]);

  if (isTooSmall(state.size)) return <TooSmall size={state.size} />;
  const { overlay, post } = state;
  if (overlay) return <OverlayView state={state} overlay={overlay} theme={styles} color={color} />;
  const shown = post && state.postsByKey.get(post.key);
  if (state.screen === 'post' && post && shown)
    return <PostScreen post={shown} state={post} color={color} mode={currentMode(state)} width={state.size.columns} />;
  return <ListScreen state={state} theme={styles} />;
}
