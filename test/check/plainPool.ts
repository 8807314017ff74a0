/**
 * A small pool whose every field is explicit, for tests that vary one rule at a time: people
 * p0, p1, ... of one problem in one town at one point, no venues, no slots named anywhere (so
 * rule 12 binds nothing), one new group "g" holding everyone. It passes the checker as built;
 * each test changes exactly what its rule reads.
 */
import { check, type CheckRule, type Violation } from "../../src/check/check.js";
import type { ComposedGroup, ComposeResult } from "../../src/model/result.js";
import type { CandidateInput, ComposeInput, PolicyInput } from "../../src/model/schemas.js";
import { waiting } from "./fixtures.js";

/** The town every plain person lives in; a second one for moves. */
export const TOWN = "plain-town";
export const OTHER_TOWN = "plain-other-town";

/** One plain person: 40 years old, problem "grief", at the town's point. */
export function plainPerson(id: string, extra: Partial<CandidateInput> = {}): CandidateInput {
  return { id, age: 40, problem: "grief", location: { municipality: TOWN, lat: 60, lon: 10 }, ...extra };
}

/** A result group with every field filled; members default to none. */
export function plainGroup(id: string, members: string[], extra: Partial<ComposedGroup> = {}): ComposedGroup {
  return {
    id,
    members,
    slot: null,
    venue: null,
    municipality: TOWN,
    starters: [],
    existing: null,
    newMembers: members,
    metrics: { size: members.length, ageSpan: 0, genders: { female: 0, male: 0, other: 0, undisclosed: 0 }, problems: [], maxTravelKm: 0, totalTravelKm: 0 },
    score: { placed: 0, waiting: 0, ageSpan: 0, genderMix: 0, expectation: 0, sizeFromPreferred: 0, travel: 0 },
    ...extra,
  };
}

/** An input and a result over it. */
export interface Plain {
  input: ComposeInput;
  result: ComposeResult;
}

/**
 * People `people` all in one new group "g", everyone else (`waitingIds`) waiting.
 * @param people - the candidates, in the order the group lists them
 * @param policy - the policy (group size defaults to 2..10 so size never interferes)
 */
export function plainPool(people: CandidateInput[], policy: PolicyInput = {}, waitingIds: string[] = []): Plain {
  const placed = people.filter((p) => !waitingIds.includes(p.id)).map((p) => p.id);
  return {
    input: { candidates: people, policy: { groupSize: { min: 2, max: 10, preferred: 4 }, ...policy } },
    result: {
      status: "feasible",
      groups: [plainGroup("g", placed)],
      waitlist: waitingIds.map((id) => waiting(id)),
      warnings: [],
      stats: {
        objective: 0,
        score: { placed: 0, waiting: 0, ageSpan: 0, genderMix: 0, expectation: 0, sizeFromPreferred: 0, travel: 0 },
        method: "construct",
        seed: 1,
        iterations: 0,
        stoppedBy: "completed",
        placed: placed.length,
        waiting: waitingIds.length,
        elapsedMs: 0,
      },
    },
  };
}

/** `n` plain people p0..p(n-1). */
export function plainPeople(n: number, extra: (i: number) => Partial<CandidateInput> = () => ({})): CandidateInput[] {
  return Array.from({ length: n }, (_, i) => plainPerson(`p${i}`, extra(i)));
}

/** The violations of a plain pool. */
export function violationsOf(p: Plain): Violation[] {
  return check(p.input, p.result).violations;
}

/** What a test expects of the one rule a case breaks. */
export interface Expected {
  rule: CheckRule;
  groupId?: string;
  /** The people named, in any order; `undefined` asserts the violation names nobody. */
  candidateIds?: string[];
}

/**
 * The violations reduced to what a case asserts: each rule with its group and sorted people, sorted,
 * so a test compares the whole report at once (a missing, extra or misattributed violation fails).
 */
export function summary(violations: readonly Violation[]): Expected[] {
  return violations
    .map((v) => ({
      rule: v.rule,
      ...(v.groupId === undefined ? {} : { groupId: v.groupId }),
      ...(v.candidateIds === undefined ? {} : { candidateIds: [...v.candidateIds].sort() }),
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** The expected report in the same shape as {@link summary}. */
export function expected(...items: Expected[]): Expected[] {
  return summary(items.map((e) => ({ message: "", ...e })));
}
