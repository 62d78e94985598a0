// Highlighting has a time budget per rendering. highlight.js grammars can be quadratic (LiveScript
// on a long run of one letter: 60 KB take ~20 s) and a call cannot be interrupted, so the budget
// works between blocks: once a rendering has spent it, its remaining code blocks stay plain.
// On the main thread only small blocks reach highlight.js at all (see worker/mainThread.ts), so
// one call there stays in the tens of milliseconds; in the worker, its own time limit covers it.
import type { Palette, RenderOptions } from '../types.js';
import { highlightCode } from './highlight.js';

export type Highlighter = (code: string, info: string | undefined, useColor: boolean, palette?: Palette) => string;

/** A Highlighter that tells, once the rendering is done, whether its time budget left code plain. */
export interface BudgetedHighlighter extends Highlighter {
  /** One line for the reader's message line (and `read`'s stderr); undefined while nothing was cut. */
  notice(): string | undefined;
}

/** Time for highlighting in one rendering; blocks larger than maxBlockChars stay plain. */
export type HighlightBudget = NonNullable<RenderOptions['highlightBudget']>;

/** A share of the ~50 ms a key may wait; blocks as small as the main thread renders (SYNC_HIGHLIGHT_MAX_BLOCK_CHARS). */
export const MAIN_THREAD_BUDGET: HighlightBudget = { totalMs: 20, maxBlockChars: 1536 };
/** Where keys never wait (the worker, `read`): the worker's own time limit stops a grammar stuck on a block. */
const NO_TIME_LIMIT: HighlightBudget = { totalMs: Infinity, maxBlockChars: 64 * 1024 };

/** A highlighter for one rendering: highlightCode within the budget, else the code as it is. */
export function budgetedHighlighter(budget: HighlightBudget = NO_TIME_LIMIT, now = () => performance.now()): BudgetedHighlighter {
  let spent = 0;
  let cut = false;
  const highlight: Highlighter = (code, info, useColor, palette) => {
    if (!useColor || code.length > budget.maxBlockChars) return code;
    if (spent >= budget.totalMs) {
      // Only a block naming a language would have been coloured.
      cut ||= (info ?? '').trim() !== '';
      return code;
    }
    const started = now();
    try {
      return highlightCode(code, info, useColor, palette);
    } finally {
      spent += now() - started;
    }
  };
  const notice = (): string | undefined => (cut ? `highlighting stopped after ${budget.totalMs} ms: the rest of the code is plain` : undefined);
  return Object.assign(highlight, { notice });
}
