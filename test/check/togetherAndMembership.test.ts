/**
 * The together rule (RULES.md 11) and the membership rules of existing groups, from both sides,
 * on the cases the tamper list does not reach: separate families, unknown and absent people,
 * doubled appearances, a group whose id reads like the waitlist, closed groups shrunk or missing.
 */
import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { groupOf, person, waiting, withExistingGroups, withVenues } from "./fixtures.js";
import type { Fixture } from "./fixtures.js";

const rules = (f: Fixture): string[] => [...new Set(check(f.input, f.result).violations.map((v) => v.rule))].sort();

describe("together", () => {
  it("two families, each together in its own group, break nothing; moving one member across splits only that family", () => {
    const f = withVenues();
    person(f, "a1").together = ["a2"];
    person(f, "b2").together = ["b1"];
    expect(check(f.input, f.result).violations).toEqual([]);
    groupOf(f, "g2").members = ["b1", "b3", "b4"];
    groupOf(f, "g1").members.push("b2");
    const split = check(f.input, f.result).violations.filter((v) => v.rule === "together_split");
    expect(split).toEqual([expect.objectContaining({ candidateIds: expect.arrayContaining(["b1", "b2"]) as unknown })]);
    expect(split[0]?.candidateIds).toHaveLength(2);
  });

  it("a together link to an id that is no candidate is ignored, even when that id appears in the result", () => {
    const f = withVenues();
    person(f, "a1").together = ["ghost"];
    f.result.waitlist.push(waiting("ghost"));
    expect(rules(f)).toEqual(["candidate_invented"]);
  });

  it("a person's first appearance places them: a later doubled appearance is candidate_duplicated, not a split", () => {
    const inGroups = withVenues();
    person(inGroups, "a1").together = ["a2"];
    groupOf(inGroups, "g2").members = ["b1", "b2", "b3", "a1"];
    inGroups.result.waitlist.push(waiting("b4"));
    expect(rules(inGroups)).not.toContain("together_split");
    expect(rules(inGroups)).toContain("candidate_duplicated");
    const waitingToo = withVenues();
    person(waitingToo, "a1").together = ["a2"];
    waitingToo.result.waitlist.push(waiting("a1"));
    expect(rules(waitingToo)).toEqual(["candidate_duplicated"]);
  });

  it("a family member missing from the result is candidate_lost, not a split", () => {
    const f = withVenues();
    person(f, "a1").together = ["a2"];
    groupOf(f, "g1").members = ["a1", "a3", "a4"];
    expect(rules(f)).toEqual(["candidate_lost"]);
  });

  it("a group whose id is 'waitlist' is still a group: a family split between it and the waitlist is reported", () => {
    const f = withVenues();
    f.input.policy = { ...f.input.policy, age: { minimum: 10, maxSpan: 100 } };
    person(f, "w1").together = ["a1"];
    groupOf(f, "g1").id = "waitlist";
    expect(check(f.input, f.result).violations).toEqual([
      { rule: "together_split", candidateIds: ["w1", "a1"], message: "2 together-linked candidate(s) are split across 2 places (waitlist, group waitlist): w1, a1" },
    ]);
  });
});

describe("closed existing groups", () => {
  it("a closed group that only lost a member breaks both existing_member_moved and closed_group_changed", () => {
    const f = withExistingGroups();
    groupOf(f, "c1").members = ["y1", "y2", "y3"];
    f.result.waitlist.push(waiting("y4"));
    expect(check(f.input, f.result).violations).toEqual([
      expect.objectContaining({ rule: "existing_member_moved", groupId: "c1", candidateIds: ["y4"] }),
      { rule: "closed_group_changed", groupId: "c1", candidateIds: ["y4"], message: "closed group c1 changed: 0 added, 1 removed" },
    ]);
  });

  it("a closed group missing from the result names all its members and says it is missing", () => {
    const f = withExistingGroups();
    f.result.groups = f.result.groups.filter((g) => g.id !== "c1");
    for (const id of ["y1", "y2", "y3", "y4"]) f.result.waitlist.push(waiting(id));
    expect(check(f.input, f.result).violations).toEqual([
      expect.objectContaining({ rule: "existing_member_moved", groupId: "c1", candidateIds: ["y1", "y2", "y3", "y4"] }),
      { rule: "closed_group_changed", groupId: "c1", candidateIds: ["y1", "y2", "y3", "y4"], message: "closed group c1 changed: is missing from the result" },
    ]);
  });
});
