/**
 * The group rules in both directions (issue 17): a result that breaks a rule, in each way it can
 * be broken, is rejected naming the right group and people; the boundary case that just meets it
 * is accepted. Member order and values are drawn, so a fixture's order cannot hide a bug (an age
 * span taken from the first and last member, a never-mix pair only matched one way round).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CandidateInput } from "../../src/model/schemas.js";
import { expected, plainGroup, plainPeople, plainPerson, plainPool, summary, violationsOf } from "./plainPool.js";

/** Runs of each property: the drawn domains are small (ages, sizes, orders), so 40 runs cover them and keep a mutation run cheap. */
const RUNS = { numRuns: 40, seed: 17 } as const;

/** A permutation of 0..n-1 as a list of indices. */
const order = (n: number): fc.Arbitrary<number[]> =>
  fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n });

describe("group size (rule 1)", () => {
  it("a new group is rejected exactly when it is below groupSize.min or above groupSize.max", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 12 }), (min, extra, n) => {
        const max = min + extra;
        const pool = plainPool(plainPeople(n), { groupSize: { min, max, preferred: min } });
        const breaks = n < min || n > max;
        const violations = violationsOf(pool);
        expect(summary(violations)).toEqual(breaks ? expected({ rule: "group_size", groupId: "g" }) : []);
        if (breaks) expect(violations[0]?.message).toBe(`group g: size ${n < min ? `${n} < min ${min}` : `${n} > max ${max}`}`);
      }),
      RUNS,
    );
  });

  it("an open existing group that received members is rejected exactly when above groupSize.max, never for being below min", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 2, max: 8 }), (kept, added, max) => {
        const people = plainPeople(kept + added);
        const pool = plainPool(people, { groupSize: { min: Math.min(8, max), max, preferred: max } });
        const original = people.slice(0, kept).map((p) => p.id);
        pool.input.groups = [{ id: "e", members: original, closed: false, municipality: "plain-town" }];
        pool.result.groups = [plainGroup("e", people.map((p) => p.id), { existing: "e" })];
        const n = kept + added;
        expect(summary(violationsOf(pool))).toEqual(n > max ? expected({ rule: "group_size", groupId: "e" }) : []);
      }),
      RUNS,
    );
  });
});

describe("eligibility (who may be placed)", () => {
  it("a new member is rejected exactly when below age.minimum or above age.maximum, naming only them", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 130 }),
        fc.integer({ min: 0, max: 3 }),
        (minimum, range, age, at) => {
          const maximum = minimum + range;
          // The others sit inside the range; the tested member is placed at any position.
          const people = plainPeople(4, (i) => ({ age: i === at ? age : minimum }));
          const pool = plainPool(people, { age: { minimum, maximum, maxSpan: 130 } });
          const breaks = age < minimum || age > maximum;
          expect(summary(violationsOf(pool))).toEqual(breaks ? expected({ rule: "ineligible_member", groupId: "g", candidateIds: [`p${at}`] }) : []);
        },
      ),
      RUNS,
    );
  });

  it("without age.maximum any age from the minimum up is eligible", () => {
    const pool = plainPool(plainPeople(3, (i) => ({ age: [18, 130, 18][i] })), { age: { maxSpan: 130 } });
    expect(violationsOf(pool)).toEqual([]);
  });

  it("the message counts each kind of ineligibility separately and names the members", () => {
    const people = [plainPerson("young", { age: 10 }), plainPerson("old", { age: 90 }), plainPerson("blank", { age: undefined }), plainPerson("ok", { age: 40 })];
    delete people[2]?.age;
    const pool = plainPool(people, { age: { minimum: 18, maximum: 80, maxSpan: 130 } });
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "ineligible_member", groupId: "g", candidateIds: ["blank", "old", "young"] }));
    const message = violations[0]?.message ?? "";
    expect(message).toContain("group g:");
    expect(message).toContain("blank, young, old");
    expect(message).toContain("1 with age unknown; 1 below minimum age 18; 1 above maximum age 80");
  });

  it("a member of an existing group without an age is not ineligible, even when the result moves them (that is existing_member_moved)", () => {
    const people = plainPeople(4);
    delete people[0]?.age;
    const pool = plainPool(people);
    pool.input.groups = [{ id: "e", members: ["p0", "p1"], closed: false, municipality: "plain-town" }];
    pool.result.groups = [plainGroup("e", ["p1", "p2"], { existing: "e" }), plainGroup("g", ["p0", "p3"])];
    expect(summary(violationsOf(pool))).toEqual(expected({ rule: "existing_member_moved", groupId: "e", candidateIds: ["p0"] }));
  });
});

describe("age span (rule 2)", () => {
  it("a group is rejected exactly when its oldest and youngest are more than age.maxSpan apart, in any member order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 18, max: 90 }), { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 0, max: 40 }),
        fc.nat(),
        (ages, maxSpan, shuffleSeed) => {
          const people = ages.map((age, i) => plainPerson(`p${i}`, { age }));
          // Any order: the youngest and oldest need not be first and last.
          const perm = fc.sample(order(people.length), { seed: shuffleSeed, numRuns: 1 })[0] ?? [];
          const ordered = perm.map((i) => people[i] as CandidateInput);
          const pool = plainPool(ordered, { age: { maxSpan } });
          const span = Math.max(...ages) - Math.min(...ages);
          if (span <= maxSpan) {
            expect(violationsOf(pool)).toEqual([]);
            return;
          }
          // The first youngest and the first oldest in the group's order are named.
          const youngest = ordered.find((p) => p.age === Math.min(...ages))?.id ?? "";
          const oldest = ordered.find((p) => p.age === Math.max(...ages))?.id ?? "";
          const violations = violationsOf(pool);
          expect(summary(violations)).toEqual(expected({ rule: "age_span", groupId: "g", candidateIds: [youngest, oldest] }));
          expect(violations[0]?.candidateIds).toEqual([youngest, oldest]);
          expect(violations[0]?.message).toBe(`group g: age span ${span} > ${maxSpan} (between ${youngest} and ${oldest})`);
        },
      ),
      RUNS,
    );
  });

  it("the youngest in the middle of the group is found (not the first and last member)", () => {
    const pool = plainPool([plainPerson("mid", { age: 40 }), plainPerson("young", { age: 20 }), plainPerson("last", { age: 30 })], { age: { maxSpan: 15 } });
    expect(summary(violationsOf(pool))).toEqual(expected({ rule: "age_span", groupId: "g", candidateIds: ["mid", "young"] }));
  });

  it("a member of an existing group without an age does not count towards the span", () => {
    const people = [plainPerson("p0"), plainPerson("p1", { age: 20 }), plainPerson("p2", { age: 35 })];
    delete people[0]?.age;
    const pool = plainPool(people, { age: { maxSpan: 15 } });
    pool.input.groups = [{ id: "e", members: ["p0"], closed: false, municipality: "plain-town" }];
    pool.result.groups = [plainGroup("e", ["p0", "p1", "p2"], { existing: "e" })];
    expect(violationsOf(pool)).toEqual([]);
  });
});

describe("never mix (rule 4)", () => {
  it("a group holding both problems of a never-mix pair is rejected, whichever way round the pair is listed and the members ordered", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.nat(), fc.boolean(), (reversed, shuffleSeed, withBystander) => {
        const people = [plainPerson("a", { problem: "alpha" }), plainPerson("b", { problem: "beta" }), plainPerson("c", { problem: withBystander ? "gamma" : "alpha" })];
        const perm = fc.sample(order(3), { seed: shuffleSeed, numRuns: 1 })[0] ?? [];
        const ordered = perm.map((i) => people[i] as CandidateInput);
        const pair: [string, string] = reversed ? ["beta", "alpha"] : ["alpha", "beta"];
        const pool = plainPool(ordered, { problem: { mode: "cross", neverMix: [pair] } });
        const named = withBystander ? ["a", "b"] : ["a", "b", "c"];
        const violations = violationsOf(pool);
        expect(summary(violations)).toEqual(expected({ rule: "never_mix", groupId: "g", candidateIds: named }));
        // People are named in the group's order.
        expect(violations[0]?.candidateIds).toEqual(ordered.map((p) => p.id).filter((id) => named.includes(id)));
        expect(violations[0]?.message).toBe("group g: 1 never-mix problem pair(s) present");
      }),
      RUNS,
    );
  });

  it("two never-mix pairs in one group are both counted", () => {
    const people = [plainPerson("a", { problem: "alpha" }), plainPerson("b", { problem: "beta" }), plainPerson("c", { problem: "gamma" })];
    const pool = plainPool(people, { problem: { mode: "cross", neverMix: [["alpha", "beta"], ["gamma", "alpha"]] } });
    const violations = violationsOf(pool);
    expect(summary(violations)).toEqual(expected({ rule: "never_mix", groupId: "g", candidateIds: ["a", "b", "c"] }));
    expect(violations[0]?.message).toBe("group g: 2 never-mix problem pair(s) present");
  });

  it("a pair [a, a] means nothing, and problems outside every pair may meet", () => {
    const people = [plainPerson("a", { problem: "alpha" }), plainPerson("b", { problem: "alpha" }), plainPerson("c", { problem: "gamma" }), plainPerson("d")];
    delete people[3]?.problem;
    const pool = plainPool(people, { problem: { mode: "cross", neverMix: [["alpha", "alpha"], ["beta", "gamma"]] } });
    expect(violationsOf(pool)).toEqual([]);
  });
});

describe("single gender (rule 5)", () => {
  it("one member with a single-gender problem binds the whole group (any member, not every member)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.nat(), (at, shuffleSeed) => {
        const genders = ["female", "female", "female", "male"] as const;
        const people = plainPeople(4, (i) => ({ gender: genders[i], problem: i === at ? "breast-cancer" : "grief" }));
        const perm = fc.sample(order(4), { seed: shuffleSeed, numRuns: 1 })[0] ?? [];
        const pool = plainPool(perm.map((i) => people[i] as CandidateInput), { problem: { mode: "cross" } });
        expect(summary(violationsOf(pool))).toEqual(expected({ rule: "single_gender", groupId: "g", candidateIds: ["p3"] }));
      }),
      RUNS,
    );
  });

  it("a mixed group where nobody has a single-gender problem is accepted, and so is one gender with the problem", () => {
    const mixed = plainPool(plainPeople(4, (i) => ({ gender: i % 2 === 0 ? "female" : "male" })));
    expect(violationsOf(mixed)).toEqual([]);
    const single = plainPool(plainPeople(4, () => ({ gender: "female", problem: "breast-cancer" })));
    expect(violationsOf(single)).toEqual([]);
  });

  it("a member whose problem is unrecorded does not bind the group", () => {
    const people = plainPeople(2, (i) => ({ gender: i === 0 ? "female" : "male" }));
    delete people[0]?.problem;
    delete people[1]?.problem;
    expect(violationsOf(plainPool(people))).toEqual([]);
  });

  it("the members outside the largest gender are named, the first-seen gender winning a tie", () => {
    const people = plainPeople(4, (i) => ({ gender: (["male", "female", "female", "male"] as const)[i], problem: "breast-cancer" }));
    const violations = violationsOf(plainPool(people));
    expect(summary(violations)).toEqual(expected({ rule: "single_gender", groupId: "g", candidateIds: ["p1", "p2"] }));
    expect(violations[0]?.message).toBe("group g: single-gender group has 2 gender values");
  });
});

describe("required gender mix (rule 16)", () => {
  it("a group with two recorded genders is accepted; with one it is rejected naming everyone", () => {
    const two = plainPool(plainPeople(3, (i) => ({ gender: i === 2 ? "male" : "female" })), { gender: { mix: "require" } });
    expect(violationsOf(two)).toEqual([]);
    const one = plainPool(plainPeople(3, () => ({ gender: "female" })), { gender: { mix: "require" } });
    const violations = violationsOf(one);
    expect(summary(violations)).toEqual(expected({ rule: "gender_mix_required", groupId: "g", candidateIds: ["p0", "p1", "p2"] }));
    expect(violations[0]?.message).toBe("group g: 1 recorded gender(s) among its members (at least 2 required)");
  });

  it("one member with a single-gender problem exempts the group from the required mix, wherever they stand", () => {
    for (const at of [0, 1, 2]) {
      const people = plainPeople(3, (i) => ({ gender: "female", problem: i === at ? "breast-cancer" : "grief" }));
      expect(violationsOf(plainPool(people, { gender: { mix: "require" }, problem: { mode: "cross" } }))).toEqual([]);
    }
  });
});

describe("keep apart (rule 10)", () => {
  it("two members where one knows the other are rejected, whichever side lists it; a person listing themselves or an outsider is not", () => {
    for (const [from, to] of [["p0", "p2"], ["p2", "p0"]] as const) {
      const people = plainPeople(4, (i) => (`p${i}` === from ? { knows: [to, from, "outsider"] } : {}));
      people.push(plainPerson("outsider"));
      const violations = violationsOf(plainPool(people, {}, ["outsider"]));
      expect(summary(violations)).toEqual(expected({ rule: "keep_apart", groupId: "g", candidateIds: ["p0", "p2"] }));
      expect(violations[0]?.message).toBe("group g: 1 pair(s) of members who know each other");
    }
  });

  it("a pair listed by both sides counts once; keepApart off lets them meet", () => {
    const people = plainPeople(3, (i) => (i === 0 ? { knows: ["p1"] } : i === 1 ? { knows: ["p0"] } : {}));
    const violations = violationsOf(plainPool(people));
    expect(violations[0]?.message).toBe("group g: 1 pair(s) of members who know each other");
    expect(violationsOf(plainPool(people, { keepApart: false }))).toEqual([]);
  });
});

describe("at most one value (rules 3, 6-9)", () => {
  it("the members outside the most common value are named, whatever the order", () => {
    fc.assert(
      fc.property(fc.nat(), (shuffleSeed) => {
        const problems = ["grief", "cancer", "grief", "grief", "cancer"];
        const people = plainPeople(5, (i) => ({ problem: problems[i] }));
        const perm = fc.sample(order(5), { seed: shuffleSeed, numRuns: 1 })[0] ?? [];
        const violations = violationsOf(plainPool(perm.map((i) => people[i] as CandidateInput)));
        expect(summary(violations)).toEqual(expected({ rule: "shared_problem", groupId: "g", candidateIds: ["p1", "p4"] }));
        expect(violations[0]?.message).toBe("group g: 2 distinct problem values (at most 1 allowed)");
      }),
      RUNS,
    );
  });

  it("an unrecorded problem is a wildcard and cross mode switches the rule off", () => {
    const people = plainPeople(3, (i) => ({ problem: ["grief", "cancer", "grief"][i] }));
    delete people[1]?.problem;
    expect(violationsOf(plainPool(people))).toEqual([]);
    const two = plainPeople(2, (i) => ({ problem: ["grief", "cancer"][i] }));
    expect(violationsOf(plainPool(two, { problem: { mode: "cross" } }))).toEqual([]);
  });

  it("roles separate off lets roles meet; on, a relative beside an unrecorded role is rejected", () => {
    const people = plainPeople(3, (i) => (i === 0 ? { role: "relative" } : {}));
    expect(summary(violationsOf(plainPool(people)))).toEqual(expected({ rule: "roles_mixed", groupId: "g", candidateIds: ["p0"] }));
    expect(violationsOf(plainPool(people, { roles: { separate: false } }))).toEqual([]);
  });

  it("relations bind only members whose role is listed, and byRelation off binds nobody", () => {
    const people = plainPeople(3, (i) => ({ role: "relative", relation: (["partner", "parent", "partner"] as const)[i] }));
    expect(summary(violationsOf(plainPool(people)))).toEqual(expected({ rule: "relation_mixed", groupId: "g", candidateIds: ["p1"] }));
    expect(violationsOf(plainPool(people, { relatives: { byRelation: false } }))).toEqual([]);
    const selves = plainPeople(3, (i) => ({ relation: (["partner", "parent", "partner"] as const)[i] }));
    expect(violationsOf(plainPool(selves))).toEqual([]);
  });

  it("patient setting binds the listed problem areas, every area with true, nobody with false", () => {
    const stroke = plainPeople(3, (i) => ({ role: "relative", problem: "stroke", patientSetting: (["home", "institution", "home"] as const)[i] }));
    expect(summary(violationsOf(plainPool(stroke)))).toEqual(expected({ rule: "patient_setting_mixed", groupId: "g", candidateIds: ["p1"] }));
    expect(violationsOf(plainPool(stroke, { relatives: { byPatientSetting: false } }))).toEqual([]);
    const grief = plainPeople(3, (i) => ({ role: "relative", patientSetting: (["home", "institution", "home"] as const)[i] }));
    expect(violationsOf(plainPool(grief))).toEqual([]);
    expect(summary(violationsOf(plainPool(grief, { relatives: { byPatientSetting: true } })))).toEqual(
      expected({ rule: "patient_setting_mixed", groupId: "g", candidateIds: ["p1"] }),
    );
    // A member without a problem is bound only when every area is.
    const blank = plainPeople(2, (i) => ({ role: "relative", patientSetting: (["home", "institution"] as const)[i] }));
    for (const p of blank) delete p.problem;
    expect(violationsOf(plainPool(blank))).toEqual([]);
    expect(violationsOf(plainPool(blank, { relatives: { byPatientSetting: true } })).map((v) => v.rule)).toEqual(["patient_setting_mixed"]);
  });

  it("events shared off lets people of different events meet", () => {
    const people = plainPeople(2, (i) => (i === 0 ? { event: "ferry" } : {}));
    expect(violationsOf(plainPool(people)).map((v) => v.rule)).toEqual(["event_mixed"]);
    expect(violationsOf(plainPool(people, { events: { shared: false } }))).toEqual([]);
  });
});
