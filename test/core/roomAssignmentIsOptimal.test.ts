import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignRooms, type RoomChoice } from "../../src/core/roomAssignment.js";

/**
 * The last pass gives groups rooms by an exact assignment. Judged against enumeration of every
 * assignment on small random cases: the answer keeps within the rooms, its total equals the best
 * total there is, and it is null exactly when no assignment exists.
 */
interface Case {
  choices: RoomChoice[];
  rooms: number[];
}

const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({
    optionCount: fc.integer({ min: 1, max: 5 }),
    groups: fc.array(fc.record({ picks: fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 4 }), values: fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 4, maxLength: 4 }) }), {
      minLength: 1,
      maxLength: 8,
    }),
    rooms: fc.array(fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 2 }) }, { weight: 1, arbitrary: fc.constant(Number.POSITIVE_INFINITY) }), { minLength: 5, maxLength: 5 }),
  })
  .map(({ optionCount, groups, rooms }) => ({
    rooms,
    choices: groups.map(({ picks, values }) => {
      const options = Int32Array.from(new Set(picks.map((p) => p % optionCount))).sort();
      // Values with fractions, as travel gives, so ties are rare but possible.
      return { options, values: Float64Array.from(options, (_, k) => values[k]! + 0.25 * (k % 3)) };
    }),
  }));

/** Best total over every assignment within the rooms, or null when none exists. */
function bruteForceBest({ choices, rooms }: Case): number | null {
  let best: number | null = null;
  const used = new Map<number, number>();
  const visit = (g: number, total: number): void => {
    if (g === choices.length) {
      if (best === null || total > best) best = total;
      return;
    }
    const { options, values } = choices[g]!;
    options.forEach((o, k) => {
      if ((used.get(o) ?? 0) >= rooms[o]!) return;
      used.set(o, (used.get(o) ?? 0) + 1);
      visit(g + 1, total + values[k]!);
      used.set(o, used.get(o)! - 1);
    });
  };
  visit(0, 0);
  return best;
}

describe("roomAssignmentIsOptimal", () => {
  it("equals the best assignment by enumeration, within the rooms, on 10,000 small cases", () => {
    let solved = 0;
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const assigned = assignRooms(c.choices, (o) => c.rooms[o]!);
        const best = bruteForceBest(c);
        if (best === null) {
          expect(assigned).toBeNull();
          return;
        }
        expect(assigned).not.toBeNull();
        solved += 1;
        const held = new Map<number, number>();
        let total = 0;
        c.choices.forEach(({ options, values }, g) => {
          const o = assigned![g]!;
          const k = options.indexOf(o);
          expect(k).toBeGreaterThanOrEqual(0);
          total += values[k]!;
          held.set(o, (held.get(o) ?? 0) + 1);
        });
        for (const [o, count] of held) expect(count).toBeLessThanOrEqual(c.rooms[o]!);
        expect(total).toBeCloseTo(best, 9);
      }),
      { numRuns: 10_000 },
    );
    // Not vacuous: most cases have an assignment.
    expect(solved).toBeGreaterThan(3_000);
  });
});
