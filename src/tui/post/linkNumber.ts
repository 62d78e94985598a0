// Typing a link's number in the Links overlay (`L`): digits accumulate while they still name a
// link ("1", "12"), otherwise the new digit starts over, as in lynx's numbered links.

export interface LinkNumberInput {
  /** Digits typed so far. */
  typed: string;
  /** Index (0-based) of the link the digits name, or null when they name none. */
  cursor: number | null;
}

export function typeLinkDigit(typed: string, digit: string, linkCount: number): LinkNumberInput {
  for (const candidate of [typed + digit, digit]) {
    const number = Number(candidate);
    if (/^\d+$/.test(candidate) && number >= 1 && number <= linkCount) return { typed: candidate, cursor: number - 1 };
  }
  return { typed: '', cursor: null };
}
