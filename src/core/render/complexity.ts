// Cheap checks that send a post straight to plain text instead of into marked, whose parser
// recurses per nesting level (stack overflow, or out of memory for deeply indented lists) and
// is quadratic on long runs of emphasis delimiters. Limits measured on marked 15: 200 indented
// list levels take ~80 ms, 1,500 `_a` pairs ~30 ms, 1 MB of Markdown ~600 ms. The checks apply
// per chunk (chunks.ts), so one bad paragraph leaves the rest of a large post formatted.
import { MAX_POST_BYTES } from '../limits.js';

/** The largest post the loader reads renders; anything larger (a string built elsewhere) is plain text. */
export const MAX_RENDER_CHARS = MAX_POST_BYTES;
// How these limits were derived: generated worst cases (nested lists and quotes, runs of
// emphasis, link-dense paragraphs) rendered with renderPost on one machine, a 2-core VM busy
// with other work (Node 20). Each sits well below where that machine overflowed marked's stack
// or took longer than a worker may (RENDER_TIMEOUT_MS), so a slower machine keeps a margin.
const MAX_NESTING = 100;
const MAX_DELIMITERS_PER_BLOCK = 2000;
// marked masks every link, code span and `<…>` of a paragraph by copying the whole paragraph
// (its `blockSkip` loop), so a paragraph costs about markers × length. 2,470 links in one 63 KB
// paragraph (1.6e8) take 1.1–1.8 s cold on this loaded machine (the worker copes); 8,190 in
// 200 KB (1.6e9) take ~4.6 s, close to the worker's time limit: past 4e8 (~2 s) it is plain text.
const MAX_INLINE_WORK_PER_BLOCK = 4e8;

const EMPHASIS_DELIMITERS = /[*_]/g;
const INLINE_MARKERS = /[[`<]/g;

/** Why this Markdown should be shown as plain text, or undefined when it can be rendered. */
export function plainTextReason(markdown: string): string | undefined {
  let delimiters = 0;
  let blockMarkers = 0;
  let blockLength = 0;
  for (const line of markdown.split('\n')) {
    if (line.trim() === '') {
      delimiters = blockMarkers = blockLength = 0;
      continue;
    }
    if (nestingDepth(line) > MAX_NESTING) return `it nests more than ${MAX_NESTING} levels deep`;
    delimiters += countMatches(line, EMPHASIS_DELIMITERS);
    if (delimiters > MAX_DELIMITERS_PER_BLOCK) return 'a paragraph has too many emphasis markers';
    blockMarkers += countInlineMarkers(line);
    blockLength += line.length + 1;
    if (blockMarkers * blockLength > MAX_INLINE_WORK_PER_BLOCK) return 'a paragraph has too many links, code spans or tags';
  }
  return undefined;
}

/**
 * `[`, backticks and `<`: where links, code spans and inline HTML start. Each costs marked a
 * copy of its paragraph plus its own rendering (~0.1 ms cold), so their count says how slow a
 * post of ordinary size is to render.
 */
export function countInlineMarkers(text: string): number {
  return countMatches(text, INLINE_MARKERS);
}

// A global regex counts several times faster than a charCodeAt loop while still cold, which
// matters here: this runs before every post's first frame.
function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Quote markers, list markers and indentation (two columns a level) before the text starts. */
function nestingDepth(line: string): number {
  const lead = /^(?:[ \t]|>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/.exec(line)?.[0] ?? '';
  const markers = lead.match(/>|[-*+]|\d+[.)]/g)?.length ?? 0;
  const indent = lead.replace(/\t/g, '    ').replace(/[^ ]/g, '').length;
  return markers + Math.floor(indent / 2);
}
