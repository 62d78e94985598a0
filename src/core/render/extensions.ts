// The Markdown extensions real blogs rely on, registered on the renderer by markdown.ts: math,
// footnotes, GitHub alerts and quotes, lists and definition lists.
import type { MarkedExtension } from 'marked';
import type { LayoutChoices } from '../types.js';
import { continuedLineMarker } from './ansi.js';
import { createFootnotes, type FootnoteContext, type Footnotes } from './footnotes.js';
import { listExtension } from './lists.js';
import { mathExtension } from './math/extension.js';
import { quoteExtension } from './quotes.js';

interface ExtensionContext extends Omit<FootnoteContext, 'labels'> {
  width: number;
  color: boolean;
  choices: LayoutChoices;
  footnoteLabels: ReadonlySet<string>;
}

export function markdownExtensions(context: ExtensionContext): { extensions: MarkedExtension[]; footnotes: Footnotes } {
  const { styles, width, color, choices } = context;
  const footnotes = createFootnotes({ ...context, labels: context.footnoteLabels });
  const math = mathExtension({ mode: choices.math ?? 'unicode', styles, lineMarker: continuedLineMarker(color) });
  return { extensions: [math, footnotes.extension, listExtension(styles), ...quoteExtension(styles, width, color)], footnotes };
}
