import { describe, expect, it } from "vitest";
import { verdictTimeMs } from "../../src/compose/verdictTime.js";
import { check, compose } from "../../src/index.js";
import { generatePool } from "../helpers/pools.js";

/** A clock that advances a fixed step on every read, so time limits are tested without wall time. */
function steppingClock(stepMs: number): () => number {
  let t = 0;
  return () => (t += stepMs);
}

describe("timeLimitIsHonoured", () => {
  const input = generatePool(5_000, 3);

  it("stops within 50 ms of the limit on 5,000 candidates, by the clock it is given", () => {
    // One millisecond per read keeps the budget reading the clock every iteration (its stride
    // adapts to ~2 ms), so this checks the stop decision itself, independent of machine speed.
    const limit = 3_000;
    const result = compose(input, { seed: 1, timeLimitMs: limit, stopWhenIdle: false, now: steppingClock(1) });
    expect(result.stats.stoppedBy).toBe("time");
    expect(result.status).toBe("stopped");
    expect(result.stats.iterations).toBeGreaterThan(0);
    // It ends early by the time kept back for the verdict on what it placed (this clock hardly
    // moves while the verdict runs; the keep-back is re-read every 20 ms), never more than 50 ms late.
    const keptBack = verdictTimeMs(input.candidates.length, 0, result.stats.placed);
    expect(result.stats.elapsedMs).toBeGreaterThanOrEqual(limit - keptBack - 50);
    expect(result.stats.elapsedMs).toBeLessThanOrEqual(limit + 50);
    expect(check(input, result).ok).toBe(true);
  });

  it("stops near the limit on the real clock too (generous slack for shared CI machines)", () => {
    const started = performance.now();
    const result = compose(input, { seed: 1, timeLimitMs: 300, stopWhenIdle: false });
    const took = performance.now() - started;
    expect(result.stats.stoppedBy).toBe("time");
    expect(took).toBeLessThan(300 + 5_000);
    expect(check(input, result).ok).toBe(true);
  });
});
