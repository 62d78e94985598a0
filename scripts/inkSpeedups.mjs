// Speed-ups for Ink's frame drawing, applied to its source as the bundle is built. Ink turns
// every frame into a grid of styled characters from scratch: it splits each line of text into
// styled characters and measures widths anew each time, though a key typed in the List changes
// a few rows and leaves most text as it was. Profiled at 1,000 posts, that was about half of a
// key's CPU time. These edits keep Ink's frames the same, byte for byte:
// - output.js: the caches of styled characters and widths live from frame to frame (bounded),
//   not one frame;
// - output.js: a line that fits within its clipping box is kept as it is, not cut to its own width;
// - render-node-to-output.js: a text's widest line is remembered (bounded), not measured per frame.
// And one fix, so the reader can write only the lines that changed (Ink's incremental rendering,
// run.tsx) instead of erasing and rewriting all of them for every key:
// - log-update.js: the cursor goes back to the frame's first row before the changed lines are
//   written; Ink 6.8 went one row short when the frame ends with a newline (it does unless it
//   fills the terminal), so every changed line landed one row low.
// Each edit checks that the text it replaces is still there: a new Ink fails the build here
// rather than shipping without it unnoticed.
import { readFileSync } from 'node:fs';

/** Lines whose styled characters are kept: a frame has a few dozen; a post scrolled page by page brings new ones. */
const KEPT_LINES = 1000;
/** Texts whose widest line is kept. */
const KEPT_WIDTHS = 4000;

const EDITS = {
  'output.js': [
    ['    caches = new OutputCaches();', '    caches = sharedOutputCaches();'],
    [
      '                            return sliceAnsi(line, from, to);',
      '                            return from === 0 && to >= width ? line : sliceAnsi(line, from, to);',
    ],
    [
      'export default class Output {',
      `let keptCaches;
/** The caches of the previous frames, started afresh once they hold many lines. */
function sharedOutputCaches() {
    if (!keptCaches || keptCaches.styledChars.size > ${KEPT_LINES} || keptCaches.widths.size > ${KEPT_LINES * 4})
        keptCaches = new OutputCaches();
    return keptCaches;
}
export default class Output {`,
    ],
  ],
  'log-update.js': [
    [
      '            buffer.push(ansiEscapes.cursorUp(previousVisible - 1));',
      "            buffer.push(ansiEscapes.cursorUp(previousOutput.endsWith('\\n') ? previousVisible : previousVisible - 1));",
    ],
  ],
  'render-node-to-output.js': [
    ['                const currentWidth = widestLine(text);', '                const currentWidth = keptWidestLine(text);'],
    [
      "import widestLine from 'widest-line';",
      `import widestLine from 'widest-line';
const keptWidths = new Map();
function keptWidestLine(text) {
    let width = keptWidths.get(text);
    if (width === undefined) {
        if (keptWidths.size >= ${KEPT_WIDTHS}) keptWidths.clear();
        width = widestLine(text);
        keptWidths.set(text, width);
    }
    return width;
}`,
    ],
  ],
};

/** `source` (Ink's build/`file`) with the edits applied; throws when one no longer applies. */
export function speedUpInkSource(file, source) {
  let edited = source;
  for (const [from, to] of EDITS[file] ?? []) {
    if (edited.split(from).length !== 2) throw new Error(`ink/build/${file}: "${from.trim()}" is not there once; update scripts/inkSpeedups.mjs`);
    edited = edited.replace(from, () => to);
  }
  return edited;
}

/** The esbuild plugin applying speedUpInkSource. */
export const inkSpeedups = {
  name: 'ink-speedups',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]ink[\\/]build[\\/](output|render-node-to-output|log-update)\.js$/ }, ({ path }) => ({
      contents: speedUpInkSource(path.split(/[\\/]/).pop(), readFileSync(path, 'utf8')),
      loader: 'js',
    }));
  },
};
