import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SizeProfile } from "../../src/mdgp/sizeProfile.js";

/** Bounds for up to 5 groups and sizes around them. */
const caseArb = fc
  .array(fc.record({ lower: fc.integer({ min: 0, max: 6 }), width: fc.integer({ min: 0, max: 3 }), size: fc.integer({ min: 0, max: 9 }) }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((rows) => ({
    lower: Int32Array.from(rows.map((r) => r.lower)),
    upper: Int32Array.from(rows.map((r) => r.lower + r.width)),
    size: Int32Array.from(rows.map((r) => r.size)),
  }));

/** Every permutation of 0..m-1 (m <= 5), the brute-force oracle. */
function permutations(m: number): number[][] {
  if (m === 0) return [[]];
  const out: number[][] = [];
  for (const rest of permutations(m - 1)) {
    for (let k = 0; k <= rest.length; k++) out.push([...rest.slice(0, k), m - 1, ...rest.slice(k)]);
  }
  return out;
}

function someLabellingFits(lower: Int32Array, upper: Int32Array, size: Int32Array): boolean {
  return permutations(size.length).some((p) => p.every((label, g) => size[g]! >= lower[label]! && size[g]! <= upper[label]!));
}

describe("sizesFitIffSomeLabellingFits", () => {
  it("fits agrees with a search over all labellings, and labelling returns one that respects every bound", () => {
    fc.assert(
      fc.property(caseArb, ({ lower, upper, size }) => {
        const profile = new SizeProfile(lower, upper);
        const expected = someLabellingFits(lower, upper, size);
        expect(profile.fits(size)).toBe(expected);
        const label = profile.labelling(size);
        expect(label !== null).toBe(expected);
        if (label !== null) {
          expect([...label].sort((a, b) => a - b)).toEqual([...label.keys()]);
          label.forEach((l, g) => {
            expect(size[g]).toBeGreaterThanOrEqual(lower[l]!);
            expect(size[g]).toBeLessThanOrEqual(upper[l]!);
          });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("canShift and fillMovable agree with fits on the sizes after the move", () => {
    fc.assert(
      fc.property(caseArb, ({ lower, upper, size }) => {
        const profile = new SizeProfile(lower, upper);
        if (!profile.fits(size)) return;
        const m = size.length;
        const movable = new Uint8Array(m * m);
        profile.fillMovable(size, movable);
        for (let a = 0; a < m; a++) {
          for (let b = 0; b < m; b++) {
            const after = Int32Array.from(size);
            after[a]!--;
            after[b]!++;
            const expected = a !== b && someLabellingFits(lower, upper, after);
            expect(profile.canShift(size, a, b)).toBe(expected);
            expect(movable[a * m + b]).toBe(expected ? 1 : 0);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("a group at its own upper bound may grow when another bound takes it over", () => {
    const profile = new SizeProfile(Int32Array.from([2, 2]), Int32Array.from([3, 5]));
    // Group 0 is full under its own bound 2..3, yet it may grow to 4 by taking bound 2..5.
    expect(profile.canShift(Int32Array.from([3, 3]), 1, 0)).toBe(true);
    expect(profile.labelling(Int32Array.from([4, 2]))).toEqual(Int32Array.from([1, 0]));
  });
});
