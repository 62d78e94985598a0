// Compares `blog-tui read` of each real-world fixture with its golden file (see golden.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenCases, goldenPath, readOutput, UPDATING, WIDTHS } from './golden.js';

describe('real-world posts print as their golden files', () => {
  for (const { name, slug, modes } of goldenCases()) {
    for (const width of WIDTHS) {
      for (const mode of modes) {
        it(`${name} at ${width} columns, math ${mode}`, () => {
          const output = readOutput(slug, width, mode);
          const path = goldenPath(name, width, mode);
          if (UPDATING) writeFileSync(path, output);
          expect(existsSync(path), `${path} is missing: run npm run golden`).toBe(true);
          expect(output).toBe(readFileSync(path, 'utf8'));
        });
      }
    }
  }
});
