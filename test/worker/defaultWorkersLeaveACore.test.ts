import { describe, expect, it } from "vitest";
import { defaultWorkers, MAX_DEFAULT_WORKERS } from "../../src/worker/portfolio.js";

/**
 * The default portfolio leaves one core to the calling thread and the engine's compiler threads:
 * one worker on one or two cores (or when the machine does not say), one fewer than the cores
 * above that, never more than MAX_DEFAULT_WORKERS.
 */
describe("defaultWorkersLeaveACore", () => {
  it("starts one fewer worker than the cores, at least one and at most the cap", () => {
    expect([undefined, 0, 1, 2, 3, 4, 5, 64].map(defaultWorkers)).toEqual([1, 1, 1, 1, 2, 3, 4, MAX_DEFAULT_WORKERS]);
    expect(MAX_DEFAULT_WORKERS).toBe(4);
  });
});
