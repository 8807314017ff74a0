/**
 * Warnings judge every existing group as the input gives it (RULES.md "Warnings"): also one the
 * result leaves out, in the result's member order, with what the input records (a group with no
 * slot or venue recorded is still judged by the rules about neither; a group without venues
 * keeps its own municipality), and each message is the rule's details behind one prefix.
 */
import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import type { ComposeWarning } from "../../src/model/result.js";
import { CANARY, groupOf, person, waiting, withExistingGroups, withoutVenues, type Fixture } from "./fixtures.js";

const warnings = (f: Fixture): ComposeWarning[] => check(f.input, f.result).warnings;

/** withExistingGroups with the closed group c1's members sixteen: it breaks ineligible_member as given. */
function youngC1(): Fixture {
  const f = withExistingGroups();
  for (const id of ["y1", "y2", "y3", "y4"]) person(f, id).age = 16;
  return f;
}

const inputGroup = (f: Fixture, id: string) => {
  const g = f.input.groups?.find((x) => x.id === id);
  if (g === undefined) throw new Error(`no input group ${id}`);
  return g;
};

describe("existing_group_breaks_rule", () => {
  it("names the members in the result's order and says the rule's details once, behind the group", () => {
    const f = youngC1();
    groupOf(f, "c1").members = ["y4", "y3", "y2", "y1"];
    expect(warnings(f)).toEqual([
      {
        code: "existing_group_breaks_rule",
        groupId: "c1",
        candidateIds: ["y4", "y3", "y2", "y1"],
        rule: "ineligible_member",
        message: "existing group c1 breaks ineligible_member as the input gives it, and is left as it is: member(s) y4, y3, y2, y1 not eligible to be placed (4 below minimum age 18)",
      },
    ]);
  });

  it("also judges an existing group the result leaves out", () => {
    const f = youngC1();
    f.result.groups = f.result.groups.filter((g) => g.id !== "c1");
    for (const id of ["y1", "y2", "y3", "y4"]) f.result.waitlist.push(waiting(id));
    expect(warnings(f).map((w) => [w.groupId, w.rule, w.candidateIds])).toEqual([["c1", "ineligible_member", ["y1", "y2", "y3", "y4"]]]);
  });

  it("judges a group that records neither slot nor venue by every rule about neither", () => {
    const f = youngC1();
    delete inputGroup(f, "c1").slot;
    delete inputGroup(f, "c1").venue;
    expect(warnings(f).map((w) => [w.groupId, w.rule])).toEqual([["c1", "ineligible_member"]]);
  });

  it("a warning about no particular people carries no candidateIds", () => {
    const f = withExistingGroups();
    f.input.policy = { ...f.input.policy, groupSize: { min: 2, max: 3, preferred: 3 } };
    groupOf(f, "e1").members = ["x1", "x2"];
    f.result.waitlist.push(waiting("x3"));
    expect(warnings(f)).toEqual([{ code: "existing_group_breaks_rule", groupId: "c1", rule: "group_size", message: "existing group c1 breaks group_size as the input gives it, and is left as it is: size 4 > max 3" }]);
  });
});

/** withoutVenues with h1 an existing group that records the town (or no municipality), returned unchanged. */
function existingWithoutVenues(municipality: string | undefined): Fixture {
  const f = withoutVenues();
  f.input.groups = [{ id: "h1", members: ["m1", "m2", "m3", "m4"], slot: CANARY.slot, ...(municipality === undefined ? {} : { municipality }) }];
  Object.assign(groupOf(f, "h1"), { existing: "h1", newMembers: [] });
  return f;
}

describe("an existing group without venues", () => {
  it("keeps its own municipality and breaks nothing there", () => {
    expect(check(existingWithoutVenues(CANARY.town).input, existingWithoutVenues(CANARY.town).result)).toEqual({ ok: true, violations: [], warnings: [] });
  });

  it("is warned when a member cannot reach the municipality it records, and not judged on a place it does not record", () => {
    const recorded = existingWithoutVenues(CANARY.town);
    person(recorded, "m4").maxTravelKm = 5;
    expect(warnings(recorded).map((w) => [w.groupId, w.rule, w.candidateIds])).toEqual([["h1", "unreachable", ["m4"]]]);
    const unrecorded = existingWithoutVenues(undefined);
    person(unrecorded, "m4").maxTravelKm = 5;
    expect(warnings(unrecorded)).toEqual([]);
  });
});

describe("together_split_by_input", () => {
  it("lists the family in the result's order, also when one of its groups is left out of the result", () => {
    const f = withExistingGroups();
    person(f, "x1").together = ["x2"];
    person(f, "x2").together = ["y1"];
    groupOf(f, "e1").members = ["x3", "x2", "x1"];
    const expected = { code: "together_split_by_input", candidateIds: ["x2", "x1", "y1"], rule: "together_split" };
    expect(warnings(f)).toEqual([expect.objectContaining(expected)]);
    f.result.groups = f.result.groups.filter((g) => g.id !== "c1");
    for (const id of ["y1", "y2", "y3", "y4"]) f.result.waitlist.push(waiting(id));
    expect(warnings(f).filter((w) => w.code === "together_split_by_input")).toEqual([expect.objectContaining(expected)]);
  });

  it("a person listed in two existing groups belongs to the first for the together rule", () => {
    const f = withExistingGroups();
    inputGroup(f, "e1").members.push("y1");
    person(f, "x1").together = ["y1"];
    expect(warnings(f).map((w) => w.code)).not.toContain("together_split_by_input");
  });
});
