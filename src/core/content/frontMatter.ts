// Splits a post into front matter data and Markdown body: YAML `---`, TOML `+++`, or a Hugo
// JSON object at the very start. Front matter in any other language (`---js`, `---coffee`) is
// refused: only the three data parsers below ever see a block, and none of them runs code.
// gray-matter is not used: it copies every input into a Buffer and merges its options on each
// call, which cost as much again as the YAML parse itself (and it keeps a global cache).
import yaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';

export type FrontMatterResult = { data: Record<string, unknown>; body: string } | { reason: string };

// js-yaml's safe schema has no `!!js/function` types.
const PARSERS: Record<string, (block: string) => unknown> = {
  yaml: (block) => yaml.safeLoad(block),
  toml: parseToml,
  json: (block) => JSON.parse(block),
};

const LANGUAGES: Record<string, Record<string, string>> = {
  '---': { '': 'yaml', yaml: 'yaml', yml: 'yaml', toml: 'toml', json: 'json' },
  '+++': { '': 'toml', toml: 'toml' },
};

// The opening line: a delimiter (not a longer rule such as `----`) and an optional language.
const OPENING = /^(---|\+\+\+)(?![-+])([^\n]*)/;

/** CRLF and lone CR line ends as LF: the body is always a suffix of this text. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** `text` is decoded UTF-8 (BOM already dropped). The body keeps its Markdown, with LF line ends. */
export function splitFrontMatter(text: string): FrontMatterResult {
  const normalized = normalizeNewlines(text);
  const leading = /^(?:[ \t]*\n)*/.exec(normalized)![0];
  const rest = normalized.slice(leading.length);
  const skippedLines = leading.split('\n').length - 1;

  // `{{` opens a Hugo shortcode, never a JSON object.
  if (rest.startsWith('{') && !rest.startsWith('{{')) return splitJson(rest);
  const opening = OPENING.exec(rest);
  if (!opening) return { data: {}, body: normalized };

  const [, delimiter = '', written = ''] = opening;
  const language = LANGUAGES[delimiter]?.[written.trim().toLowerCase()];
  if (!language) return { reason: `unsupported front matter (${delimiter}${written.trim()}): not evaluated` };
  const closing = (delimiter === '---' ? /\n---[ \t]*(?:\n|$)/ : /\n\+\+\+[ \t]*(?:\n|$)/).exec(rest);
  if (!closing) return { reason: `invalid front matter: no closing ${delimiter} line` };
  const blockEnd = closing.index + closing[0].length;

  // The block as gray-matter cut it, so data and error line numbers are unchanged: from the end
  // of the opening line (line 0 is its empty rest) to the first line starting with the delimiter.
  const afterOpening = rest.slice(opening[0].length, blockEnd);
  const block = afterOpening.slice(0, afterOpening.indexOf(`\n${delimiter}`));
  let data: unknown;
  try {
    // A block of only comments is no data; so is a YAML `~` (both as gray-matter read them).
    data = block.replace(/^\s*#[^\n]+/gm, '').trim() === '' ? {} : (PARSERS[language]!(block) ?? {});
  } catch (error) {
    return { reason: describeParseError(language, error, skippedLines) };
  }
  return withData(data, rest.slice(blockEnd));
}

function withData(data: unknown, body: string): FrontMatterResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { reason: 'invalid front matter: not a map of keys and values' };
  }
  return { data: data as Record<string, unknown>, body };
}

/** Hugo's JSON front matter is an object at the start of the file, closed by its matching brace. */
function splitJson(rest: string): FrontMatterResult {
  const end = jsonObjectEnd(rest);
  if (end === -1) return { reason: 'invalid JSON front matter: the opening { is never closed' };
  let data: unknown;
  try {
    data = JSON.parse(rest.slice(0, end));
  } catch (error) {
    return { reason: `invalid JSON front matter (${firstLine(error)})` };
  }
  return withData(data, rest.slice(end).replace(/^[ \t]*\n/, ''));
}

function jsonObjectEnd(text: string): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{') {
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return -1;
}

/**
 * One line naming the file line where parsing failed. Parser messages can quote the offending
 * (possibly hostile) bytes: YAML's short `reason` is used instead, and the caller sanitizes.
 */
function describeParseError(language: string, error: unknown, skippedLines: number): string {
  const details = error as { reason?: string; mark?: { line?: number }; line?: number };
  if (language === 'yaml' && typeof details.mark?.line === 'number') {
    // js-yaml reads the block from the end of the opening line, so its 0-based line 0 is the
    // opening line: +1 makes it the 1-based file line.
    return `invalid YAML front matter (line ${details.mark.line + 1 + skippedLines}: ${details.reason ?? firstLine(error)})`;
  }
  if (language === 'toml' && typeof details.line === 'number') {
    const message = firstLine(error).replace(/^Invalid TOML document:\s*/, '');
    return `invalid TOML front matter (line ${details.line + skippedLines}: ${message})`;
  }
  return `invalid ${language.toUpperCase()} front matter (${firstLine(error)})`;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]!.slice(0, 160);
}
