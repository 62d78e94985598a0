// Whether the reader in a pseudo-terminal still answers keys, for tests that feed it content
// built to freeze it.
import type { PtyApp } from './harness.js';

/** A line only the help overlay shows (its first section's title). */
const HELP = /^Everywhere$/m;
export const RESPONSE_MS = 1000;

/** Opens and closes the help overlay, each within 1 s; `when` says in the failure when it stopped answering. */
export async function expectResponsive(app: PtyApp, when: string): Promise<void> {
  try {
    app.write('?');
    await app.waitForText(HELP, RESPONSE_MS);
    app.write('?');
    await app.waitForNoText(HELP, RESPONSE_MS);
  } catch (error) {
    throw new Error(`the reader stopped answering ${when}: ${(error as Error).message}`, { cause: error });
  }
}
