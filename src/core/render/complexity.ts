// Cheap checks that send a post straight to plain text instead of into marked, whose parser
// recurses per nesting level (stack overflow, or out of memory for deeply indented lists) and
// is quadratic on long runs of emphasis delimiters. Limits measured on marked 15: 200 indented
// list levels take ~80 ms, 1,500 `_a` pairs ~30 ms, 1 MB of Markdown ~600 ms.
export const MAX_RENDER_BYTES = 512 * 1024;
export const MAX_NESTING = 100;
export const MAX_DELIMITERS_PER_BLOCK = 2000;

/** Why the post should be shown as plain text, or undefined when it can be rendered. */
export function plainTextReason(markdown: string): string | undefined {
  if (markdown.length > MAX_RENDER_BYTES) return `the post is larger than ${MAX_RENDER_BYTES / 1024} KB`;
  let delimiters = 0;
  for (const line of markdown.split('\n')) {
    if (line.trim() === '') {
      delimiters = 0;
      continue;
    }
    if (nestingDepth(line) > MAX_NESTING) return `it nests more than ${MAX_NESTING} levels deep`;
    delimiters += countDelimiters(line);
    if (delimiters > MAX_DELIMITERS_PER_BLOCK) return 'a paragraph has too many emphasis markers';
  }
  return undefined;
}

/** Quote markers, list markers and indentation (two columns a level) before the text starts. */
function nestingDepth(line: string): number {
  const lead = /^(?:[ \t]|>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/.exec(line)?.[0] ?? '';
  const markers = lead.match(/>|[-*+]|\d+[.)]/g)?.length ?? 0;
  const indent = lead.replace(/\t/g, '    ').replace(/[^ ]/g, '').length;
  return markers + Math.floor(indent / 2);
}

function countDelimiters(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line.charCodeAt(i);
    if (char === 42 || char === 95) count++; // * and _
  }
  return count;
}
