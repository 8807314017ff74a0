import { describe, expect, it } from "vitest";
import { solveMdgp } from "../../src/mdgp/solveMdgp.js";
import { MDGP_TEST_DIR, listMdgpInstances, readBestKnown, readMdgpFile, sizeOfName, validateMdgpAnswer } from "../../bench/mdgpInstances.js";

const bestKnown = readBestKnown(MDGP_TEST_DIR);
const small = listMdgpInstances(MDGP_TEST_DIR).filter((name) => sizeOfName(name) <= 12);

describe("MDGPLIB n = 10 and 12 (proven optima)", () => {
  it("has the small instances on disk", () => {
    expect(small.length).toBeGreaterThanOrEqual(12);
  });
  for (const name of small) {
    it(`finds the optimum of ${name} within 20 000 iterations`, () => {
      const file = readMdgpFile(name, MDGP_TEST_DIR);
      const known = bestKnown.get(name);
      expect(known?.status).toBe("optimal");
      const result = solveMdgp(file.instance, { seed: 1, maxIterations: 20_000 });
      // The independent validator recomputes the objective from the raw pair list.
      const value = validateMdgpAnswer(file, result.groupOf, result.objective);
      expect(value).toBeCloseTo(known!.bestKnown, 3);
    });
  }
});
