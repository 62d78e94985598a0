// Hidden test hook, for the exit-path tests (test/e2e/exitPaths.test.ts) only: with
// BLOG_TUI_TEST_CRASH set, the reader fails on its first key the way a bug would, so the tests
// can check the terminal is restored and the error reported as one line plus a details file.
//   throw  — an exception thrown from the key handler (an uncaught exception)
//   reject — a promise rejected with nobody to handle it (an unhandled rejection)
//   render — a component throwing while it draws (Ink unmounts and rejects)
import { useInput } from 'ink';
import { useState } from 'react';

export type TestCrash = 'throw' | 'reject' | 'render';

const TEST_CRASHES: readonly TestCrash[] = ['throw', 'reject', 'render'];

export function testCrashFrom(env: NodeJS.ProcessEnv): TestCrash | undefined {
  return TEST_CRASHES.find((crash) => crash === env.BLOG_TUI_TEST_CRASH);
}

export function CrashOnFirstKey({ crash }: { crash: TestCrash }) {
  const [drawingFails, setDrawingFails] = useState(false);
  const failure = new Error(`test crash (${crash}) on the first key`);
  useInput(() => {
    switch (crash) {
      case 'throw':
        throw failure;
      case 'reject':
        void Promise.reject(failure);
        return;
      case 'render':
        setDrawingFails(true);
    }
  });
  if (drawingFails) throw failure;
  return null;
}
