// The Post screen's history, like a browser's: pages to go back to and, after going back, pages
// ahead. Visiting a new post drops the pages ahead. Each page keeps its reading position.
import type { PostState } from './post/postState.js';

export interface History {
  /** The last is the most recent. */
  back: readonly PostState[];
  /** Pages left by going back; the last is the nearest. */
  forward: readonly PostState[];
}

export type HistoryDirection = keyof History;

export const EMPTY_HISTORY: History = { back: [], forward: [] };

/** `leaving` goes on the back stack; the pages ahead are gone. */
export function visit(history: History, leaving: PostState): History {
  return { back: [...history.back, leaving], forward: [] };
}

/** One page in `direction`, `current` going on the other stack; null when there is none that way. */
export function step(history: History, current: PostState, direction: HistoryDirection): { history: History; page: PostState } | null {
  const page = history[direction].at(-1);
  if (!page) return null;
  const other: HistoryDirection = direction === 'back' ? 'forward' : 'back';
  const moved = { [direction]: history[direction].slice(0, -1), [other]: [...history[other], current] } as Record<HistoryDirection, PostState[]>;
  return { history: moved, page };
}
