/**
 * `sammen/lean` is `sammen` without the bundled MIP solver, and nothing else: the same exports
 * (the same values) but `compose` and `javascriptLpSolver`; its `compose` equals `sammen`'s with
 * `method: "search"` when given no solver, and `sammen`'s when given one; and its bundle holds no
 * javascript-lp-solver, which `sammen`'s does.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import type { ComposeInput, ComposeOptionsInput, ComposeResult } from "../../src/index.js";
import * as sammen from "../../src/index.js";
import * as lean from "../../src/lean.js";
import { OPTIMUM_CHECK_SEED } from "../helpers/fixedSeeds.js";
import { coursePool } from "../helpers/pools.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** A result as bytes, less the one figure that differs between two runs. */
const bytes = (result: ComposeResult): string => JSON.stringify({ ...result, stats: { ...result.stats, elapsedMs: 0 } });

/** Course lists small enough for the bundled solver in `auto` (10 people), on fixed seeds. */
const POOLS: { name: string; input: ComposeInput; seed: number }[] = [0, 1, 2].map((k) => ({
  name: `coursePool(10, ${k + 1})`,
  input: coursePool(10, k + 1),
  seed: OPTIMUM_CHECK_SEED + 150 + k,
}));

/** Work-bounded, so two runs replay exactly. */
const BOUND: ComposeOptionsInput = { maxIterations: 5_000, timeLimitMs: 600_000 };

describe("leanComposeLeavesOnlyTheBundledSolverOut", () => {
  it("sammen/lean exports sammen's values, but compose and javascriptLpSolver", () => {
    const shared = Object.keys(sammen).filter((name) => name !== "javascriptLpSolver");
    expect(Object.keys(lean).sort()).toEqual(shared.sort());
    for (const name of shared.filter((n) => n !== "compose")) expect(lean[name as keyof typeof lean], name).toBe(sammen[name as keyof typeof sammen]);
    expect(lean.compose).not.toBe(sammen.compose);
  });

  it.each(POOLS)("$name: without a mipSolver, auto and exact give the search's result; sammen's auto ran its bundled solver", ({ input, seed }) => {
    const search = bytes(sammen.compose(input, { ...BOUND, seed, method: "search" }));
    expect(bytes(lean.compose(input, { ...BOUND, seed }))).toBe(search);
    expect(bytes(lean.compose(input, { ...BOUND, seed, method: "exact" }))).toBe(search);
    expect(sammen.compose(input, { ...BOUND, seed }).stats.exact?.solver).toBe("javascript-lp-solver");
  });

  it.each(POOLS)("$name: with a mipSolver, the result of sammen's compose given the same solver", ({ input, seed }) => {
    for (const method of ["auto", "exact"] as const) {
      const options = { ...BOUND, seed, method };
      const given = lean.compose(input, { ...options, mipSolver: sammen.javascriptLpSolver(1_000) });
      expect(given.stats.exact?.solver).toBe("javascript-lp-solver");
      expect(bytes(given)).toBe(bytes(sammen.compose(input, { ...options, mipSolver: sammen.javascriptLpSolver(1_000) })));
    }
  });

  it("a browser bundle of sammen/lean's compose holds no javascript-lp-solver; sammen's does", async () => {
    const solverBytes = async (entry: string): Promise<number> => {
      const out = await build({
        stdin: { contents: `export { compose } from "./src/${entry}";`, resolveDir: ROOT, loader: "ts" },
        bundle: true,
        format: "esm",
        platform: "browser",
        write: false,
        metafile: true,
        external: ["highs"],
        logLevel: "error",
      });
      const inputs = Object.values(out.metafile.outputs).flatMap((output) => Object.entries(output.inputs));
      return inputs.filter(([path]) => path.includes("node_modules/javascript-lp-solver/")).reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
    };
    expect(await solverBytes("lean.ts")).toBe(0);
    expect(await solverBytes("index.ts")).toBeGreaterThan(0);
  });
});
