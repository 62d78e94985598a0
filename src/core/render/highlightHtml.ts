// highlight.js returns HTML: its text escaped, each token a `<span class="hljs-KIND">` (nested
// for tokens inside tokens; an embedded language's span is named without the prefix). This turns
// that into terminal text, each token's text wrapped in the style of its kind, inner tokens
// styled inside outer ones; it reads only what highlight.js writes, so a scan replaces an HTML
// parser.
import type { Style } from './styles.js';

const PIECE = /<span class="([^"]*)">|<\/span>|[^<]+/g;
const TOKEN_CLASS = /hljs-(\w+)/;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" };

/** Text as an HTML parser reads it: entities decoded, line ends as LF, NUL characters dropped. */
function decodeText(html: string): string {
  return html
    .replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity]!)
    .replace(/\r\n?/g, '\n')
    .replaceAll('\0', '');
}

/** `styleOf(kind)` styles the text of a token of that kind (`keyword`, `string`…). */
export function highlightedHtmlToSgr(html: string, styleOf: (kind: string) => Style): string {
  const open: { style: Style | undefined; parts: string[] }[] = [{ style: undefined, parts: [] }];
  for (const [piece, className] of html.matchAll(PIECE)) {
    const current = open[open.length - 1]!;
    if (className !== undefined) {
      const kind = TOKEN_CLASS.exec(className)?.[1];
      open.push({ style: kind === undefined ? undefined : styleOf(kind), parts: [] });
    } else if (piece === '</span>') {
      if (open.length === 1) continue;
      open.pop();
      const text = current.parts.join('');
      open[open.length - 1]!.parts.push(current.style ? current.style(text) : text);
    } else current.parts.push(decodeText(piece));
  }
  // highlight.js closes every span it opens; should one stay open, its text is kept, unstyled.
  while (open.length > 1) {
    const { parts } = open.pop()!;
    open[open.length - 1]!.parts.push(parts.join(''));
  }
  return open[0]!.parts.join('');
}
