import { EXPLAIN_TEXTS, type RelaxableRule } from "../explain/messages.js";
import { GUIDED_MIN_SIZE } from "../explain/suggestions.js";
import type { Locale } from "../model/locale.js";
import type { Suggestion, WaitlistEntry } from "../model/result.js";

/**
 * A suggestion's text in the report's locale, written again from its fields and the entry's
 * reason, so a report in one language can show a result composed in another. A suggestion this
 * cannot place (a rule added later) keeps the message it came with.
 */
export function suggestionText(entry: WaitlistEntry, suggestion: Suggestion, locale: Locale): string {
  const texts = EXPLAIN_TEXTS[locale];
  const first = entry.reasons[0];
  // A partner's obstacle is what an added venue would remove.
  const obstacle = first?.code === "together_partner_blocked" ? first.partnerReason : first?.code;
  const named = suggestion.venue !== undefined;
  switch (suggestion.kind) {
    case "add_venue":
      return obstacle === "no_common_slot" ? texts.addVenueInSlot : texts.addVenueInReach;
    case "add_starter":
      return texts.addStarter;
    case "add_room":
      return texts.addRoom(named);
    case "more_candidates":
      return first?.code === "too_few_compatible" ? texts.moreCandidates(suggestion.count ?? 0) : texts.moreAtVenue(suggestion.count ?? 0, named);
    case "relax_rule": {
      const against = suggestion.againstGuidance === true;
      if (suggestion.rule === "groupSize.min" && suggestion.to !== undefined) return texts.minimumSize(suggestion.to, against, GUIDED_MIN_SIZE);
      const rule = suggestion.rule;
      return rule !== undefined && Object.prototype.hasOwnProperty.call(texts.relaxes, rule) ? texts.relaxRule(rule as RelaxableRule, against) : suggestion.message;
    }
  }
}
