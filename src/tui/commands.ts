// What the reducer asks the outside world to do. The reducer stays pure: it returns the new state
// and a list of commands (as Bubble Tea's Update returns a Cmd); the runner (runner.ts) performs
// them and reports back as actions. A list, not one slot: two requests made while typed-ahead
// keys replay (follow a link, then copy one) are both performed, in order.
import type { LayoutChoices } from '../core/types.js';
import type { ReadingRecord } from '../data/readingRecords.js';
import type { PostKey } from './postKey.js';
import type { AppState } from './state.js';

export type Command =
  /** Render post `key` at `width`; answered by `post/rendered` (parts of a large post, then all of it). */
  | { kind: 'renderPost'; key: PostKey; width: number; layout: LayoutChoices }
  /** Stop rendering: the reader left the post before its rendering finished. */
  | { kind: 'stopRendering' }
  /** Open a web link with the system's opener; its one-line outcome comes back as `post/message`. */
  | { kind: 'openUrl'; url: string }
  /** Open a local image (a path inside the content folder) with the system's opener; the outcome comes back as `post/message`. */
  | { kind: 'openFile'; path: string }
  /** Copy a URL to the clipboard (OSC 52); the outcome comes back as `post/message`. */
  | { kind: 'copy'; url: string }
  /** Read the content again; answered by `content/loaded`. */
  | { kind: 'loadContent'; changedPaths?: readonly string[] }
  /** Save these posts' reading records: `now`, or after a quiet moment (positions while scrolling). */
  | { kind: 'saveReading'; records: readonly (readonly [PostKey, ReadingRecord])[]; now: boolean }
  /** Suspend the reader and run the user's editor on a post's file (`path`: relative to the content folder); answered by `editor/done`. */
  | { kind: 'editPost'; path: string };

/** A reducer's answer: the next state and the commands to perform, in order. */
export interface Update {
  state: AppState;
  commands: readonly Command[];
}

export function only(state: AppState): Update {
  return { state, commands: [] };
}

export function withCommand(state: AppState, command: Command): Update {
  return { state, commands: [command] };
}
