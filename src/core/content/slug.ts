// URL-safe slugs (lowercase letters, digits and `-`; non-ASCII letters kept, as Hugo keeps them).
// Slugs need not be unique: posts are identified by their path (see identity.ts).

const MAX_SLUG_CHARS = 100;

/** '' when nothing usable is left. */
export function slugify(text: string): string {
  const dashed = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return Array.from(dashed).slice(0, MAX_SLUG_CHARS).join('').replace(/-+$/, '');
}
