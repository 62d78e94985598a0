// The reader's state outside React: a dispatch runs the pure reducer, hands its commands to the
// runner, and tells the view once. Results the runner reports while a dispatch is running (a
// small post rendered at once) are queued and reduced in the same dispatch, so the view draws
// one frame for the key, not a "rendering…" frame then the post.
import type { CommandRunner } from './runner.js';
import { reduceApp } from './reducer.js';
import type { AppAction, AppState } from './state.js';

export interface AppStore {
  getState(): AppState;
  dispatch(action: AppAction): void;
  /** `listener` is called with the state after each dispatch; returns the unsubscribe function. */
  subscribe(listener: (state: AppState) => void): () => void;
}

export function createStore(
  initial: AppState,
  createRunner: (getState: () => AppState, dispatch: (action: AppAction) => void) => CommandRunner,
): {
  store: AppStore;
  runner: CommandRunner;
} {
  let state = initial;
  const queue: AppAction[] = [];
  let dispatching = false;
  const listeners = new Set<(state: AppState) => void>();
  const getState = (): AppState => state;
  const dispatch = (action: AppAction): void => {
    queue.push(action);
    if (dispatching) return;
    dispatching = true;
    try {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const update = reduceApp(state, next);
        state = update.state;
        for (const command of update.commands) runner.run(command);
      }
    } finally {
      dispatching = false;
      queue.length = 0;
    }
    for (const listener of listeners) listener(state);
  };
  const runner = createRunner(getState, dispatch);
  const subscribe = (listener: (state: AppState) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return { store: { getState, dispatch, subscribe }, runner };
}
