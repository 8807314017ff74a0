/**
 * Progress names its phase and spans the whole call: a report as the call starts (phase
 * `reading`), reports while the first composition is built (the construction pulses the budget)
 * and while the search runs, one as each later phase starts, and a last one (`done`) that
 * carries the result's own figures. Times are the worker's clock (`elapsedMs` from the call).
 * Still silent, and printed here: inside parsing, compiling, the explanations and the checker,
 * which have no hook (at 5,000 candidates on the 2-core machine, gaps of 0.2-1.3 s).
 */
import { describe, expect, it } from "vitest";
import type { Progress, ProgressPhase } from "../../src/model/schemas.js";
import { generatePool } from "../helpers/pools.js";
import { composeAsyncFromSources } from "../helpers/workerFromSources.js";

const ORDER: readonly ProgressPhase[] = ["reading", "first-composition", "search", "rooms", "exact", "explanations", "check", "done"];

describe("progressArrivesFromTheStart", () => {
  it("5,000 candidates through the worker: reports from the first 100 ms to the last, each with its phase, in order", async () => {
    const reports: Progress[] = [];
    const result = await composeAsyncFromSources(generatePool(5_000, 5), { seed: 1, timeLimitMs: 2_500, onProgress: (p) => reports.push(p) });
    const phases = reports.map((p) => p.phase!);
    const gaps = reports.slice(1).map((p, k) => p.elapsedMs - reports[k]!.elapsedMs);
    // eslint-disable-next-line no-console -- the measured figures belong in the CI log
    console.log(`progress: ${reports.map((p) => `${p.phase}@${Math.round(p.elapsedMs)}`).join(" ")}; largest gap ${Math.round(Math.max(...gaps))} ms`);

    expect(reports[0]!.phase).toBe("reading");
    expect(reports[0]!.elapsedMs).toBeLessThanOrEqual(100);
    for (const phase of ["reading", "first-composition", "search", "rooms", "explanations", "check", "done"] as const) expect(phases).toContain(phase);
    // Phases only move forward, and time never runs back.
    for (let k = 1; k < reports.length; k++) {
      expect(ORDER.indexOf(phases[k]!)).toBeGreaterThanOrEqual(ORDER.indexOf(phases[k - 1]!));
      expect(reports[k]!.elapsedMs).toBeGreaterThanOrEqual(reports[k - 1]!.elapsedMs);
    }
    // The construction reports while it works, not only as it starts.
    expect(phases.filter((p) => p === "first-composition").length).toBeGreaterThanOrEqual(2);
    const last = reports.at(-1)!;
    expect(last).toEqual({ phase: "done", elapsedMs: result.stats.elapsedMs, iterations: result.stats.iterations, bestObjective: result.stats.objective, placed: result.stats.placed });
    expect(phases.filter((p) => p === "done")).toHaveLength(1);
  });
});
