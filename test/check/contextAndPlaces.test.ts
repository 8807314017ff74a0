/**
 * How the checker reads its input before any rule: a repeated id keeps its first entry, an
 * existing group is continued by one result group only, an empty new group is still judged, and
 * places and distances follow RULES.md rule 14 (a municipality's centre is its candidates' mean
 * point; the distance table is looked up per pair; a limit is met with floating-point slack).
 */
import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import type { ComposeInput } from "../../src/model/schemas.js";
import type { ComposeResult } from "../../src/model/result.js";
import { CANARY, groupOf, person, waiting, withExistingGroups, withVenues, withoutVenues } from "./fixtures.js";

const rulesOf = (input: ComposeInput, result: ComposeResult): string[] => [...new Set(check(input, result).violations.map((v) => v.rule))].sort();

describe("the checker's reading of the input", () => {
  it("a candidate id repeated in the input keeps its first entry, in both orders", () => {
    const first = withVenues();
    first.input.candidates.push({ ...person(first, "a1"), age: 10 });
    expect(check(first.input, first.result).violations).toEqual([]);
    const second = withVenues();
    second.input.candidates.unshift({ ...person(second, "a1"), age: 10 });
    expect(check(second.input, second.result).violations).toContainEqual(expect.objectContaining({ rule: "ineligible_member", groupId: "g1", candidateIds: ["a1"] }));
  });

  it("an empty new group is judged by the group rules", () => {
    const f = withVenues();
    f.result.groups.push({ ...groupOf(f, "g2"), id: "g3", members: [], newMembers: [], starters: [] });
    expect(check(f.input, f.result).violations).toContainEqual(expect.objectContaining({ rule: "group_size", groupId: "g3" }));
  });

  it("a second result group claiming the same existing group is judged as a new group, and the first continuation stands", () => {
    const f = withExistingGroups();
    f.result.waitlist = [];
    f.result.groups.push({ ...groupOf(f, "c1"), id: "c1b", members: ["z1"], newMembers: ["z1"] });
    const violations = check(f.input, f.result).violations;
    expect(violations).toContainEqual(expect.objectContaining({ rule: "duplicate_group_id", groupId: "c1" }));
    expect(violations).toContainEqual(expect.objectContaining({ rule: "group_size", groupId: "c1b" }));
    expect(violations.filter((v) => v.groupId === "c1" && v.rule !== "duplicate_group_id")).toEqual([]);
    expect(violations.map((v) => v.rule)).not.toContain("existing_member_moved");
  });
});

/** No venues: p1-p6 meet in the town; p1 and p2 live half a degree north and south of its centre. */
function spread(maxTravelKm: number): { input: ComposeInput; result: ComposeResult } {
  const town = CANARY.town;
  const at = (lat?: number, lon?: number) => ({ municipality: town, ...(lat === undefined ? {} : { lat }), ...(lon === undefined ? {} : { lon }) });
  const input: ComposeInput = {
    candidates: [
      { id: "p1", age: 40, location: at(60, 10), maxTravelKm },
      { id: "p2", age: 41, location: at(61, 10), maxTravelKm },
      { id: "p3", age: 42, location: at() },
      { id: "p4", age: 43, location: at(60.5, 10) },
      // One coordinate alone is no point: these two are in the town, 0 km from its meeting place.
      { id: "p5", age: 44, location: at(70, undefined), maxTravelKm: 0 },
      { id: "p6", age: 45, location: at(undefined, 20), maxTravelKm: 0 },
    ],
    policy: { groupSize: { min: 3, max: 6, preferred: 6 }, slots: { required: false } },
  };
  const result: ComposeResult = {
    ...withoutVenues().result,
    groups: [{ ...withoutVenues().result.groups[0]!, id: "h", members: ["p1", "p2", "p3", "p4", "p5", "p6"], newMembers: ["p1", "p2", "p3", "p4", "p5", "p6"], slot: null }],
  };
  return { input, result };
}

describe("places and distances (RULES.md 14)", () => {
  it("a municipality meets at its candidates' mean point: who lives 55 km from it cannot reach it within 50 km, and can within 60", () => {
    const far = spread(50);
    expect(check(far.input, far.result).violations).toEqual([expect.objectContaining({ rule: "unreachable", groupId: "h", candidateIds: ["p1", "p2"] })]);
    const near = spread(60);
    expect(check(near.input, near.result).violations).toEqual([]);
  });

  it("each pair of municipalities has its own distance in the table", () => {
    const f = withoutVenues();
    f.input.candidates.push({ id: "m5", age: 31, problem: CANARY.problem, location: { municipality: "far-away" }, maxTravelKm: 20 });
    f.input.distances?.push({ from: "far-away", to: CANARY.town, km: 500 });
    groupOf(f, "h1").members.push("m5");
    expect(check(f.input, f.result).violations).toEqual([expect.objectContaining({ rule: "unreachable", groupId: "h1", candidateIds: ["m5"] })]);
  });

  it("a distance equal to the travel limit is within it, floating-point slack included, and one just beyond is not", () => {
    const within = withoutVenues();
    within.input.distances = [{ from: CANARY.village, to: CANARY.town, km: 1e-9 }];
    person(within, "m4").maxTravelKm = 0;
    expect(check(within.input, within.result).violations).toEqual([]);
    const beyond = withoutVenues();
    beyond.input.distances = [{ from: CANARY.village, to: CANARY.town, km: 3e-9 }];
    person(beyond, "m4").maxTravelKm = 0;
    expect(rulesOf(beyond.input, beyond.result)).toEqual(["unreachable"]);
  });

  it("a waiting candidate is not placed anywhere", () => {
    const f = withoutVenues();
    groupOf(f, "h1").members = ["m1", "m2", "m3"];
    f.result.waitlist.push(waiting("m4"));
    expect(check(f.input, f.result).violations).toEqual([]);
  });
});
