import type { CandidateInput, ComposeInput, ComposeResult } from "../../src/index.js";

/**
 * The groups of a result that the group rules bind (RULES.md "Group rules"): new groups and
 * existing groups that received members, each with its members' input records.
 */
export function boundGroups(input: ComposeInput, result: ComposeResult): { id: string; members: CandidateInput[] }[] {
  const byId = new Map(input.candidates.map((c) => [c.id, c]));
  return result.groups.filter((g) => g.newMembers.length > 0).map((g) => ({ id: g.id, members: g.members.map((id) => byId.get(id)!) }));
}

/** Distinct values `pick` gives over `people`, leaving out undefined. */
export function distinctValues<T>(people: readonly CandidateInput[], pick: (c: CandidateInput) => T | undefined): Set<T> {
  return new Set(people.flatMap((c) => {
    const v = pick(c);
    return v === undefined ? [] : [v];
  }));
}
