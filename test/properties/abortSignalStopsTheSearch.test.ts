import { describe, expect, it } from "vitest";
import { check, compose } from "../../src/index.js";
import { generatePool } from "../helpers/pools.js";

describe("abortSignalStopsTheSearch", () => {
  const input = generatePool(2_000, 4);

  it("an abort during the search stops it and returns the best valid composition so far", () => {
    const controller = new AbortController();
    let iterationsAtAbort = -1;
    const result = compose(input, {
      seed: 1,
      timeLimitMs: 600_000,
      stopWhenIdle: false,
      signal: controller.signal,
      onProgress: (progress) => {
        if (iterationsAtAbort < 0 && progress.iterations > 0) {
          iterationsAtAbort = progress.iterations;
          controller.abort();
        }
      },
    });
    expect(result.stats.stoppedBy).toBe("signal");
    expect(result.status).toBe("stopped");
    expect(result.groups.length).toBeGreaterThan(0);
    expect(check(input, result).ok).toBe(true);
  });

  it("a signal aborted before the call still returns a valid composition", () => {
    const controller = new AbortController();
    controller.abort();
    const result = compose(input, { seed: 1, signal: controller.signal });
    expect(result.stats.stoppedBy).toBe("signal");
    expect(check(input, result).ok).toBe(true);
    expect(result.groups.length + result.waitlist.length).toBeGreaterThan(0);
  });
});
