// Mounts the reader on the real terminal and resolves when the reader quits.
import { render } from 'ink';
import type { LoadResult, Palette } from '../core/types.js';
import { App } from './App.js';
import { CrashBoundary } from './CrashBoundary.js';
import { requestPerformer } from './shellRequests.js';
import { editPostFile } from '../platform/editor.js';
import { Redraw } from './Redraw.js';
import { watchMemory } from './memoryWatch.js';
import { enterFullScreen } from './terminal.js';
import type { ReadingStore } from '../data/readingStore.js';

const MAX_FPS = 120;

export interface ReaderOptions {
  /** Loads the posts: once the terminal is taken over, and again whenever the reader reloads. */
  load: () => LoadResult;
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
  color: boolean;
  /** The colours of post bodies (config `theme`). */
  palette?: Palette;
  fixedWidth?: number;
  /** The content folder (posts' paths are relative to it): `e` edits files there, local images open from it. */
  dir: string;
  /** Report the mouse: the wheel scrolls, a click selects (off: the terminal's own selection works). */
  mouse: boolean;
  /** Reading state: the records saved for this folder, and where changes go; absent with --no-state. */
  reading?: Pick<ReadingStore, 'load' | 'save'>;
  /** Starts watching the content folder (once the first frame is drawn); absent with --no-watch. */
  watch?: (onChange: (paths: string[]) => void) => () => void;
  /** Reports an uncaught error; called once the terminal is restored, before exiting with 1. */
  onCrash: (error: unknown) => void;
}

/** Resolves when the reader quits: null, or the loader's error (printed once the screen is restored). */
export async function runReader(options: ReaderOptions): Promise<string | null> {
  const { stdout, stdin } = options;
  const session = enterFullScreen(stdout, stdin, options.onCrash, { mouse: options.mouse });
  const stopWatchingMemory = watchMemory(session.crash);
  // Set once Ink is mounted; the editor can only be asked for after that.
  let redraw = (): void => {};
  const edit = (path: string) =>
    editPostFile(
      {
        env: options.env,
        dir: options.dir,
        suspend: session.suspend,
        resume: () => {
          session.resume();
          // The alternate screen comes back blank: the next frame is drawn in full.
          redraw();
        },
      },
      path,
    );
  try {
    const loaded = options.load();
    if (loaded.error) return loaded.error;
    const saved = options.reading?.load();
    const warnings = saved?.warning ? [...loaded.warnings, { path: 'reading state', reason: saved.warning }] : loaded.warnings;
    const app = render(
      <CrashBoundary onCrash={session.crash}>
        <Redraw register={(request) => void (redraw = request)}>
          <App
            loaded={{ ...loaded, warnings }}
            reading={saved?.records}
            saveReading={options.reading?.save}
            watch={options.watch}
            size={{ columns: stdout.columns, rows: stdout.rows }}
            color={options.color}
            palette={options.palette}
            fixedWidth={options.fixedWidth}
            performRequest={requestPerformer(stdout, options.env, options.dir)}
            load={options.load}
            edit={edit}
          />
        </Redraw>
      </CrashBoundary>,
      // Ctrl-C is a key like any other (keymap: quit), so it leaves through the same path as q.
      // A key's frame is drawn at once either way (the throttle's leading edge); maxFps only
      // bounds how long a second change within the window waits (30 fps: up to 33 ms, e.g. a
      // large post's first part arriving just after its "rendering…" frame). Incremental
      // rendering: only the rows that changed are written (a move in the List: two rows and the
      // summary), once the build has fixed where Ink 6.8 puts them (scripts/inkSpeedups.mjs).
      { stdout, stdin, exitOnCtrlC: false, patchConsole: false, maxFps: MAX_FPS, incrementalRendering: true },
    );
    session.beforeRestore(() => app.unmount());
    await app.waitUntilExit();
    return null;
  } finally {
    stopWatchingMemory();
    session.restore();
  }
}
