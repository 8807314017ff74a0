import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GroupingState, closeEnough } from "../../src/mdgp/groupingState.js";
import { randomFeasibleAssignment, solveMdgp } from "../../src/mdgp/solveMdgp.js";
import type { MdgpInstance } from "../../src/mdgp/solveMdgp.js";
import { Random } from "../../src/core/random.js";

/** A small feasible instance: sizes of a random partition, loosened into bounds. */
const instanceArb = fc
  .record({
    n: fc.integer({ min: 2, max: 14 }),
    m: fc.integer({ min: 1, max: 5 }),
    integral: fc.boolean(),
    seed: fc.integer({ min: 0, max: 0x7fffffff }),
    slack: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ n, m, integral, seed, slack }): MdgpInstance => {
    const rng = new Random(seed);
    const groups = Math.min(m, n);
    const d = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const v = integral ? rng.nextInt(101) : rng.nextFloat() * 100 - 20;
        d[i * n + j] = v;
        d[j * n + i] = v;
      }
    }
    const sizes = new Int32Array(groups).fill(1);
    for (let k = groups; k < n; k++) sizes[rng.nextInt(groups)]!++;
    const lower = sizes.map((s) => Math.max(0, s - rng.nextInt(slack + 1)));
    const upper = sizes.map((s) => s + rng.nextInt(slack + 1));
    return { n, d, lower, upper };
  });

const movesArb = fc.array(
  fc.record({ relocate: fc.boolean(), a: fc.nat(), b: fc.nat() }),
  { minLength: 1, maxLength: 40 },
);

describe("incrementalScoreEqualsFullScore", () => {
  it("after every relocate and swap, the incremental objective and gamma equal a recomputation", () => {
    fc.assert(
      fc.property(instanceArb, movesArb, fc.integer(), (instance, moves, seed) => {
        const state = new GroupingState(instance);
        state.load(randomFeasibleAssignment(instance, new Random(seed)));
        state.assertConsistent("load");
        for (const move of moves) {
          const i = move.a % instance.n;
          if (move.relocate) {
            const g = move.b % state.m;
            if (!state.canRelocate(i, g)) continue;
            const expected = state.objective + state.relocateDelta(i, g);
            state.applyRelocate(i, g);
            expect(closeEnough(state.objective, expected)).toBe(true);
          } else {
            const j = move.b % instance.n;
            if (state.groupOf[i] === state.groupOf[j]) continue;
            const expected = state.objective + state.swapDelta(i, j);
            state.applySwap(i, j);
            expect(closeEnough(state.objective, expected)).toBe(true);
          }
          expect(closeEnough(state.objective, state.recomputeObjective())).toBe(true);
          state.assertConsistent("move");
        }
      }),
      { numRuns: 600 },
    );
  });

  it("assert mode runs clean (every move, perturbation and crossover rechecked from scratch)", () => {
    fc.assert(
      fc.property(instanceArb, fc.integer({ min: 0, max: 1000 }), (instance, seed) => {
        const result = solveMdgp(instance, { seed, maxIterations: 300, assert: true });
        const state = new GroupingState(instance);
        state.load(result.groupOf);
        expect(closeEnough(result.objective, state.recomputeObjective())).toBe(true);
        // The search lets sizes match the bounds in any order; the answer is renamed onto its own bounds.
        state.size.forEach((s, g) => {
          expect(s).toBeGreaterThanOrEqual(instance.lower[g]!);
          expect(s).toBeLessThanOrEqual(instance.upper[g]!);
        });
      }),
      { numRuns: 150 },
    );
  });

  it("assert mode runs clean on mid-sized instances (cached, pruned swap scan equals a full scan)", () => {
    for (const [seed, integral] of [[1, true], [2, false], [3, true]] as const) {
      const rng = new Random(seed);
      const n = 40;
      const d = new Float64Array(n * n);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const v = integral ? rng.nextInt(101) : rng.nextFloat() * 100;
          d[i * n + j] = v;
          d[j * n + i] = v;
        }
      }
      const instance: MdgpInstance = {
        n,
        d,
        lower: Int32Array.from([6, 7, 8, 5, 6]),
        upper: Int32Array.from([9, 10, 8, 9, 8]),
      };
      const result = solveMdgp(instance, { seed, maxIterations: 1500, assert: true });
      expect(result.stoppedBy).toBe("iterations");
    }
  });
});
