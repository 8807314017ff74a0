import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compose, ValidationError, type ComposeInput, type ComposeResult } from "../../src/index.js";
import { composeAsyncFromSources } from "../helpers/workerFromSources.js";
import { generatePool } from "../helpers/pools.js";
import { GOLDEN_FIXTURES } from "../goldens/fixtures.js";

const examplePool = JSON.parse(readFileSync(new URL("../../examples/pool.json", import.meta.url), "utf8")) as ComposeInput;

/** The result as bytes, with the one figure allowed to differ between runs set aside. */
function bytes(result: ComposeResult): string {
  return JSON.stringify({ ...result, stats: { ...result.stats, elapsedMs: 0 } });
}

describe("workerResultEqualsSyncResult", () => {
  const cases: { name: string; input: ComposeInput; seed: number; maxIterations: number }[] = [
    { name: "the example pool", input: examplePool, seed: 7, maxIterations: 5_000 },
    { name: "generatePool(600, 3)", input: generatePool(600, 3), seed: 2, maxIterations: 20_000 },
    // Existing groups, required starters with shared experience, and the exact method's proof.
    ...GOLDEN_FIXTURES.filter((f) => ["n12-existing-open-closed", "n20-starters-required", "n120-starters-shared-experience", "n500-existing-and-starters"].includes(f.name)),
  ];
  for (const { name, input, seed, maxIterations } of cases) {
    it(`${name}: the worker's result equals compose's, byte for byte (seed ${seed}, maxIterations ${maxIterations})`, async () => {
      const options = { seed, maxIterations, timeLimitMs: 600_000 };
      const inWorker = await composeAsyncFromSources(input, { ...options, workers: 1 });
      const here = compose(input, options);
      expect(here.stats.stoppedBy).not.toBe("time");
      expect(bytes(inWorker)).toBe(bytes(here));
    });
  }

  it("in Norwegian too: the worker writes the texts of the locale it is given", async () => {
    const options = { seed: 7, maxIterations: 5_000, timeLimitMs: 600_000, locale: "nb" } as const;
    const inWorker = await composeAsyncFromSources(examplePool, { ...options, workers: 1 });
    expect(bytes(inWorker)).toBe(bytes(compose(examplePool, options)));
    expect(inWorker.waitlist[0]?.reasons[0]?.message).not.toBe(compose(examplePool, { ...options, locale: "en" }).waitlist[0]?.reasons[0]?.message);
  });

  // workers: 2 (a portfolio sharing its best) is tested in portfolioSharesItsBest.test.ts.

  it("workers out of range rejects with a ValidationError naming options.workers", async () => {
    for (const workers of [0, 1.5, 65]) {
      const rejected: unknown = await composeAsyncFromSources(examplePool, { workers }).catch((error: unknown) => error);
      expect(rejected).toBeInstanceOf(ValidationError);
      expect((rejected as ValidationError).issues.map((issue) => issue.path.join("."))).toEqual(["options.workers"]);
    }
  });

  it("bad input rejects with the ValidationError compose throws, issues and all", async () => {
    const input = { candidates: [{ id: "a" }, { id: "a" }] } as ComposeInput;
    const thrown = (() => {
      try {
        compose(input);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(ValidationError);
    const rejected: unknown = await composeAsyncFromSources(input).catch((error: unknown) => error);
    expect(rejected).toBeInstanceOf(ValidationError);
    expect((rejected as ValidationError).issues).toEqual((thrown as ValidationError).issues);
    // In Norwegian, the summary the calling thread rebuilds is Norwegian as well.
    const norwegian: unknown = await composeAsyncFromSources(input, { locale: "nb" }).catch((error: unknown) => error);
    expect((norwegian as ValidationError).message).toMatch(/^Ugyldige data: 1 feil/);
  });
});
