import { UnionFind } from "../core/unionFind.js";
import type { IssueTexts } from "./issueMessages.js";
import type { ReadableProblem } from "./readableParts.js";
import type { Issue, IssueCode } from "./issues.js";
import { formatPath } from "./issues.js";

/**
 * Every issue the schema alone cannot see: duplicate ids, references to unknown ids,
 * a person in two existing groups, contradictions within a policy.
 *
 * @param problem - a valid problem, or the parts of an invalid one that could be read (an entry
 *   missing where it could not be read at all, a field missing where it was invalid): each check
 *   runs on what is there, so schema faults and reference faults are reported in one pass.
 * @param texts - the language of the messages
 */
export function crossReferenceIssues(problem: ReadableProblem, texts: IssueTexts): Issue[] {
  const issues: Issue[] = [];
  const add = (code: IssueCode, path: (string | number)[], what: string): void => {
    issues.push({ code, path, message: `${formatPath(path)}: ${what}` });
  };

  const candidateIndex = indexIds(problem.candidates, ["candidates"], "duplicate_candidate_id", add, texts);
  const venueIndex = indexIds(problem.venues, ["venues"], "duplicate_venue_id", add, texts);
  indexIds(problem.starters, ["starters"], "duplicate_starter_id", add, texts);
  indexIds(problem.groups, ["groups"], "duplicate_group_id", add, texts);

  problem.candidates.forEach((candidate, i) => {
    if (candidate === undefined) return;
    for (const field of ["knows", "together"] as const) {
      candidate[field]?.forEach((ref, k) => {
        const path = ["candidates", i, field, k];
        if (!candidateIndex.has(ref)) add("unknown_candidate_ref", path, texts.notACandidate(quoteId(ref)));
        else if (ref === candidate.id) add("self_reference", path, texts.selfReference(quoteId(ref)));
      });
    }
  });
  if (problem.policy.keepApart) conflictingRelationships(problem, candidateIndex, add, texts);

  const groupOf = new Map<string, number>();
  problem.groups.forEach((group, g) => {
    if (group === undefined) return;
    group.members?.forEach((member, k) => {
      const path = ["groups", g, "members", k];
      if (!candidateIndex.has(member)) {
        add("unknown_candidate_ref", path, texts.memberNotACandidate(quoteId(member)));
        return;
      }
      const earlier = groupOf.get(member);
      if (earlier !== undefined) {
        const message = earlier === g ? texts.memberTwiceInGroup(quoteId(member)) : texts.memberAlsoIn(quoteId(member), quoteId(problem.groups[earlier]?.id ?? ""));
        add("member_in_two_groups", path, message);
      } else groupOf.set(member, g);
    });
    if (group.venue !== undefined && !venueIndex.has(group.venue)) {
      add("unknown_venue_ref", ["groups", g, "venue"], texts.unknownVenue(quoteId(group.venue)));
    }
  });

  policyContradictions(problem, add, texts);
  return issues;
}

type AddIssue = (code: IssueCode, path: (string | number)[], what: string) => void;

/** Maps id → first index, reporting later duplicates; candidate ids are compared after NFC so look-alikes collide. */
function indexIds(
  items: readonly ({ id?: string } | undefined)[],
  base: string[],
  code: IssueCode,
  add: AddIssue,
  texts: IssueTexts,
): Map<string, number> {
  const exact = new Map<string, number>();
  const normalised = new Map<string, number>();
  items.forEach((item, i) => {
    if (item?.id === undefined) return;
    const key = item.id.normalize("NFC");
    const first = normalised.get(key);
    if (first !== undefined) {
      add(code, [...base, i, "id"], texts.duplicateId(quoteId(item.id), formatPath([...base, first])));
      return;
    }
    normalised.set(key, i);
    exact.set(item.id, i);
  });
  return exact;
}

/** A keep-apart pair inside a `together` unit (couples, families) can never be satisfied. */
function conflictingRelationships(problem: ReadableProblem, index: Map<string, number>, add: AddIssue, texts: IssueTexts): void {
  const sets = new UnionFind(problem.candidates.length);
  problem.candidates.forEach((candidate, i) => {
    for (const ref of candidate?.together ?? []) {
      const j = index.get(ref);
      if (j !== undefined) sets.union(i, j);
    }
  });
  problem.candidates.forEach((candidate, i) => {
    candidate?.knows?.forEach((ref, k) => {
      const j = index.get(ref);
      if (j !== undefined && j !== i && sets.find(i) === sets.find(j)) {
        add("conflicting_relationship", ["candidates", i, "knows", k], texts.conflictingRelationship(quoteId(candidate.id ?? ""), quoteId(ref)));
      }
    });
  });
}

// A part of the policy that could not be read is missing here, and its checks are skipped.
function policyContradictions(problem: ReadableProblem, add: AddIssue, texts: IssueTexts): void {
  const { groupSize, starters, age, slots } = problem.policy;
  if (groupSize && groupSize.min > groupSize.max) {
    add("contradictory_policy", ["policy", "groupSize", "min"], texts.minAboveMax(groupSize.min, groupSize.max));
  } else if (groupSize && (groupSize.preferred < groupSize.min || groupSize.preferred > groupSize.max)) {
    add("contradictory_policy", ["policy", "groupSize", "preferred"], texts.preferredOutside(groupSize.preferred, groupSize.min, groupSize.max));
  }
  if (starters !== undefined && starters.min > starters.max) {
    add("contradictory_policy", ["policy", "starters", "min"], texts.minAboveMax(starters.min, starters.max));
  }
  // An empty offer would let groups meet in no slot at all while an existing group keeps its own.
  if (slots?.required && slots.offered !== undefined && slots.offered.length === 0) {
    add("contradictory_policy", ["policy", "slots", "offered"], texts.slotsRequiredNoneOffered);
  }
  if (age?.maximum !== undefined && age.maximum < age.minimum) {
    add("contradictory_policy", ["policy", "age", "maximum"], texts.maximumBelowMinimum(age.maximum, age.minimum));
  }
}

/** Ids are pseudonymous and may be shown; long ones are cut so a pasted blob cannot flood a message. */
function quoteId(id: string): string {
  return JSON.stringify(id.length > 64 ? `${id.slice(0, 61)}...` : id);
}
