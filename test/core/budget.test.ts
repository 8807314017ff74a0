import { describe, expect, it } from "vitest";
import { Budget } from "../../src/core/budget.js";
import { solveMdgp } from "../../src/mdgp/solveMdgp.js";
import { Random } from "../../src/core/random.js";
import { MDGP_TEST_DIR, readMdgpFile, validateMdgpAnswer } from "../../bench/mdgpInstances.js";

const file = readMdgpFile("RanReal_n120_ds_01", MDGP_TEST_DIR);

describe("Budget", () => {
  it("stops after maxIterations", () => {
    const budget = new Budget({ maxIterations: 10 });
    let ticks = 0;
    while (!budget.tick()) ticks++;
    expect(ticks).toBe(9);
    expect(budget.stoppedBy).toBe("iterations");
  });

  it("stops on the time limit of an injected clock", () => {
    let t = 0;
    const budget = new Budget({ timeLimitMs: 50, now: () => (t += 0.01) });
    let ticks = 0;
    while (!budget.tick()) ticks++;
    expect(budget.stoppedBy).toBe("time");
    expect(ticks).toBeGreaterThan(10);
  });

  it("a solve bounded by a fake clock stops by time and returns a valid answer", () => {
    let t = 0;
    const result = solveMdgp(file.instance, { seed: 3, timeLimitMs: 500, now: () => (t += 1) });
    expect(result.stoppedBy).toBe("time");
    expect(result.iterations).toBeGreaterThan(0);
    validateMdgpAnswer(file, result.groupOf, result.objective);
  });

  it("an already aborted signal still returns a valid answer", () => {
    const controller = new AbortController();
    controller.abort();
    const result = solveMdgp(file.instance, { seed: 1, signal: controller.signal });
    expect(result.stoppedBy).toBe("signal");
    validateMdgpAnswer(file, result.groupOf, result.objective);
  });

  it("aborting mid-search stops it, and progress is reported at most every 100 ms", () => {
    const controller = new AbortController();
    let t = 0;
    const seen: number[] = [];
    const result = solveMdgp(file.instance, {
      seed: 2,
      signal: controller.signal,
      now: () => (t += 1),
      onProgress: (p) => {
        seen.push(p.elapsedMs);
        if (p.elapsedMs > 1000) controller.abort();
      },
    });
    expect(result.stoppedBy).toBe("signal");
    for (let k = 1; k < seen.length; k++) expect(seen[k]! - seen[k - 1]!).toBeGreaterThanOrEqual(100);
    validateMdgpAnswer(file, result.groupOf, result.objective);
  });

  it("a real time limit stops the search (generous slack: CI machines are shared; the real figure is in the benchmark)", () => {
    const big = readMdgpFile("RanReal_n240_ds_01", MDGP_TEST_DIR);
    const result = solveMdgp(big.instance, { seed: 1, timeLimitMs: 300 });
    expect(result.stoppedBy).toBe("time");
    expect(result.elapsedMs).toBeLessThan(300 + 5_000);
  });
});

describe("Random", () => {
  it("is deterministic per seed and nextInt stays in range", () => {
    const a = new Random(42);
    const b = new Random(42);
    for (let k = 0; k < 1000; k++) {
      const x = a.nextInt(7);
      expect(x).toBe(b.nextInt(7));
      expect(x >= 0 && x < 7).toBe(true);
    }
    expect(new Random(1).nextUint32()).not.toBe(new Random(2).nextUint32());
  });
  it("stops the time it keeps back for its caller before the limit, re-reading it as the placed count changes", () => {
    let t = 0;
    const placedSeen: (number | undefined)[] = [];
    // The caller needs 60 ms after the search while 3 are placed, 10 ms once 8 are.
    const budget = new Budget({ timeLimitMs: 100, now: () => t, keepBackMs: (placed) => (placedSeen.push(placed), placed === 8 ? 10 : 60) });
    let placed = 3;
    budget.countPlaced = () => placed;
    while (!budget.tick()) {
      t += 0.5;
      if (t === 30) placed = 8;
    }
    expect(budget.stoppedBy).toBe("time");
    expect(placedSeen).toContain(3);
    expect(placedSeen).toContain(8);
    // Re-read at most every 20 ms, so it stops between 90 and 91 ms (a read every ~2 ms), not at 40.
    expect(t).toBeGreaterThanOrEqual(90);
    expect(t).toBeLessThanOrEqual(92);
  });
});
