// A post's body is read from its file when first needed (opening it, `read`, search), not at
// load: the List needs only what the parse gives, and a warm load then opens no file at all.
import { splitFrontMatter, normalizeNewlines } from './frontMatter.js';
import { readContentFile, sameStamp, type FileStamp } from './readContentFile.js';

/** Where a post's body is: its file, the version that was parsed, and the body's offset in it. */
export interface BodySource {
  readPath: string;
  stamp: FileStamp;
  /** Where the body starts in the parsed version's text once its line ends are LF. */
  bodyStart: number;
}

/**
 * The body as the file holds it now. Edited since the load: its current front matter is split
 * off again, so the reader shows what is on disk (as `less` would after a reload); the List's
 * title and summary stay as loaded until the next start. Gone, unreadable, binary or with front
 * matter that no longer parses: '' — the post stays listed and opens empty rather than failing
 * a reader that is already running.
 */
export function readPostBody(source: BodySource): string {
  const read = readContentFile(source.readPath);
  if ('reason' in read) return '';
  if (sameStamp(read.stamp, source.stamp)) return normalizeNewlines(read.text).slice(source.bodyStart);
  const split = splitFrontMatter(read.text);
  return 'reason' in split ? '' : split.body;
}
