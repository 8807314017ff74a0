import { looksLikePersonalNumber } from "./personalNumber.js";

/**
 * String rules zod cannot name: each has its own issue code, carried through zod's `params`
 * and turned back into that code (with the fixed message below) by `validate`.
 */
export const TEXT_RULE_MESSAGES = {
  malformed_unicode: "contains a lone surrogate, so it is not well-formed Unicode; export the data again as UTF-8",
  looks_like_personal_number:
    "looks like a national identity number (a Norwegian fødselsnummer or D-number, or a Swedish, Danish or Finnish " +
    "personal number, in any spelling); use an opaque, pseudonymous id, and keep personal numbers out of labels " +
    "(the value is not repeated here)",
  invisible_character:
    "contains an invisible format or direction control character (such as a zero-width space or a right-to-left " +
    "override), so two ids that look the same could differ; remove it (the value is not repeated here)",
} as const;

/** The issue codes of the rules above. */
export type TextRuleCode = keyof typeof TEXT_RULE_MESSAGES;

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
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(TEXT_RULE_MESSAGES, code) ? (code as TextRuleCode) : null;
}
