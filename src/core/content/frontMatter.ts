// Splits a post into front matter data and Markdown body through gray-matter: YAML `---` (the
// default), TOML `+++`, `---toml` and `---json`, plus Hugo's bare JSON object at the very start,
// which gray-matter has no delimiter for. Front matter in any other language (`---js`,
// `---coffee`) is refused: gray-matter's own `javascript` engine runs the block through eval, so
// it is replaced, and only the three data parsers below ever see a block.
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';

export type FrontMatterResult = { data: Record<string, unknown>; body: string } | { reason: string };

/** A data parser failed: the block is invalid YAML, TOML or JSON. */
class InvalidData {
  constructor(
    readonly language: string,
    readonly error: unknown,
  ) {}
}

/** The block is in a language we do not parse (gray-matter's own error for an unknown one is an Error). */
class Unsupported {}

type Engine = (block: string) => object;

// Each engine takes the block only: gray-matter also passes its options, which smol-toml and
// JSON.parse would read as options of their own. js-yaml's safe schema has no `!!js/function` types.
function dataEngine(language: string, parse: (block: string) => unknown): Engine {
  return (block) => {
    try {
      return parse(block) as object;
    } catch (error) {
      throw new InvalidData(language, error);
    }
  };
}

const refuse: Engine = () => {
  throw new Unsupported();
};

const DATA_ENGINES: Record<string, Engine> = {
  yaml: dataEngine('yaml', (block) => yaml.safeLoad(block)),
  toml: dataEngine('toml', (block) => parseToml(block)),
  json: dataEngine('json', (block) => JSON.parse(block)),
  // gray-matter looks engines up by the name written (`---js`) and then by its alias (`javascript`).
  javascript: refuse,
  js: refuse,
};

// A fresh options object per call would cost a little; one shared object is fine because
// gray-matter copies it. Passing options at all also keeps gray-matter's global cache (keyed by
// the whole file text, never emptied) out of use.
const YAML_FRONT_MATTER = { delimiters: '---', language: 'yaml', engines: DATA_ENGINES };
// Hugo's `+++` block is TOML only.
const TOML_FRONT_MATTER = { delimiters: '+++', language: 'toml', engines: { ...DATA_ENGINES, yaml: refuse, json: refuse } };

/** CRLF and lone CR line ends as LF: the body is always a suffix of this text. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** `text` is decoded UTF-8 (BOM already dropped). The body keeps its Markdown, with LF line ends. */
export function splitFrontMatter(text: string): FrontMatterResult {
  const normalized = normalizeNewlines(text);
  // Blank lines before the opening delimiter are allowed (Hugo reads such files too).
  const leading = /^(?:[ \t]*\n)*/.exec(normalized)![0];
  const rest = normalized.slice(leading.length);
  const skippedLines = leading.split('\n').length - 1;

  // `{{` opens a Hugo shortcode, never a JSON object.
  if (rest.startsWith('{') && !rest.startsWith('{{')) return splitJson(rest);
  const options = rest.startsWith('+++') ? TOML_FRONT_MATTER : rest.startsWith('---') ? YAML_FRONT_MATTER : undefined;
  if (!options) return { data: {}, body: normalized };
  const delimiter = options.delimiters;

  // gray-matter copies all its input into a Buffer (its `orig`): for 10,000 posts, 200 ms spent
  // on bodies it does not read. So it gets the text up to the end of the line where it would
  // close the block (the first line starting with the delimiter), and the rest is its body's tail.
  const closeAt = rest.indexOf(`\n${delimiter}`);
  const lineEnd = closeAt === -1 ? -1 : rest.indexOf('\n', closeAt + 1);
  const head = lineEnd === -1 ? rest : rest.slice(0, lineEnd + 1);
  const parsed = runGrayMatter(head, options);
  if (parsed instanceof Unsupported) {
    const openingEnd = rest.indexOf('\n');
    return { reason: `unsupported front matter (${delimiter}${rest.slice(delimiter.length, openingEnd === -1 ? undefined : openingEnd).trim()}): not evaluated` };
  }
  // `----` and longer are a Markdown rule, not an opening delimiter: gray-matter finds no block.
  if (!(parsed instanceof InvalidData) && parsed.matter === '' && !parsed.isEmpty) return { data: {}, body: normalized };
  // gray-matter would read a block without a closing line as running to the end of the file.
  if (closeAt === -1) return { reason: `invalid front matter: no closing ${delimiter} line` };
  if (parsed instanceof InvalidData) return { reason: describeParseError(parsed.language, parsed.error, skippedLines) };
  // A YAML `~` or `null` block is no data, as an empty one is.
  return withData(parsed.data ?? {}, parsed.content + rest.slice(head.length));
}

type ParsedFile = matter.GrayMatterFile<string> & { isEmpty?: boolean };

function runGrayMatter(text: string, options: typeof YAML_FRONT_MATTER): ParsedFile | InvalidData | Unsupported {
  try {
    return matter(text, options);
  } catch (error) {
    // Anything but a data parser's failure is gray-matter's "engine is not registered".
    return error instanceof InvalidData ? error : new Unsupported();
  }
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
