import { looksLikePersonalNumber } from "./personalNumber.js";

/**
 * String rules zod cannot name: each has its own issue code, carried through zod's `params`
 * and turned back into that code (with its fixed message from `ISSUE_TEXTS`) by `validate`.
 */
export const TEXT_RULE_CODES = ["malformed_unicode", "looks_like_personal_number", "invisible_character"] as const;

/** The issue codes of the rules above. */
export type TextRuleCode = (typeof TEXT_RULE_CODES)[number];

// With the `u` flag a surrogate pair reads as one code point, so only a lone half matches.
const LONE_SURROGATE = /\p{Surrogate}/u;

// Format characters: zero-width spaces and joiners, bidi overrides and isolates, the byte-order mark, soft hyphens.
const FORMAT_CHARACTER = /\p{Cf}/u;

/** True when the text has no lone surrogate (the same as `String.prototype.isWellFormed`). */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** True when the text holds a format or bidi control character (Unicode category Cf), which shows as nothing. */
export function hasInvisibleCharacter(text: string): boolean {
  return FORMAT_CHARACTER.test(text);
}

export { looksLikePersonalNumber };

/** Reads our rule code back from a zod custom issue's `params`, if it carries one. */
export function textRuleCodeOf(params: unknown): TextRuleCode | null {
  if (typeof params !== "object" || params === null) return null;
  const code: unknown = (params as { textRule?: unknown }).textRule;
  return typeof code === "string" && (TEXT_RULE_CODES as readonly string[]).includes(code) ? (code as TextRuleCode) : null;
}
