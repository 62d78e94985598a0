// A one-character query matches nearly every post, and scoring it by scanning would cost each
// post several indexOf calls on every such keystroke. Instead each post's best field quality for
// every ASCII character is tabulated once (128 bytes per post), in one pass over its fields.
import { atWordStart, FIELD_QUALITIES, INSIDE_WORD, SUMMARY, TAG, TITLE } from './quality.js';
import type { IndexedPost } from './searchIndex.js';

const ROW = 128;
const codeOf = (quality: number): number => FIELD_QUALITIES.indexOf(quality);
const TITLE_CODES = [codeOf(TITLE * INSIDE_WORD), codeOf(TITLE)];
const TAG_CODES = [codeOf(TAG * INSIDE_WORD), codeOf(TAG)];
const SUMMARY_CODES = [codeOf(SUMMARY * INSIDE_WORD), codeOf(SUMMARY)];

/** A table byte: the best quality's index in FIELD_QUALITIES, plus this bit when the title holds the character. */
const IN_TITLE = 8;
const CODE = IN_TITLE - 1;

export interface CharacterQualities {
  /** Row `position` holds a byte per ASCII code (see IN_TITLE). */
  table: Uint8Array;
  /** Rows [0, prepared) are filled. */
  prepared: number;
}

export function createCharacterQualities(count: number): CharacterQualities {
  return { table: new Uint8Array(count * ROW), prepared: 0 };
}

/** Fills rows until `deadline` (a performance.now() time), at least one chunk; true once all are filled. */
export function prepareCharacterQualities(characters: CharacterQualities, entries: readonly IndexedPost[], deadline: number): boolean {
  const { table } = characters;
  while (characters.prepared < entries.length) {
    const end = Math.min(entries.length, characters.prepared + 256);
    for (let position = characters.prepared; position < end; position++) {
      const { fields, titleEnd, tagsEnd } = entries[position]!;
      const row = position * ROW;
      for (let at = 0; at < fields.length; at++) {
        const c = fields.charCodeAt(at);
        if (c >= ROW) continue;
        const codes = at < titleEnd ? TITLE_CODES : at < tagsEnd ? TAG_CODES : SUMMARY_CODES;
        const code = codes[atWordStart(fields, at) ? 1 : 0]!;
        const old = table[row + c]!;
        table[row + c] = Math.max(old & CODE, code) | (old & IN_TITLE) | (at < titleEnd ? IN_TITLE : 0);
      }
    }
    characters.prepared = end;
    if (performance.now() >= deadline) break;
  }
  return characters.prepared === entries.length;
}

/** A one-character term's best field quality and whether the title holds it; undefined when not tabulated. */
export function characterMatch(characters: CharacterQualities, position: number, term: string): { quality: number; inTitle: boolean } | undefined {
  const c = term.charCodeAt(0);
  if (term.length !== 1 || c >= ROW || position >= characters.prepared) return undefined;
  const byte = characters.table[position * ROW + c]!;
  return { quality: FIELD_QUALITIES[byte & CODE]!, inTitle: (byte & IN_TITLE) !== 0 };
}
