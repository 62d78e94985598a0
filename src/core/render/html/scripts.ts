// <sup>/<sub> text in Unicode superscript or subscript letters where every character has one
// (footnote numbers, x², H₂O), else marked with ^ or _ as plain text does.
const SUPERSCRIPT: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()nia'].map((char, index) => [char, '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵃ'[index] ?? char]),
);
const SUBSCRIPT: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()aeoxhklmnpst'].map((char, index) => [char, '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜ'[index] ?? char]),
);

export type ScriptPosition = 'sup' | 'sub';

/** The text in Unicode super/subscript, or undefined when a character has none. */
export function toScript(text: string, position: ScriptPosition): string | undefined {
  const table = position === 'sup' ? SUPERSCRIPT : SUBSCRIPT;
  let out = '';
  for (const char of text) {
    const mapped = table[char];
    if (mapped === undefined) return undefined;
    out += mapped;
  }
  return out;
}

/** The plain-text marks around text that has no Unicode form: `^2x`, `^(a note)`, `_i`. */
export function scriptMarks(position: ScriptPosition, text: string): [open: string, close: string] {
  const prefix = position === 'sup' ? '^' : '_';
  return /^[\p{L}\p{N}]+$/u.test(text) ? [prefix, ''] : [`${prefix}(`, ')'];
}
