import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import type { ComposedGroup, ComposeResult, WaitlistEntry } from "../../src/model/result.js";
import { withExistingGroups, withVenues, withoutVenues } from "./fixtures.js";

/** Ids drawn from the fixtures plus strangers, so arbitrary results hit known and unknown people. */
const id: fc.Arbitrary<string> = fc.constantFrom("a1", "a2", "a3", "a4", "b1", "b2", "w1", "m1", "m4", "x1", "x3", "y1", "z1", "s1", "s2", "v1", "e1", "c1", "g1", "ghost", "");
const label = fc.oneof(fc.constant(null), fc.constantFrom("canary-slot-zzq", "Canary Town ZZQ", "mon", ""), fc.string());

const groupArb: fc.Arbitrary<ComposedGroup> = fc.record({
  id,
  members: fc.array(id, { maxLength: 8 }),
  slot: label,
  venue: fc.oneof(fc.constant(null), id),
  municipality: label,
  starters: fc.array(id, { maxLength: 3 }),
  existing: fc.oneof(fc.constant(null), id),
  newMembers: fc.array(id, { maxLength: 3 }),
  metrics: fc.constant({ size: 0, ageSpan: 0, genders: { female: 0, male: 0, other: 0, undisclosed: 0 }, problems: [], maxTravelKm: 0, totalTravelKm: 0 }),
  score: fc.constant({ placed: 0, waiting: 0, ageSpan: 0, genderMix: 0, expectation: 0, sizeFromPreferred: 0, travel: 0 }),
});

const waitingArb: fc.Arbitrary<WaitlistEntry> = fc.record({
  candidateId: id,
  reasons: fc.array(fc.record({ code: fc.constant("not_selected" as const), message: fc.constant("waits") }), { maxLength: 1 }),
  suggestions: fc.constant([]),
});

const resultArb = (base: ComposeResult): fc.Arbitrary<ComposeResult> =>
  fc.record({
    groups: fc.array(groupArb, { maxLength: 5 }),
    waitlist: fc.array(waitingArb, { maxLength: 5 }),
  }).map(({ groups, waitlist }) => ({ ...base, groups, waitlist }));

describe("check never throws", () => {
  it.each([
    ["with venues", withVenues],
    ["without venues", withoutVenues],
    ["with existing groups", withExistingGroups],
  ])("on any well-typed result %s, and every lost, doubled or repeated id is reported", (_name, fixture) => {
    const f = fixture();
    fc.assert(
      fc.property(resultArb(f.result), (result) => {
        const report = check(f.input, result);
        // An oracle computed here, not from the report: who appears how often, which ids repeat.
        const seen = new Map<string, number>();
        for (const id of [...result.groups.flatMap((g) => g.members), ...result.waitlist.map((w) => w.candidateId)]) seen.set(id, (seen.get(id) ?? 0) + 1);
        const named = (rule: string): Set<string> => new Set(report.violations.filter((v) => v.rule === rule).flatMap((v) => v.candidateIds ?? []));
        const lost = f.input.candidates.map((c) => c.id).filter((id) => !seen.has(id));
        const doubled = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
        expect([...named("candidate_lost")].sort()).toEqual(lost.sort());
        expect([...named("candidate_duplicated")].sort()).toEqual(doubled.sort());
        const groupIds = result.groups.map((g) => g.id);
        const repeated = [...new Set(groupIds.filter((g, i) => groupIds.indexOf(g) !== i))];
        const reportedRepeats = report.violations.filter((v) => v.rule === "duplicate_group_id" && v.message.startsWith("group id")).map((v) => v.groupId);
        expect(reportedRepeats.sort()).toEqual(repeated.sort());
        if (lost.length + doubled.length + repeated.length > 0) expect(report.ok).toBe(false);
        // Every group a violation names is a result group, an input existing group, or one a result group claims to continue.
        const groups = new Set([...groupIds, ...(f.input.groups ?? []).map((g) => g.id), ...result.groups.flatMap((g) => (g.existing == null ? [] : [g.existing]))]);
        for (const v of report.violations) {
          if (v.groupId !== undefined) expect(groups).toContain(v.groupId);
          expect(v.message).not.toBe("");
          expect(v.message).not.toMatch(/zzq/i);
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("on any input value at all, and an input that does not parse is one invalid_input violation", () => {
    const f = withVenues();
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const report = check(input, f.result);
        // fc.anything() never draws a valid pool (it has no candidates list of valid people).
        expect(report.ok).toBe(false);
        expect(report.violations.map((v) => v.rule)).toEqual(["invalid_input"]);
        expect(report.violations[0]?.message).toMatch(/^input does not parse at: \S/);
        expect(report.warnings).toEqual([]);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
