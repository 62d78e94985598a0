// Jekyll's Liquid, rewritten as Markdown before parsing so no `{% … %}` reaches the screen.
// Jekyll runs Liquid before Markdown, code blocks included, so the block tags apply everywhere:
// `{% raw %}` is removed and its content kept as written, `{% comment %}` vanishes, `{% highlight
// LANG %}` becomes fenced code. In prose only (Hugo and Jinja code samples use the same braces):
// the site's base URL is empty (links stay relative to the blog), `{% post_url %}` and `{% link %}`
// become links to the post file, `{% include %}` a muted `[include: file]`, any other tag a muted
// `[name]`; other `{{ … }}` expressions are left for the shortcode pass.
import { mutedMarker, mapProse, toFencedCode } from './shortcodes.js';

// A tag alone on its line takes the line with it, as code blocks would otherwise start and end blank.
const RAW = /\{%-?\s*raw\s*-?%\}(?:[ \t]*\n)?([\s\S]*?)(?:\n[ \t]*)?\{%-?\s*endraw\s*-?%\}/g;
const COMMENT = /\{%-?\s*comment\s*-?%\}[\s\S]*?(?:\{%-?\s*endcomment\s*-?%\}|$)/g;
const HIGHLIGHT = /\{%-?\s*highlight\s+([\w+#.-]+)[^%]*?-?%\}[ \t]*\n?([\s\S]*?)\n?[ \t]*\{%-?\s*endhighlight\s*-?%\}/g;
// `{% … %}` but not Hugo's `{{% … %}}`.
const TAG = /(?<!\{)\{%-?\s*(\w+)((?:[^%\n]|%(?!\}))*?)\s*-?%\}(?!\})/g;
const SITE_URL = /\{\{-?\s*site\.(?:baseurl|url)\b[^}\n]*\}\}/g;
const URL_FILTER = /\{\{-?\s*(["'])([^"'\n]*)\1\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}/g;
// Stands for the content of a `{% raw %}` block while the rest is rewritten.
const RAW_SLOT = /\ue003(\d+)\ue003/g;

export function rewriteLiquid(markdown: string): string {
  if (!markdown.includes('{%') && !markdown.includes('{{')) return markdown;
  const raw: string[] = [];
  const protectedText = markdown
    .replace(RAW, (_match, content: string) => `\ue003${raw.push(content) - 1}\ue003`)
    .replace(COMMENT, '')
    .replace(HIGHLIGHT, (_match, language: string, code: string) => toFencedCode(language, code));
  const rewritten = mapProse(protectedText, (prose) => prose.replace(SITE_URL, '').replace(URL_FILTER, '$2').replace(TAG, rewriteTag));
  return rewritten.replace(RAW_SLOT, (_slot, index: string) => raw[Number(index)] ?? '');
}

function rewriteTag(_match: string, name: string, argumentText: string): string {
  const argument =
    argumentText
      .trim()
      .split(/\s+/)[0]
      ?.replace(/^["']|["']$/g, '') ?? '';
  switch (name) {
    case 'post_url':
      // A post's file name without its extension; the link resolves like a relative `.md` link.
      return `${argument}.md`;
    case 'link':
      // Relative to the site root; posts usually sit together in _posts/, beside this one.
      return argument.replace(/^\/?_posts\//, '');
    case 'include':
    case 'include_relative':
      return mutedMarker(`include: ${argument}`);
    default:
      return name.startsWith('end') ? '' : mutedMarker(name);
  }
}
