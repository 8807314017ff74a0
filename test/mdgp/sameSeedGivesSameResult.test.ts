import { describe, expect, it } from "vitest";
import { solveMdgp } from "../../src/mdgp/solveMdgp.js";
import { MDGP_TEST_DIR, readMdgpFile } from "../../bench/mdgpInstances.js";

describe("sameSeedGivesSameResult", () => {
  for (const name of ["RanReal_n120_ds_01", "RanInt_n120_ss_01"]) {
    it(`${name}: same seed and maxIterations give an identical result`, () => {
      const { instance } = readMdgpFile(name, MDGP_TEST_DIR);
      const run = (seed: number) => solveMdgp(instance, { seed, maxIterations: 4000 });
      const a = run(7);
      const b = run(7);
      expect(Array.from(b.groupOf)).toEqual(Array.from(a.groupOf));
      expect(b.objective).toBe(a.objective);
      expect(b.iterations).toBe(a.iterations);
      expect(b.iterationsToBest).toBe(a.iterationsToBest);
      expect(a.stoppedBy).toBe("iterations");
      expect(a.iterations).toBe(4000);
    });
  }
});
