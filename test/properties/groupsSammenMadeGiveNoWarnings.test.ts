import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, type ComposeInput, type ExistingGroupInput } from "../../src/index.js";
import { composeForTest } from "../helpers/composeOutcome.js";
import { poolArbitrary } from "../helpers/pools.js";

/**
 * Warnings are about the input, judged by the checker's own rules: a group sammen composed is
 * valid, so when a coordinator gives the groups of one run back as existing groups, as they
 * are (members, slot, venue, municipality), none of them breaks a rule as given. And `compose`
 * returns exactly the warnings `check` reports.
 */
describe("groupsSammenMadeGiveNoWarnings", () => {
  it("the groups of a run, given back as existing groups, give no warnings; compose and check agree", () => {
    let fedBack = 0;
    fc.assert(
      fc.property(poolArbitrary(), (pool) => {
        const { groups: _groups, ...fresh } = pool;
        const first = composeForTest(fresh);
        expect(first.warnings).toEqual([]);
        const groups: ExistingGroupInput[] = first.groups.map((g) => ({
          id: g.id,
          members: g.members,
          closed: true,
          ...(g.slot === null ? {} : { slot: g.slot }),
          ...(g.venue === null ? {} : { venue: g.venue }),
          ...(g.municipality === null ? {} : { municipality: g.municipality }),
        }));
        if (groups.length > 0) fedBack += 1;
        const again: ComposeInput = { ...fresh, groups };
        const second = composeForTest(again);
        expect(second.warnings).toEqual([]);
        expect(check(again, second)).toEqual({ ok: true, violations: [], warnings: [] });
      }),
      { numRuns: 200, seed: 16 },
    );
    // Not vacuous: with this seed, 88 of the 200 runs give groups back.
    expect(fedBack).toBeGreaterThan(50);
  });

  it("on pools whose existing groups were drawn at random, compose returns the checker's warnings", () => {
    let warned = 0;
    fc.assert(
      fc.property(poolArbitrary(), (pool) => {
        const result = composeForTest(pool);
        expect(result.warnings).toEqual(check(pool, result).warnings);
        if (result.warnings.length > 0) warned += 1;
        for (const w of result.warnings) {
          if (w.code === "existing_group_breaks_rule") expect(pool.groups?.map((g) => g.id)).toContain(w.groupId);
        }
      }),
      { numRuns: 200, seed: 16 },
    );
    // Not vacuous: with this seed, 87 of the 200 pools have existing groups that break a rule.
    expect(warned).toBeGreaterThan(40);
  });
});
