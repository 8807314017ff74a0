import type { Suggestion } from "../index.js";
import type { Messages } from "./messages.js";

/** A suggestion as a coordinator reads it in a sheet or a terminal: its text, then the group it would let start. */
export function suggestionLine(s: Suggestion, messages: Messages): string {
  const g = s.group;
  if (g === undefined) return s.message;
  const where = g.venue ?? (s.kind === "add_venue" && s.near !== undefined ? `(${s.near})` : (g.municipality ?? ""));
  return `${s.message} ${messages.suggestedGroup(g.members.join(", "), s.count ?? 0, where, g.slot)}`;
}
