// Superscript and subscript characters, and the Mathematical Alphanumeric Symbols that
// \mathbb, \mathcal, \mathbf… select. Unicode has superscripts for few characters and
// subscripts for fewer: a script is converted only when every character has one.

const SUPERSCRIPT_FROM = '0123456789+-−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWβγδθφχ′';
const SUPERSCRIPT_TO = '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵝᵞᵟᶿᵠᵡ′';
const SUBSCRIPT_FROM = '0123456789+-−=()aehijklmnoprstuvxβγρφχ';
const SUBSCRIPT_TO = '₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ';

function table(from: string, to: string): Map<string, string> {
  const targets = [...to];
  return new Map([...from].map((char, index) => [char, targets[index] ?? char]));
}

const SUPERSCRIPTS = table(SUPERSCRIPT_FROM, SUPERSCRIPT_TO);
const SUBSCRIPTS = table(SUBSCRIPT_FROM, SUBSCRIPT_TO);

/** The script written with Unicode script characters, or undefined when one has none. */
export function toScript(text: string, kind: '^' | '_'): string | undefined {
  const map = kind === '^' ? SUPERSCRIPTS : SUBSCRIPTS;
  let out = '';
  for (const char of text) {
    // A prime is already raised.
    if (kind === '^' && char === '′') {
      out += char;
      continue;
    }
    const mapped = map.get(char);
    if (mapped === undefined) return undefined;
    out += mapped;
  }
  return out;
}

interface Alphabet {
  upper: number;
  lower?: number;
  digits?: number;
  /** Letters Unicode had encoded before the block (ℝ, ℒ…): the block leaves holes there. */
  holes?: Record<string, string>;
}

// prettier-ignore
const ALPHABETS: Readonly<Record<string, Alphabet>> = {
  mathbf: { upper: 0x1d400, lower: 0x1d41a, digits: 0x1d7ce },
  boldsymbol: { upper: 0x1d400, lower: 0x1d41a, digits: 0x1d7ce },
  bm: { upper: 0x1d400, lower: 0x1d41a, digits: 0x1d7ce },
  mathbb: { upper: 0x1d538, lower: 0x1d552, digits: 0x1d7d8, holes: { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' } },
  // Bold script: complete, and what most fonts draw for \mathcal.
  mathcal: { upper: 0x1d4d0, lower: 0x1d4ea },
  mathscr: { upper: 0x1d49c, lower: 0x1d4b6, holes: { B: 'ℬ', E: 'ℰ', F: 'ℱ', H: 'ℋ', I: 'ℐ', L: 'ℒ', M: 'ℳ', R: 'ℛ', e: 'ℯ', g: 'ℊ', o: 'ℴ' } },
  mathfrak: { upper: 0x1d504, lower: 0x1d51e, holes: { C: 'ℭ', H: 'ℌ', I: 'ℑ', R: 'ℜ', Z: 'ℨ' } },
};

export function isAlphabet(command: string): boolean {
  return command in ALPHABETS;
}

/** Letters and digits in the command's alphabet; other characters unchanged. */
export function inAlphabet(command: string, text: string): string {
  const alphabet = ALPHABETS[command];
  if (!alphabet) return text;
  return [...text]
    .map((char) => {
      const hole = alphabet.holes?.[char];
      if (hole) return hole;
      const code = char.charCodeAt(0);
      if (char >= 'A' && char <= 'Z') return String.fromCodePoint(alphabet.upper + code - 65);
      if (char >= 'a' && char <= 'z' && alphabet.lower !== undefined) return String.fromCodePoint(alphabet.lower + code - 97);
      if (char >= '0' && char <= '9' && alphabet.digits !== undefined) return String.fromCodePoint(alphabet.digits + code - 48);
      return char;
    })
    .join('');
}
