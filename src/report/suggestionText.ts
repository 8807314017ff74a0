import { EXPLAIN_TEXTS } from "../explain/messages.js";
import { suggestionText as writeSuggestion } from "../explain/suggestionText.js";
import type { Locale } from "../model/locale.js";
import type { Suggestion, WaitlistEntry } from "../model/result.js";

/**
 * A suggestion's text in the report's locale, written again from its fields and the entry's
 * reason, so a report in one language can show a result composed in another. A suggestion this
 * cannot place (a rule added later) keeps the message it came with.
 */
export function suggestionText(entry: WaitlistEntry, suggestion: Suggestion, locale: Locale): string {
  const first = entry.reasons[0];
  // A partner's obstacle is what an added venue would remove.
  const obstacle = first?.code === "together_partner_blocked" ? first.partnerReason : first?.code;
  return writeSuggestion(suggestion, obstacle, EXPLAIN_TEXTS[locale], suggestion.message);
}
