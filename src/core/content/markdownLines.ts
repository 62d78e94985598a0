// Line-level Markdown structure the loader needs: which lines are inside fenced code blocks.
// A `# comment` in a Python block is not a heading, and a `<!--more-->` shown in a code sample
// is not the summary divider.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The index of the first line outside fenced code that `matches`, or -1. */
export function findLineOutsideCode(lines: readonly string[], matches: (line: string) => boolean): number {
  let fence: string | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      // A fence closes with the same character, at least as long, and nothing after it.
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    if (matches(line)) return index;
  }
  return -1;
}

/** The lines outside fenced code blocks (code is left out of summaries), up to about `maxChars`. */
export function linesOutsideCode(lines: readonly string[], maxChars: number): string[] {
  const kept: string[] = [];
  let chars = 0;
  findLineOutsideCode(lines, (line) => {
    kept.push(line);
    chars += line.length + 1;
    return chars >= maxChars;
  });
  return kept;
}
