// The fallback when a post cannot be rendered: its Markdown source, sanitized and wrapped.
// It must stay fast on the inputs that cause it (megabytes, thousands of indented lines), so
// plain ASCII lines take a simple word wrap and deep indentation is capped.
import { sanitizeText } from '../sanitize.js';
import type { RenderResult } from '../types.js';
import { layoutText } from './wrap.js';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function plainTextResult(markdown: string, width: number, reason: string): RenderResult {
  const maxIndent = Math.floor(width / 2);
  const lines = sanitizeText(markdown)
    .replace(/\t/g, '    ')
    .split('\n')
    .flatMap((line) => {
      const capped = line.replace(/^ +/, (indent) => indent.slice(0, maxIndent));
      return PRINTABLE_ASCII.test(capped) ? wrapAscii(capped, width) : layoutText(capped, width);
    });
  return { lines, links: [], headings: [], notice: `Shown as plain text: ${reason}.` };
}

function wrapAscii(line: string, width: number): string[] {
  if (line.length <= width) return [line.trimEnd()];
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    let rest = word;
    if (current !== '' && current.length + 1 + rest.length > width) {
      out.push(current);
      current = '';
    }
    while (rest.length > width - current.length - (current ? 1 : 0)) {
      const room = width - current.length - (current ? 1 : 0);
      out.push(current ? `${current} ${rest.slice(0, room)}` : rest.slice(0, room));
      rest = rest.slice(room);
      current = '';
    }
    current = current === '' ? rest : `${current} ${rest}`;
  }
  out.push(current.trimEnd());
  return out;
}
