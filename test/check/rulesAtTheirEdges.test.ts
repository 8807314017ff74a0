/**
 * The checker at the edges its code branches on (issue 17): people who are members of an existing
 * group but not candidates, ties, unknown venues, groups without a slot or a place. Each case is
 * one a plausible slip in the checker (a dropped `?.`, a `<` for a `<=`, a missing guard) would get
 * wrong.
 */
import { describe, expect, it } from "vitest";
import type { StarterInput, VenueInput } from "../../src/model/schemas.js";
import { TOWN, expected, plainGroup, plainPeople, plainPerson, plainPool, summary, violationsOf, type Plain } from "./plainPool.js";

/** A venue in the town at the plain point. */
function venue(id: string, extra: Partial<VenueInput> = {}): VenueInput {
  return { id, location: { municipality: TOWN, lat: 60, lon: 10 }, ...extra };
}

/** A starter in the town at the plain point. */
function starter(id: string, extra: Partial<StarterInput> = {}): StarterInput {
  return { id, location: { municipality: TOWN, lat: 60, lon: 10 }, ...extra };
}

/**
 * Open existing group e of p0 and "guest" (a member the input knows only from the group, not a
 * candidate), receiving p1 and p2, with every rule switched on that reads a member's fields.
 */
function withGuest(): Plain {
  const people = plainPeople(3, (i) => ({ gender: i === 1 ? "male" : "female", role: "relative", relation: "partner", availability: ["mon"], event: "ferry" }));
  const pool = plainPool(people, {
    gender: { mix: "require" },
    problem: { mode: "shared", neverMix: [["grief", "cancer"]] },
    relatives: { byPatientSetting: true },
    starters: { min: 0, max: 1, requireSharedExperience: true },
  });
  pool.input.venues = [venue("v", { offers: [], capacity: 4 })];
  pool.input.groups = [{ id: "e", members: ["p0", "guest"], closed: false, venue: "v", slot: "mon" }];
  pool.result.groups = [plainGroup("e", ["p0", "guest", "p1", "p2"], { existing: "e", venue: "v", slot: "mon" })];
  return pool;
}

/** The guest has no recorded location, so cannot reach the venue (RULES.md 14: reach is never assumed). */
const GUEST_UNREACHABLE = { rule: "unreachable", groupId: "e", candidateIds: ["guest"] } as const;

describe("a member of an existing group who is not a candidate", () => {
  it("breaks no rule about recorded fields in a group that received members; only reach, having no location", () => {
    expect(summary(violationsOf(withGuest()))).toEqual(expected({ ...GUEST_UNREACHABLE, candidateIds: ["guest"] }));
  });

  it("still counts towards the group's size and the venue's capacity", () => {
    const pool = withGuest();
    pool.input.policy = { ...pool.input.policy, groupSize: { min: 2, max: 3, preferred: 3 } };
    pool.input.venues = [venue("v", { capacity: 3 })];
    expect(summary(violationsOf(pool))).toEqual(expected({ rule: "group_size", groupId: "e" }, { rule: "venue_capacity", groupId: "e" }, { ...GUEST_UNREACHABLE, candidateIds: ["guest"] }));
  });

  it("under a single-gender problem counts as undisclosed", () => {
    const pool = withGuest();
    for (const p of pool.input.candidates) Object.assign(p, { problem: "breast-cancer", gender: "female" });
    pool.input.policy = { ...pool.input.policy, gender: { mix: "prefer" } };
    expect(summary(violationsOf(pool))).toEqual(expected({ rule: "single_gender", groupId: "e", candidateIds: ["guest"] }, { ...GUEST_UNREACHABLE, candidateIds: ["guest"] }));
  });
});

describe("ties and order", () => {
  it("an age span between tied youngest and tied oldest names the first of each", () => {
    const pool = plainPool(plainPeople(4, (i) => ({ age: [20, 40, 20, 40][i] })), { age: { maxSpan: 10 } });
    expect(violationsOf(pool)[0]?.candidateIds).toEqual(["p0", "p1"]);
  });

  it("an equal split of values names the members outside the value seen first", () => {
    const pool = plainPool(plainPeople(4, (i) => ({ problem: ["cancer", "grief", "grief", "cancer"][i] })));
    expect(violationsOf(pool)[0]?.candidateIds).toEqual(["p1", "p2"]);
  });
});

describe("rooms", () => {
  it("groups at a venue that does not exist break meeting_place, not venue_rooms", () => {
    const pool = plainPool(plainPeople(4, () => ({ availability: ["mon"] })));
    pool.input.venues = [venue("v")];
    pool.result.groups = [plainGroup("g", ["p0", "p1"], { venue: "nowhere", slot: "mon" }), plainGroup("h", ["p2", "p3"], { venue: "nowhere", slot: "mon" })];
    expect(summary(violationsOf(pool))).toEqual(expected({ rule: "meeting_place", groupId: "g" }, { rule: "meeting_place", groupId: "h" }));
  });

  it("an existing group left out of the result without a slot books no room, and the message counts each booking once", () => {
    const pool = plainPool(plainPeople(6, () => ({ availability: ["mon"] })), {}, ["p4", "p5"]);
    pool.input.venues = [venue("v")];
    pool.input.groups = [
      { id: "e", members: ["p2", "p3"], slot: "mon", venue: "v", closed: false },
      { id: "f", members: ["p4", "p5"], venue: "v", closed: false },
    ];
    pool.result.groups = [plainGroup("g", ["p0", "p1"], { venue: "v", slot: "mon" }), plainGroup("e", ["p2", "p3"], { existing: "e", venue: "v", slot: "mon" })];
    const violations = violationsOf(pool).filter((v) => v.rule === "venue_rooms");
    expect(violations.map((v) => v.message)).toEqual(["group g: venue v holds 2 groups in one slot (g, e) but has 1 room(s)"]);
  });
});

describe("starters", () => {
  it("a starter of a group without a place is not judged on reach (the group breaks meeting_place)", () => {
    const pool = plainPool(plainPeople(2), { starters: { min: 1, max: 1 } });
    pool.input.starters = [starter("s")];
    Object.assign(pool.result.groups[0] as object, { municipality: null, starters: ["s"] });
    expect(summary(violationsOf(pool))).toEqual(expected({ rule: "meeting_place", groupId: "g" }));
  });

  it("a starter in two groups without a slot, within maxGroups, is accepted", () => {
    const pool = plainPool(plainPeople(4), { starters: { min: 1, max: 1 }, slots: { required: false } });
    pool.input.starters = [starter("s", { maxGroups: 2 })];
    pool.result.groups = [plainGroup("g", ["p0", "p1"], { starters: ["s"] }), plainGroup("h", ["p2", "p3"], { starters: ["s"] })];
    expect(violationsOf(pool)).toEqual([]);
  });

  it("a starter who is not available in the group's slot is named in the message", () => {
    const pool = plainPool(plainPeople(2, () => ({ availability: ["mon", "tue"] })), { starters: { min: 1, max: 1 } });
    pool.input.starters = [starter("s", { availability: ["tue"] })];
    Object.assign(pool.result.groups[0] as object, { slot: "mon", starters: ["s"] });
    expect(violationsOf(pool).map((v) => v.message)).toEqual(["group g: starter s is not available in the group's slot"]);
    pool.input.starters = [starter("s2", { availability: ["tue"] })];
    Object.assign(pool.result.groups[0] as object, { starters: ["ghost"] });
    expect(violationsOf(pool).map((v) => v.message)).toEqual(["group g: starter ghost does not exist"]);
  });
});

describe("meeting place with venues", () => {
  it("an existing group without a venue of its own may meet at any venue once it receives members", () => {
    const pool = plainPool(plainPeople(3));
    pool.input.venues = [venue("v")];
    pool.input.groups = [{ id: "e", members: ["p0"], closed: false }];
    pool.result.groups = [plainGroup("e", ["p0", "p1", "p2"], { existing: "e", venue: "v" })];
    expect(violationsOf(pool)).toEqual([]);
  });

  it("without venues a group naming a venue is rejected with the venue named", () => {
    const pool = plainPool([plainPerson("p0"), plainPerson("p1")]);
    Object.assign(pool.result.groups[0] as object, { venue: "v" });
    expect(violationsOf(pool).map((v) => v.message)).toEqual(["group g: names venue v but the input has no venues"]);
  });

  it("a group at a venue that does not exist is rejected with the venue named", () => {
    const pool = plainPool([plainPerson("p0"), plainPerson("p1")]);
    pool.input.venues = [venue("v")];
    Object.assign(pool.result.groups[0] as object, { venue: "w" });
    expect(violationsOf(pool).map((v) => v.message)).toEqual(["group g: venue w does not exist"]);
  });
});

describe("messages and guards each rule branches on", () => {
  it("each at-most-one-value rule names its field in the message", () => {
    const role = plainPool(plainPeople(2, (i) => (i === 0 ? { role: "relative" } : {})));
    const relation = plainPool(plainPeople(2, (i) => ({ role: "relative", relation: i === 0 ? "partner" : "parent" })));
    const setting = plainPool(plainPeople(2, (i) => ({ role: "relative", problem: "stroke", patientSetting: i === 0 ? "home" : "institution" })));
    const event = plainPool(plainPeople(2, (i) => (i === 0 ? { event: "ferry" } : {})));
    expect([role, relation, setting, event].map((p) => violationsOf(p).map((v) => v.message))).toEqual([
      ["group g: 2 distinct role values (at most 1 allowed)"],
      ["group g: 2 distinct relation values (at most 1 allowed)"],
      ["group g: 2 distinct patient setting values (at most 1 allowed)"],
      ["group g: 2 distinct event values (at most 1 allowed)"],
    ]);
  });

  it("two values of one member each name the second member (the first seen is the majority)", () => {
    const pool = plainPool(plainPeople(2, (i) => ({ problem: i === 0 ? "grief" : "cancer" })));
    expect(violationsOf(pool)[0]?.candidateIds).toEqual(["p1"]);
  });

  it("an eligibility message lists only the kinds that occur", () => {
    const young = plainPool(plainPeople(2, (i) => ({ age: i === 0 ? 17 : 20 })));
    expect(violationsOf(young).map((v) => v.message)).toEqual(["group g: member(s) p0 not eligible to be placed (1 below minimum age 18)"]);
    const old = plainPool(plainPeople(2, (i) => ({ age: i === 0 ? 50 : 40 })), { age: { maximum: 45 } });
    expect(violationsOf(old).map((v) => v.message)).toEqual(["group g: member(s) p0 not eligible to be placed (1 above maximum age 45)"]);
  });

  it("a new group where nobody has an age breaks eligibility for everyone and no age span", () => {
    const people = plainPeople(2);
    for (const p of people) delete p.age;
    const violations = violationsOf(plainPool(people, { age: { maxSpan: 0 } }));
    expect(summary(violations)).toEqual(expected({ rule: "ineligible_member", groupId: "g", candidateIds: ["p0", "p1"] }));
    expect(violations[0]?.message).toBe("group g: member(s) p0, p1 not eligible to be placed (2 with age unknown)");
  });

  it("a group without a municipality (no venues) is told so, not that no member lives there", () => {
    const pool = plainPool(plainPeople(2));
    Object.assign(pool.result.groups[0] as object, { municipality: null });
    expect(violationsOf(pool).map((v) => v.message)).toEqual(["group g: has no municipality"]);
  });

  it("a group without a slot when one is required is told so", () => {
    const pool = plainPool(plainPeople(2, () => ({ availability: ["mon"] })));
    expect(violationsOf(pool).map((v) => v.message)).toEqual(["group g: has no slot"]);
  });

  it("a venue that does not list the group's slot is named", () => {
    const pool = plainPool(plainPeople(2, () => ({ availability: ["mon"] })));
    pool.input.venues = [venue("v", { slots: ["tue"] })];
    Object.assign(pool.result.groups[0] as object, { venue: "v", slot: "mon" });
    expect(violationsOf(pool).map((v) => v.message)).toEqual(["group g: venue v does not list the group's slot"]);
  });

  it("a starter with recorded availability suits a group without a slot", () => {
    const pool = plainPool(plainPeople(2), { starters: { min: 1, max: 1 }, slots: { required: false } });
    pool.input.starters = [starter("s", { availability: ["mon"] })];
    Object.assign(pool.result.groups[0] as object, { starters: ["s"] });
    expect(violationsOf(pool)).toEqual([]);
  });

  it("without venues, a group holding a member who is not a candidate meets where a candidate lives", () => {
    const pool = plainPool(plainPeople(3));
    pool.input.groups = [{ id: "e", members: ["guest", "p0"], closed: false }];
    pool.result.groups = [plainGroup("e", ["guest", "p0", "p1", "p2"], { existing: "e" })];
    expect(summary(violationsOf(pool))).toEqual(expected({ ...GUEST_UNREACHABLE, candidateIds: ["guest"] }));
  });

  it("a starter given to an existing group with a member who is not a candidate is a starter_count break, judged without throwing", () => {
    const pool = withGuest();
    pool.input.starters = [starter("s", { experience: ["grief"] })];
    Object.assign(pool.result.groups[0] as object, { starters: ["s"] });
    expect(summary(violationsOf(pool))).toEqual(expected({ rule: "starter_count", groupId: "e" }, { ...GUEST_UNREACHABLE, candidateIds: ["guest"] }));
  });
});

describe("labels that look like the checker's own placeholders", () => {
  it("an event that normalises to the empty label is still an event: its people do not meet people without one", () => {
    const pool = plainPool(plainPeople(2, (i) => (i === 0 ? { event: " " } : {})));
    expect(summary(violationsOf(pool))).toEqual(expected({ rule: "event_mixed", groupId: "g", candidateIds: ["p1"] }));
  });

  it("a problem labelled \"undefined\" in a never-mix pair binds only when its partner is present", () => {
    const pool = plainPool(plainPeople(2, () => ({ problem: "zebra" })), { problem: { mode: "cross", neverMix: [["undefined", "zebra"]] } });
    expect(violationsOf(pool)).toEqual([]);
  });

  it("an existing group left out of the result without a slot books no room, even beside a slot labelled \"undefined\"", () => {
    const pool = plainPool(plainPeople(4, () => ({ availability: ["undefined"] })), {}, ["p2", "p3"]);
    pool.input.venues = [venue("v")];
    pool.input.groups = [{ id: "f", members: ["p2", "p3"], venue: "v", closed: false }];
    Object.assign(pool.result.groups[0] as object, { members: ["p0", "p1"], venue: "v", slot: "undefined" });
    expect(violationsOf(pool).filter((v) => v.rule === "venue_rooms")).toEqual([]);
  });
});

describe("people with fields left blank", () => {
  it("a new member without a location in a group without venues cannot reach it, and is named (listed first, before anyone who lives there)", () => {
    const people = plainPeople(3);
    delete people[0]?.location;
    expect(summary(violationsOf(plainPool(people)))).toEqual(expected({ rule: "unreachable", groupId: "g", candidateIds: ["p0"] }));
  });

  it("a member without a problem is not a problem labelled \"undefined\" in a never-mix pair", () => {
    const people = plainPeople(2, () => ({ problem: "zebra" }));
    delete people[1]?.problem;
    expect(violationsOf(plainPool(people, { problem: { mode: "cross", neverMix: [["undefined", "zebra"]] } }))).toEqual([]);
  });
});
