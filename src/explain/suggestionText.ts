import type { Suggestion, WaitReasonCode } from "../model/result.js";
import type { ExplainTexts, RelaxableRule } from "./messages.js";

/** The smallest group the sources do not call fragile (001; 003 §6.2). */
export const GUIDED_MIN_SIZE = 4;

/**
 * A suggestion's text, written from its fields alone (and the obstacle it removes, for a venue):
 * the change of its kind, then the starters and people the group also needs. The report writes
 * it again in its own locale from the same fields; a rule this cannot name keeps `fallback`.
 */
export function suggestionText(s: Omit<Suggestion, "message">, obstacle: WaitReasonCode | undefined, texts: ExplainTexts, fallback = ""): string {
  const t = texts.suggestion;
  const clauses: string[] = [];
  switch (s.kind) {
    case "add_venue":
      clauses.push(t.venue(obstacle === "no_common_slot"));
      break;
    case "add_slot":
      clauses.push(t.slot);
      break;
    case "add_room":
      clauses.push(t.room(s.rooms ?? 1));
      break;
    case "relax_rule":
      if (s.rule === "groupSize.min" && s.to !== undefined) clauses.push(t.minimumSize(s.to));
      else if (s.rule !== undefined && Object.prototype.hasOwnProperty.call(texts.relaxes, s.rule)) clauses.push(t.relax(s.rule as RelaxableRule));
      else return fallback;
      break;
    case "add_starter":
    case "more_candidates":
      break;
  }
  if (s.newStarters !== undefined && s.newStarters > 0) clauses.push(t.starters(s.newStarters, (s.experience ?? []).length > 0));
  if (s.count !== undefined && s.count > 0) clauses.push(t.people(s.count, s.oneOfGender !== undefined, s.kind === "more_candidates" && s.venue !== undefined));
  if (clauses.length === 0) return fallback;
  const against = s.kind === "relax_rule" && s.againstGuidance === true ? (s.rule === "groupSize.min" ? "size" : "rule") : null;
  return t.letsStart(t.join(clauses), against, GUIDED_MIN_SIZE);
}
