// Drives the reader's pure reducer the way the store does, one step at a time.
import type { Command } from '../../src/tui/commands.js';
import { reduceApp } from '../../src/tui/reducer.js';
import type { AppAction, AppState } from '../../src/tui/state.js';

/** A key (canonical name), an action, or an action made from the state it applies to. */
export type Step = string | AppAction | ((state: AppState) => AppAction);

const actionOf = (step: Step, state: AppState): AppAction =>
  typeof step === 'string' ? { type: 'key', name: step } : typeof step === 'function' ? step(state) : step;

/** Applies the steps in order: the state reached, and every command they returned, in order. */
export function runSteps(from: AppState, ...steps: Step[]): { state: AppState; commands: Command[] } {
  const commands: Command[] = [];
  const state = steps.reduce((current, step) => {
    const update = reduceApp(current, actionOf(step, current));
    commands.push(...update.commands);
    return update.state;
  }, from);
  return { state, commands };
}
