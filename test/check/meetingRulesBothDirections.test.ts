/**
 * Slot, place, reach, venues, rooms, starters, existing groups and membership in both
 * directions (issue 17): each way a rule can be broken is rejected naming the right group and
 * people; the boundary that just meets it is accepted.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ComposedGroup } from "../../src/model/result.js";
import type { StarterInput, VenueInput } from "../../src/model/schemas.js";
import { waiting } from "./fixtures.js";
import { OTHER_TOWN, TOWN, expected, plainGroup, plainPeople, plainPerson, plainPool, summary, violationsOf, type Plain } from "./plainPool.js";

const RUNS = { numRuns: 40, seed: 17 } as const;

/** A venue in the town at the plain point. */
function venue(id: string, extra: Partial<VenueInput> = {}): VenueInput {
  return { id, location: { municipality: TOWN, lat: 60, lon: 10 }, ...extra };
}

/** A starter in the town at the plain point. */
function starter(id: string, extra: Partial<StarterInput> = {}): StarterInput {
  return { id, location: { municipality: TOWN, lat: 60, lon: 10 }, ...extra };
}

/** Two groups g (p0-p2) and h (p3-p5), both at venue v unless told otherwise. */
function twoGroupsAtVenues(venues: VenueInput[] = [venue("v", { rooms: 2 })]): Plain {
  const pool = plainPool(plainPeople(6));
  pool.input.venues = venues;
  pool.result.groups = [plainGroup("g", ["p0", "p1", "p2"], { venue: "v" }), plainGroup("h", ["p3", "p4", "p5"], { venue: "v" })];
  return pool;
}

/** The two result groups of {@link twoGroupsAtVenues}. */
function bothGroups(pool: Plain): [ComposedGroup, ComposedGroup] {
  const [g, h] = pool.result.groups;
  if (g === undefined || h === undefined) throw new Error("expected two groups");
  return [g, h];
}

describe("existing groups keep their slot and place (rules 12, 13)", () => {
  /** An existing group e (p0-p2) at slot mon and venue v, returned unchanged; p3 waits. */
  function unchanged(): Plain {
    const pool = plainPool(plainPeople(4, () => ({ availability: ["mon", "tue"] })), {}, ["p3"]);
    pool.input.venues = [venue("v"), venue("w")];
    pool.input.groups = [{ id: "e", members: ["p0", "p1", "p2"], slot: "mon", venue: "v" }];
    pool.result.groups = [plainGroup("e", ["p0", "p1", "p2"], { existing: "e", slot: "mon", venue: "v" })];
    return pool;
  }

  it("an unchanged existing group returned as given is accepted", () => {
    expect(violationsOf(unchanged())).toEqual([]);
  });

  it("an unchanged existing group returned in another slot is rejected as common_slot", () => {
    const pool = unchanged();
    (pool.result.groups[0] as { slot: string }).slot = "tue";
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "common_slot", groupId: "e" }));
    expect(violations[0]?.message).toBe("group e: existing group e did not keep its slot");
  });

  it("an unchanged existing group returned at another venue is rejected as meeting_place", () => {
    const pool = unchanged();
    (pool.result.groups[0] as { venue: string }).venue = "w";
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "meeting_place", groupId: "e" }));
    expect(violations[0]?.message).toBe("group e: existing group e did not keep venue v");
  });

  it("slots not required: an existing group may change slot", () => {
    const pool = unchanged();
    pool.input.policy = { ...pool.input.policy, slots: { required: false } };
    (pool.result.groups[0] as { slot: string }).slot = "tue";
    expect(violationsOf(pool)).toEqual([]);
  });

  it("without venues an existing group keeps its municipality, even one no member lives in", () => {
    const pool = plainPool(plainPeople(3));
    pool.input.distances = [{ from: TOWN, to: OTHER_TOWN, km: 5 }];
    pool.input.groups = [{ id: "e", members: ["p0", "p1"], closed: false, municipality: OTHER_TOWN }];
    pool.result.groups = [plainGroup("e", ["p0", "p1", "p2"], { existing: "e", municipality: OTHER_TOWN })];
    expect(violationsOf(pool)).toEqual([]);
    (pool.result.groups[0] as { municipality: string }).municipality = TOWN;
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "meeting_place", groupId: "e" }));
    expect(violations[0]?.message).toBe("group e: existing group e did not keep its municipality");
  });

  it("without venues an existing group without a municipality meets where a member lives", () => {
    const pool = plainPool(plainPeople(3));
    pool.input.distances = [{ from: TOWN, to: OTHER_TOWN, km: 5 }];
    pool.input.groups = [{ id: "e", members: ["p0", "p1"], closed: false }];
    pool.result.groups = [plainGroup("e", ["p0", "p1", "p2"], { existing: "e", municipality: OTHER_TOWN })];
    expect(summary(violationsOf(pool))).toEqual(expected({ rule: "meeting_place", groupId: "e" }));
    (pool.result.groups[0] as { municipality: string }).municipality = TOWN;
    expect(violationsOf(pool)).toEqual([]);
  });

  it("one existing group continued by two result groups is rejected as duplicate_group_id; the second is judged as a new group", () => {
    const pool = plainPool(plainPeople(5));
    pool.input.groups = [{ id: "e", members: ["p0", "p1"], closed: false, municipality: TOWN }];
    pool.result.groups = [plainGroup("e", ["p0", "p1", "p2"], { existing: "e" }), plainGroup("f", ["p3", "p4"], { existing: "e" })];
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "duplicate_group_id", groupId: "e" }));
    expect(violations[0]?.message).toBe("existing group e is continued by 2 groups");
  });

  it("two result groups with one id are rejected once per id with the count", () => {
    const pool = plainPool(plainPeople(6));
    pool.result.groups = [plainGroup("g", ["p0", "p1"]), plainGroup("g", ["p2", "p3"]), plainGroup("g", ["p4", "p5"])];
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "duplicate_group_id", groupId: "g" }));
    expect(violations[0]?.message).toBe("group id g is used by 3 groups");
  });

  it("a result group naming an existing group that does not exist is judged as a new group", () => {
    const pool = plainPool(plainPeople(1));
    pool.result.groups = [plainGroup("g", ["p0"], { existing: "nowhere" })];
    expect(summary(violationsOf(pool))).toEqual(expected({ rule: "group_size", groupId: "g" }));
  });

  it("an existing group that lost a member is rejected naming them; a closed one that gained one names the newcomer", () => {
    const pool = plainPool(plainPeople(4));
    pool.input.groups = [{ id: "e", members: ["p0", "p1", "p2"], closed: true, municipality: TOWN }];
    pool.result.groups = [plainGroup("e", ["p0", "p1", "p3"], { existing: "e" })];
    pool.result.waitlist = [waiting("p2")];
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(
      expected({ rule: "existing_member_moved", groupId: "e", candidateIds: ["p2"] }, { rule: "closed_group_changed", groupId: "e", candidateIds: ["p2", "p3"] }),
    );
    expect(violations.map((v) => v.message)).toEqual(["existing group e lost members: 1 member(s) moved", "closed group e changed: 1 added, 1 removed"]);
  });

  it("an open existing group missing from the result is rejected as existing_member_moved only", () => {
    const pool = plainPool(plainPeople(2), {}, ["p0", "p1"]);
    pool.input.groups = [{ id: "e", members: ["p0", "p1"], closed: false, municipality: TOWN }];
    pool.result.groups = [];
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "existing_member_moved", groupId: "e", candidateIds: ["p0", "p1"] }));
    expect(violations[0]?.message).toBe("existing group e is not continued in the result: 2 member(s) moved");
  });
});

describe("common slot (rule 12)", () => {
  it("a slot every member lists is accepted; a member who does not list it is named", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.boolean(), (at, blank) => {
        const people = plainPeople(4, (i) => (i === at ? (blank ? {} : { availability: ["tue"] }) : { availability: ["mon", "tue"] }));
        const pool = plainPool(people);
        (pool.result.groups[0] as { slot: string }).slot = "mon";
        const violations = violationsOf(pool);
        if (blank) expect(violations).toEqual([]);
        else {
          expect(summary(violations)).toEqual(expected({ rule: "common_slot", groupId: "g", candidateIds: [`p${at}`] }));
          expect(violations[0]?.message).toBe("group g: 1 member(s) not available in the group's slot");
        }
      }),
      RUNS,
    );
  });

  it("with no slot named anywhere a group has none; naming one is rejected", () => {
    const pool = plainPool(plainPeople(2));
    expect(violationsOf(pool)).toEqual([]);
    (pool.result.groups[0] as { slot: string }).slot = "mon";
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "common_slot", groupId: "g" }));
    expect(violations[0]?.message).toBe("group g: has a slot but the slot universe is empty");
  });

  it("the slot universe takes venue slots and existing groups' slots too", () => {
    for (const where of ["venue", "group"] as const) {
      const pool = plainPool(plainPeople(4), {}, ["p3"]);
      pool.input.venues = [venue("v", where === "venue" ? { slots: ["fri"] } : {})];
      if (where === "group") pool.input.groups = [{ id: "e", members: ["p3"], slot: "fri", venue: "v" }];
      if (where === "group") {
        pool.result.waitlist = [];
        pool.result.groups.push(plainGroup("e", ["p3"], { existing: "e", slot: "fri", venue: "v" }));
      }
      (pool.result.groups[0] as { venue: string }).venue = "v";
      expect(summary(violationsOf(pool))).toEqual(expected({ rule: "common_slot", groupId: "g" }));
      (pool.result.groups[0] as { slot: string }).slot = "fri";
      // The existing group holds v's only room in fri: the new group may not meet there too.
      expect(summary(violationsOf(pool))).toEqual(where === "venue" ? [] : expected({ rule: "venue_rooms", groupId: "g" }));
    }
  });

  it("slots not required: no slot and any slot are accepted", () => {
    const pool = plainPool(plainPeople(2, () => ({ availability: ["mon"] })), { slots: { required: false } });
    expect(violationsOf(pool)).toEqual([]);
    (pool.result.groups[0] as { slot: string }).slot = "sun";
    expect(violationsOf(pool)).toEqual([]);
  });

  it("a slot outside slots.offered is rejected even when every member lists it", () => {
    const pool = plainPool(plainPeople(2, () => ({ availability: ["mon", "tue"] })), { slots: { offered: ["tue"] } });
    (pool.result.groups[0] as { slot: string }).slot = "mon";
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "common_slot", groupId: "g" }));
    expect(violations[0]?.message).toBe("group g: slot is not in the slot universe");
  });
});

describe("meeting place and reach (rules 13, 14)", () => {
  it("a group in a municipality no member lives in is rejected, even when everyone can reach it", () => {
    const pool = plainPool(plainPeople(2));
    pool.input.distances = [{ from: TOWN, to: OTHER_TOWN, km: 1 }];
    (pool.result.groups[0] as { municipality: string }).municipality = OTHER_TOWN;
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "meeting_place", groupId: "g" }));
    expect(violations[0]?.message).toBe("group g: municipality is not the municipality of any member");
  });

  it("a group without a venue when there are venues is rejected", () => {
    const pool = plainPool(plainPeople(2));
    pool.input.venues = [venue("v")];
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "meeting_place", groupId: "g" }));
    expect(violations[0]?.message).toBe("group g: has no venue");
  });

  it("reach is judged at the travel limit: exactly the distance is reachable, a little less is not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: -1, max: 1 }), (km, delta) => {
        const people = plainPeople(2, () => ({ location: { municipality: OTHER_TOWN }, maxTravelKm: km + delta }));
        people[0] = plainPerson("p0");
        const pool = plainPool(people);
        pool.input.distances = [{ from: OTHER_TOWN, to: TOWN, km }];
        const violations = violationsOf(pool);
        if (delta >= 0) expect(violations).toEqual([]);
        else {
          expect(summary(violations)).toEqual(expected({ rule: "unreachable", groupId: "g", candidateIds: ["p1"] }));
          expect(violations[0]?.message).toBe("group g: 1 member(s) cannot reach the group's municipality");
        }
      }),
      RUNS,
    );
  });

  it("the policy's default travel limit applies to a member without their own", () => {
    const people = [plainPerson("p0"), plainPerson("p1", { location: { municipality: OTHER_TOWN } })];
    const pool = plainPool(people, { travel: { defaultMaxKm: 10 } });
    pool.input.distances = [{ from: OTHER_TOWN, to: TOWN, km: 10 }];
    expect(violationsOf(pool)).toEqual([]);
    pool.input.policy = { ...pool.input.policy, travel: { defaultMaxKm: 9 } };
    expect(summary(violationsOf(pool))).toEqual(expected({ rule: "unreachable", groupId: "g", candidateIds: ["p1"] }));
  });

  it("a venue out of reach names the venue and the members who cannot reach it", () => {
    const pool = plainPool(plainPeople(3, (i) => (i === 1 ? { maxTravelKm: 1 } : {})));
    pool.input.venues = [venue("v", { location: { municipality: TOWN, lat: 60.1, lon: 10 } })];
    (pool.result.groups[0] as { venue: string }).venue = "v";
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "unreachable", groupId: "g", candidateIds: ["p1"] }));
    expect(violations[0]?.message).toBe("group g: 1 member(s) cannot reach venue v");
  });

  it("a venue's needs, capacity: the boundary is accepted, one over is rejected", () => {
    const pool = plainPool(plainPeople(3, (i) => (i === 2 ? { needs: ["ramp", "loop"] } : {})));
    pool.input.venues = [venue("v", { offers: ["ramp", "loop"], capacity: 3 })];
    (pool.result.groups[0] as { venue: string }).venue = "v";
    expect(violationsOf(pool)).toEqual([]);
    pool.input.venues = [venue("v", { offers: ["ramp"], capacity: 2 })];
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "venue_capacity", groupId: "g" }, { rule: "venue_needs", groupId: "g", candidateIds: ["p2"] }));
    expect(violations.map((v) => v.message).sort()).toEqual(["group g: 3 members > capacity 2 of venue v", "group g: venue v does not meet the needs of 1 member(s)"]);
    // A venue that records no offers meets no need.
    pool.input.venues = [venue("v")];
    expect(summary(violationsOf(pool))).toEqual(expected({ rule: "venue_needs", groupId: "g", candidateIds: ["p2"] }));
  });
});

describe("rooms (rule 13)", () => {
  it("groups at one venue in one slot are rejected exactly when they outnumber its rooms, each bound group named", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), (rooms, groups) => {
        const pool = plainPool(plainPeople(groups * 2, () => ({ availability: ["mon"] })));
        pool.input.venues = [venue("v", { rooms })];
        pool.result.groups = Array.from({ length: groups }, (_, i) => plainGroup(`g${i}`, [`p${2 * i}`, `p${2 * i + 1}`], { venue: "v", slot: "mon" }));
        const violations = violationsOf(pool);
        if (groups <= rooms) expect(violations).toEqual([]);
        else {
          expect(summary(violations)).toEqual(expected(...Array.from({ length: groups }, (_, i) => ({ rule: "venue_rooms" as const, groupId: `g${i}` }))));
          const ids = Array.from({ length: groups }, (_, i) => `g${i}`).join(", ");
          expect(violations[0]?.message).toBe(`group g0: venue v holds ${groups} groups in one slot (${ids}) but has ${rooms} room(s)`);
        }
      }),
      RUNS,
    );
  });

  it("groups in different slots or at different venues share no room; groups without a slot book none", () => {
    const pool = twoGroupsAtVenues([venue("v"), venue("w")]);
    for (const p of pool.input.candidates) p.availability = ["mon", "tue"];
    const [g, h] = bothGroups(pool);
    g.slot = "mon";
    h.slot = "tue";
    expect(violationsOf(pool)).toEqual([]);
    h.slot = "mon";
    h.venue = "w";
    expect(violationsOf(pool)).toEqual([]);
    pool.input.policy = { ...pool.input.policy, slots: { required: false } };
    h.venue = "v";
    g.slot = null;
    h.slot = null;
    expect(violationsOf(pool)).toEqual([]);
  });

  it("an existing group left out of the result still holds its room; an unchanged one in an over-full room is not blamed", () => {
    const pool = plainPool(plainPeople(4, () => ({ availability: ["mon"] })), {}, ["p2", "p3"]);
    pool.input.venues = [venue("v")];
    pool.input.groups = [{ id: "e", members: ["p2", "p3"], slot: "mon", venue: "v", closed: false }];
    (pool.result.groups[0] as { venue: string; slot: string }).venue = "v";
    (pool.result.groups[0] as { slot: string }).slot = "mon";
    expect(summary(violationsOf(pool))).toEqual(
      expected({ rule: "venue_rooms", groupId: "g" }, { rule: "existing_member_moved", groupId: "e", candidateIds: ["p2", "p3"] }),
    );
    pool.result.waitlist = [];
    pool.result.groups.push(plainGroup("e", ["p2", "p3"], { existing: "e", slot: "mon", venue: "v" }));
    expect(summary(violationsOf(pool))).toEqual(expected({ rule: "venue_rooms", groupId: "g" }));
  });
});

describe("starters (rule 15)", () => {
  it("a new group is rejected exactly when its distinct starters are fewer than starters.min or more than starters.max", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 5 }), (min, extra, n) => {
        const max = min + extra;
        const pool = plainPool(plainPeople(2), { starters: { min, max } });
        pool.input.starters = Array.from({ length: 5 }, (_, i) => starter(`s${i}`));
        (pool.result.groups[0] as { starters: string[] }).starters = Array.from({ length: n }, (_, i) => `s${i}`);
        const violations = violationsOf(pool);
        if (n >= min && n <= max) expect(violations).toEqual([]);
        else {
          expect(summary(violations)).toEqual(expected({ rule: "starter_count", groupId: "g" }));
          expect(violations[0]?.message).toBe(`group g: starters ${n < min ? `${n} < min ${min}` : `${n} > max ${max}`}`);
        }
      }),
      RUNS,
    );
  });

  it("a starter listed twice in a group is rejected once, and counted once", () => {
    const pool = plainPool(plainPeople(2), { starters: { min: 1, max: 1 } });
    pool.input.starters = [starter("s")];
    (pool.result.groups[0] as { starters: string[] }).starters = ["s", "s"];
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "starter_invalid", groupId: "g" }));
    expect(violations[0]?.message).toBe("group g: starter s is listed more than once");
  });

  it("a starter within maxGroups in different slots is accepted; one group over is rejected", () => {
    const pool = twoGroupsAtVenues();
    for (const p of pool.input.candidates) p.availability = ["mon", "tue"];
    pool.input.starters = [starter("s", { maxGroups: 2 })];
    const [g, h] = bothGroups(pool);
    g.slot = "mon";
    h.slot = "tue";
    g.starters = ["s"];
    h.starters = ["s"];
    expect(violationsOf(pool)).toEqual([]);
    pool.input.starters = [starter("s")];
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "starter_invalid" }));
    expect(violations[0]?.message).toBe("starter s is in 2 groups (g, h) > maxGroups 1");
    // Same slot: a second breach, reported even within maxGroups.
    pool.input.starters = [starter("s", { maxGroups: 2 })];
    h.slot = "mon";
    const same = violationsOf(pool);
    expect(same.map((v) => v.message)).toEqual(["starter s is in 2 groups with the same slot (g, h)"]);
  });

  it("a starter available in the group's slot and sharing every recorded problem is accepted; one member outside their experience is named", () => {
    const people = plainPeople(3, (i) => ({ problem: i === 1 ? "cancer" : "grief", availability: ["mon"] }));
    delete people[2]?.problem;
    const pool = plainPool(people, { problem: { mode: "cross" }, starters: { min: 1, max: 1, requireSharedExperience: true } });
    pool.input.starters = [starter("s", { availability: ["mon"], experience: ["grief", "cancer"] })];
    Object.assign(pool.result.groups[0] as object, { slot: "mon", starters: ["s"] });
    expect(violationsOf(pool)).toEqual([]);
    pool.input.starters = [starter("s", { availability: ["mon"], experience: ["grief"] })];
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "starter_invalid", groupId: "g", candidateIds: ["p1"] }));
    expect(violations[0]?.message).toBe("group g: starter s lacks the experience of 1 member(s)");
    // Not required: experience does not matter.
    pool.input.policy = { ...pool.input.policy, starters: { min: 1, max: 1 } };
    expect(violationsOf(pool)).toEqual([]);
  });

  it("a starter in a town with no known distance cannot reach the meeting place; one at the place with no availability can make any slot", () => {
    const pool = plainPool(plainPeople(2, () => ({ availability: ["mon"] })), { starters: { min: 1, max: 1 } });
    pool.input.starters = [{ id: "s", location: { municipality: OTHER_TOWN } }];
    Object.assign(pool.result.groups[0] as object, { slot: "mon", starters: ["s"] });
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "starter_invalid", groupId: "g" }));
    expect(violations[0]?.message).toBe("group g: starter s cannot reach the meeting place");
    pool.input.starters = [starter("s", { maxTravelKm: 0 })];
    expect(violationsOf(pool)).toEqual([]);
  });

  it("an existing group that received members is given no starter", () => {
    const pool = plainPool(plainPeople(3));
    pool.input.starters = [starter("s")];
    pool.input.groups = [{ id: "e", members: ["p0"], closed: false, municipality: TOWN }];
    pool.result.groups = [plainGroup("e", ["p0", "p1", "p2"], { existing: "e", starters: ["s"] })];
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "starter_count", groupId: "e" }));
    expect(violations[0]?.message).toBe("group e: existing group has 1 starter(s); existing groups get none");
  });
});

describe("membership", () => {
  it("each candidate placed or waiting exactly once is accepted; lost, doubled, invented and reasonless are each named", () => {
    const pool = plainPool(plainPeople(4), {}, ["p3"]);
    expect(violationsOf(pool)).toEqual([]);
    pool.result.groups[0]?.members.push("p3", "ghost");
    pool.result.waitlist = [waiting("p0"), { candidateId: "p1", reasons: [], suggestions: [] }, waiting("phantom")];
    (pool.result.groups[0] as { members: string[] }).members = ["p0", "p1", "p3", "ghost"];
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(
      expected(
        { rule: "candidate_invented", groupId: "g", candidateIds: ["ghost"] },
        { rule: "candidate_invented", candidateIds: ["phantom"] },
        { rule: "candidate_duplicated", candidateIds: ["p0"] },
        { rule: "candidate_duplicated", candidateIds: ["p1"] },
        { rule: "candidate_lost", candidateIds: ["p2"] },
        { rule: "waitlist_without_reason", candidateIds: ["p1"] },
      ),
    );
    expect(violations.map((v) => v.message)).toEqual([
      "group g: 1 member id(s) are not candidates: ghost",
      "waitlist: 1 id(s) are not candidates: phantom",
      "candidate p0 appears 2 times (g, waitlist)",
      "candidate p1 appears 2 times (g, waitlist)",
      "1 candidate(s) neither in a group nor waiting: p2",
      "waitlist entries without a reason: 1 (p1)",
    ]);
  });

  it("a family split between a group and the waitlist names every free member; a family all waiting is accepted", () => {
    const people = plainPeople(4, (i) => (i === 0 ? { together: ["p1", "p0"] } : i === 1 ? { together: ["p2"] } : {}));
    const pool = plainPool(people, {}, ["p2", "p3"]);
    pool.result.groups = [plainGroup("g", ["p0", "p1"])];
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "together_split", candidateIds: ["p0", "p1", "p2"] }));
    expect(violations[0]?.message).toBe("3 together-linked candidate(s) are split across 2 places (group g, waitlist): p0, p1, p2");
    pool.result.groups = [plainGroup("g", ["p3"])];
    pool.result.waitlist = ["p0", "p1", "p2"].map((id) => waiting(id));
    expect(summary(violationsOf(pool))).toEqual(expected({ rule: "group_size", groupId: "g" }));
  });
});
