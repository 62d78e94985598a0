// Hugo shortcodes, rewritten as Markdown before parsing so none shows as raw `{{< … >}}`:
// ref/relref → the target path (so `[x]({{< ref "a.md" >}})` is an internal link), figure → an
// image, highlight … /highlight → a fenced code block, closing tags vanish (paired shortcodes keep
// their inner text), any other → a dim `[name]` marker. Code fences and code spans are left alone.

// Private-use characters bracket a marker name; the text renderer turns them into `[name]`.
const MARKER_OPEN = '\ue000';
const MARKER_CLOSE = '\ue001';
export const SHORTCODE_MARKER = /\ue000([^\ue000\ue001]*)\ue001/g;

const SHORTCODE = /\{\{([<%])([\s\S]*?)[>%]\}\}/g;
const HIGHLIGHT_PAIR = /\{\{[<%]\s*highlight\s+([^\s>%]+)[^}]*?[>%]\}\}[ \t]*\n?([\s\S]*?)\n?\{\{[<%]\s*\/highlight\s*[>%]\}\}/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CODE_SPAN = /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;
const ARGUMENT = /([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))|"([^"]*)"|'([^']*)'|(\S+)/g;

export function rewriteShortcodes(markdown: string): string {
  const body = markdown.replace(/[\ue000\ue001]/g, '');
  if (!body.includes('{{')) return body;
  return splitFences(body.replace(HIGHLIGHT_PAIR, highlightToFence))
    .map((segment) => (segment.code ? segment.text : rewriteOutsideCodeSpans(segment.text)))
    .join('');
}

function highlightToFence(_match: string, language: string, code: string): string {
  const longestRun = (code.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 2);
  const fence = '`'.repeat(longestRun + 1);
  return `\n${fence}${language}\n${code}\n${fence}\n`;
}

/** Prose and fenced code, in order; an unclosed fence runs to the end, as in CommonMark. */
function splitFences(markdown: string): { text: string; code: boolean }[] {
  const segments: { text: string; code: boolean }[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  const flush = (code: boolean): void => {
    if (current.length) segments.push({ text: current.join(''), code });
    current = [];
  };
  for (const line of markdown.split(/(?<=\n)/)) {
    const opener = FENCE.exec(line)?.[1];
    if (fence === null && opener) {
      flush(false);
      fence = opener;
      current.push(line);
    } else if (fence !== null && opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) {
      current.push(line);
      flush(true);
      fence = null;
    } else {
      current.push(line);
    }
  }
  flush(fence !== null);
  return segments;
}

function rewriteOutsideCodeSpans(prose: string): string {
  let out = '';
  let last = 0;
  for (const span of prose.matchAll(CODE_SPAN)) {
    out += prose.slice(last, span.index).replace(SHORTCODE, rewriteShortcode) + span[0];
    last = span.index + span[0].length;
  }
  return out + prose.slice(last).replace(SHORTCODE, rewriteShortcode);
}

function rewriteShortcode(_match: string, _delimiter: string, inner: string): string {
  // `{{</* x */>}}` is Hugo's escaped form; it is treated like the shortcode itself.
  const content = inner.replace(/^\s*\/\*|\*\/\s*$/g, '').trim();
  if (content.startsWith('/')) return '';
  const name = /^[\w./-]+/.exec(content)?.[0] ?? '';
  const { named, positional } = parseArguments(content.slice(name.length));
  switch (name) {
    case 'ref':
    case 'relref':
      return (positional[0] ?? named.path ?? '').replace(/ /g, '%20');
    case 'figure':
      return figureImage(named);
    default:
      return `${MARKER_OPEN}${name || 'shortcode'}${MARKER_CLOSE}`;
  }
}

function parseArguments(text: string): { named: Record<string, string>; positional: string[] } {
  const named: Record<string, string> = {};
  const positional: string[] = [];
  for (const match of text.matchAll(ARGUMENT)) {
    const [, key, doubleQuoted, singleQuoted, bare, ...rest] = match;
    if (key) named[key] = doubleQuoted ?? singleQuoted ?? bare ?? '';
    else positional.push(rest.find((value) => value !== undefined) ?? '');
  }
  return { named, positional };
}

function figureImage(named: Record<string, string>): string {
  const alt = named.alt ?? named.caption ?? named.title ?? '';
  const caption = named.caption && named.caption !== alt ? `\n\n*${escapeMarkdown(named.caption)}*` : '';
  return `\n\n![${escapeMarkdown(alt)}](<${(named.src ?? '').replace(/[<>\n]/g, '')}>)${caption}\n\n`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}
