// Hugo shortcodes, rewritten as Markdown before parsing so none shows as raw `{{< … >}}`:
// code (highlight, code-toggle) → fenced code, media (figure, img, youtube, vimeo, gist, x,
// tweet, instagram) → images and links to the real URL, ref/relref → the target path (so
// `[x]({{< ref "a.md" >}})` is an internal link), details → a `▸ summary` line, new-in and
// deprecated-in → their version, qr → its text. Include, readfile and param are expanded by the
// loader (content/bodyExpansion.ts); left here they read as a muted `[include: path]`. Any other
// shortcode is a muted `[name]` and keeps its inner text; closing tags vanish. An escaped
// shortcode `{{</* x */>}}` reads `{{< x >}}`, as Hugo prints it, in prose and in code alike.

// Private-use characters bracket a marker name; the text renderer turns them into `[name]`.
const MARKER_OPEN = '\ue000';
const MARKER_CLOSE = '\ue001';
export const SHORTCODE_MARKER = /\ue000([^\ue000\ue001]*)\ue001/g;
// The renderer's own placeholder characters, removed from content first.
const PRIVATE_MARKS = /[\ue000-\ue003]/g;

const SHORTCODE = /\{\{([<%])([\s\S]*?)[>%]\}\}/g;
// Bounded: an unclosed `{{</*` must not make every later one scan to the end of the post.
const ESCAPED_SHORTCODE = /\{\{([<%])\/\*([\s\S]{0,500}?)\*\/([>%])\}\}/g;
// Paired shortcodes whose body is code, not Markdown.
const CODE_PAIR = /\{\{[<%]\s*(highlight|code-toggle)\b([^}]*?)[>%]\}\}[ \t]*\n?([\s\S]*?)\n?[ \t]*\{\{[<%]\s*\/\1\s*[>%]\}\}/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CODE_SPAN = /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;
const ARGUMENT = /([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))|"([^"]*)"|'([^']*)'|(\S+)/g;

interface Arguments {
  named: Record<string, string>;
  positional: string[];
}

/** A muted `[text]` in the rendered post. */
export function mutedMarker(text: string): string {
  return `${MARKER_OPEN}${text.replace(PRIVATE_MARKS, '')}${MARKER_CLOSE}`;
}

/** The content without the renderer's own placeholder characters: done first, before any rewriting adds some. */
export function withoutPrivateMarks(markdown: string): string {
  return markdown.replace(PRIVATE_MARKS, '');
}

export function rewriteShortcodes(markdown: string): string {
  if (!markdown.includes('{{')) return markdown;
  return mapSegments(
    markdown.replace(CODE_PAIR, codePair),
    (prose) => prose.replace(SHORTCODE, rewriteShortcode),
    (code) => code.replace(ESCAPED_SHORTCODE, (_match, open: string, inner: string, close: string) => `{{${open}${inner}${close}}}`),
  );
}

/** Markdown with `rewrite` applied to prose only: not inside fenced code or code spans. */
export function mapProse(markdown: string, rewrite: (prose: string) => string): string {
  return mapSegments(markdown, rewrite, (code) => code);
}

function mapSegments(markdown: string, rewriteProse: (prose: string) => string, rewriteCode: (code: string) => string): string {
  return splitFences(markdown)
    .map((segment) => (segment.code ? rewriteCode(segment.text) : mapOutsideCodeSpans(segment.text, rewriteProse, rewriteCode)))
    .join('');
}

export function toFencedCode(language: string, code: string): string {
  const longestRun = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `\n${fence}${language}\n${code}\n${fence}\n`;
}

function codePair(_match: string, name: string, argumentText: string, code: string): string {
  const { named, positional } = parseArguments(argumentText);
  if (name === 'highlight') return toFencedCode(positional[0] ?? '', code);
  // code-toggle shows a configuration in TOML, YAML and JSON tabs: here, as written, labelled.
  const format = positional[0] ?? named.format ?? configFormat(code);
  const label = named.file ? `${named.file}.${format}` : format;
  return `\n\n${mutedMarker(label)}\n${toFencedCode(format, code)}\n`;
}

function configFormat(code: string): string {
  const text = code.trim();
  if (/^[{[]/.test(text) && !/^\[[\w.-]+\]\s*$/m.test(text)) return 'json';
  if (/^[\w-]+\s*=|^\[[\w.-]+\]\s*$/m.test(text)) return 'toml';
  return 'yaml';
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

function mapOutsideCodeSpans(prose: string, rewriteProse: (prose: string) => string, rewriteCode: (code: string) => string): string {
  let out = '';
  let last = 0;
  for (const span of prose.matchAll(CODE_SPAN)) {
    out += rewriteProse(prose.slice(last, span.index)) + rewriteCode(span[0]);
    last = span.index + span[0].length;
  }
  return out + rewriteProse(prose.slice(last));
}

function rewriteShortcode(match: string, _delimiter: string, inner: string): string {
  const escaped = /^\/\*[\s\S]*\*\/$/.exec(inner.trim());
  // Hugo prints an escaped shortcode without its comment marks.
  if (escaped)
    return escapeMarkdown(match.replace(ESCAPED_SHORTCODE, (_m, open: string, body: string, close: string) => `{{${open}${body}${close}}}`));
  const content = inner.trim().replace(/\s*\/$/, '');
  if (content.startsWith('/')) return '';
  const name = /^[\w./-]+/.exec(content)?.[0] ?? '';
  const args = parseArguments(content.slice(name.length));
  const first = args.positional[0] ?? '';
  switch (name) {
    case 'ref':
    case 'relref':
      return (first || args.named.path || '').replace(/ /g, '%20');
    case 'figure':
    case 'img':
      return figureImage(args.named);
    case 'include':
    case 'readfile':
      return mutedMarker(`include: ${first || args.named.file || ''}`);
    case 'param':
      return mutedMarker(`param: ${first || args.named.name || ''}`);
    case 'new-in':
      return `*New in ${version(first)}*`;
    case 'deprecated-in':
      return `*Deprecated in ${version(first)}*`;
    case 'details':
      return `\n\n▸ ${escapeMarkdown(args.named.summary || first || 'Details')}\n\n`;
    case 'qr':
      return args.named.text ? `${mutedMarker('QR code')} ${escapeMarkdown(args.named.text)}` : mutedMarker('QR code');
    default:
      return mediaLink(name, args) ?? mutedMarker(name || 'shortcode');
  }
}

function version(text: string): string {
  return /^\d/.test(text) ? `v${text}` : text;
}

/** Embedded media shortcodes as a link to the page they show. */
function mediaLink(name: string, { named, positional }: Arguments): string | undefined {
  const id = encodeURIComponent(named.id ?? positional.at(-1) ?? '');
  const user = named.user ?? (positional.length > 1 ? positional[0] : undefined);
  const link = (label: string, url: string): string => `[\\[${escapeMarkdown(label)}\\]](<${url}>)`;
  switch (name) {
    case 'youtube':
      return link(`video: ${named.title ?? 'youtube.com'}`, `https://www.youtube.com/watch?v=${id}`);
    case 'vimeo':
      return link(`video: ${named.title ?? 'vimeo.com'}`, `https://vimeo.com/${id}`);
    case 'gist': {
      const gistUser = encodeURIComponent(positional[0] ?? named.user ?? '');
      const gistId = encodeURIComponent(positional[1] ?? named.id ?? '');
      return link(`gist: ${gistUser}/${gistId}`, `https://gist.github.com/${gistUser}/${gistId}`);
    }
    case 'x':
    case 'tweet':
      return link(`post on x.com${user ? ` by @${user}` : ''}`, `https://x.com/${user ? encodeURIComponent(user) : 'i'}/status/${id}`);
    case 'instagram':
      return link('instagram post', `https://www.instagram.com/p/${id}/`);
    default:
      return undefined;
  }
}

function parseArguments(text: string): Arguments {
  const named: Record<string, string> = {};
  const positional: string[] = [];
  for (const match of text.matchAll(ARGUMENT)) {
    const [, key, doubleQuoted, singleQuoted, bare, ...rest] = match;
    if (key) named[key] = doubleQuoted ?? singleQuoted ?? bare ?? '';
    else positional.push(rest.find((value) => value !== undefined) ?? '');
  }
  return { named, positional };
}

/** A figure: its image (inside a link when it has `link=`) and its caption in italics. */
function figureImage(named: Record<string, string>): string {
  const alt = named.alt ?? named.title ?? named.caption ?? '';
  const image = `![${escapeMarkdown(alt)}](<${(named.src ?? '').replace(/[<>\n]/g, '')}>)`;
  const linked = named.link ? `[${image}](<${named.link.replace(/[<>\n]/g, '')}>)` : image;
  const caption = [named.title, named.caption].filter((text): text is string => !!text && text !== alt).map((text) => `*${escapeMarkdown(text)}*`);
  return `\n\n${[linked, ...caption].join('\\\n')}\n\n`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}
