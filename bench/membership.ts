/** Shared by the benchmarks' child processes: an answer's membership, counted without trusting the checker. */
import type { ComposeResult } from "../src/index.js";

/**
 * Every candidate id must appear exactly once across groups and waitlist, and the counts in
 * `stats` must match the answer: checked here too so a checker bug cannot hide a lost person.
 */
export function membershipProblems(ids: readonly string[], result: ComposeResult): string[] {
  const seen = new Map<string, number>();
  const bump = (id: string): void => {
    seen.set(id, (seen.get(id) ?? 0) + 1);
  };
  let inGroups = 0;
  for (const g of result.groups) {
    for (const id of g.members) bump(id);
    inGroups += g.members.length;
  }
  for (const entry of result.waitlist) bump(entry.candidateId);
  const known = new Set(ids);
  const lost = ids.filter((id) => !seen.has(id));
  const doubled = [...seen].filter(([, k]) => k > 1).map(([id]) => id);
  const invented = [...seen.keys()].filter((id) => !known.has(id));
  const out: string[] = [];
  if (lost.length > 0) out.push(`membership: ${lost.length} candidate(s) lost`);
  if (doubled.length > 0) out.push(`membership: ${doubled.length} candidate(s) duplicated`);
  if (invented.length > 0) out.push(`membership: ${invented.length} unknown id(s) in the answer`);
  if (result.stats.placed !== inGroups) out.push(`stats.placed = ${result.stats.placed} but groups hold ${inGroups}`);
  if (result.stats.waiting !== result.waitlist.length) {
    out.push(`stats.waiting = ${result.stats.waiting} but the waitlist has ${result.waitlist.length}`);
  }
  return out;
}
