import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { check, compose, type ComposeInput } from "../../src/index.js";

/** Shrunk counterexamples from property runs, each kept with the seed that found it. */
interface Regression {
  found: string;
  invariant: string;
  input: ComposeInput;
  /** Work-bounded runs (in assert mode) that reproduced it, where the default run does not. */
  runs?: { seed: number; maxIterations: number }[];
}

const here = dirname(fileURLToPath(import.meta.url));
const cases = readdirSync(here)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => [file, JSON.parse(readFileSync(join(here, file), "utf8")) as Regression] as const);

describe("regressions: shrunk counterexamples stay fixed", () => {
  it.each(cases)("%s", (_file, regression) => {
    const results = [
      compose(regression.input, { seed: 7 }),
      ...(regression.runs ?? []).map((run) => compose(regression.input, { ...run, timeLimitMs: 600_000, assert: true })),
    ];
    for (const result of results) {
      expect(check(regression.input, result).violations).toEqual([]);
      const seen = [...result.groups.flatMap((g) => g.members), ...result.waitlist.map((w) => w.candidateId)].sort();
      expect(seen).toEqual(regression.input.candidates.map((c) => c.id).sort());
    }
  });
});
