/**
 * String rules zod cannot name: each has its own issue code, carried through zod's `params`
 * and turned back into that code (with the fixed message below) by `validate`.
 */
export const TEXT_RULE_MESSAGES = {
  malformed_unicode: "contains a lone surrogate, so it is not well-formed Unicode; export the data again as UTF-8",
  id_looks_like_personal_number:
    "looks like a national identity number (11 digits, as a fødselsnummer or D-number); " +
    "use an opaque, pseudonymous id instead, never a personal number (the value is not repeated here)",
} as const;

/** The issue codes of the rules above. */
export type TextRuleCode = keyof typeof TEXT_RULE_MESSAGES;

// With the `u` flag a surrogate pair reads as one code point, so only a lone half matches.
const LONE_SURROGATE = /\p{Surrogate}/u;

// Eleven digits standing alone, or written DDMMYY NNNNN / DDMMYY-NNNNN; longer digit runs are not numbers of this kind.
const PERSONAL_NUMBER = /(?<!\d)(?:\d{11}|\d{6}[ -]\d{5})(?!\d)/;

/** True when the text has no lone surrogate (the same as `String.prototype.isWellFormed`). */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** True when an id holds something shaped like a Norwegian national identity number. */
export function looksLikePersonalNumber(id: string): boolean {
  return PERSONAL_NUMBER.test(id);
}

/** Reads our rule code back from a zod custom issue's `params`, if it carries one. */
export function textRuleCodeOf(params: unknown): TextRuleCode | null {
  if (typeof params !== "object" || params === null) return null;
  const code: unknown = (params as { textRule?: unknown }).textRule;
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(TEXT_RULE_MESSAGES, code) ? (code as TextRuleCode) : null;
}
