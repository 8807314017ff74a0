/**
 * Progress: compose reports how many people its best composition so far places, and the command
 * line shows it as a bar on a terminal and as one line per phase elsewhere.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compose, type Progress } from "../../src/index.js";
import { messagesFor } from "../../src/cli/messages.js";
import { progressView } from "../../src/cli/progress.js";
import { generatePool } from "../helpers/pools.js";
import { ROOT, sammen } from "./runInProcess.js";

describe("progress", () => {
  it("compose reports the people placed so far while it searches, and at the end the result's count", () => {
    const reports: Progress[] = [];
    const input = generatePool(600, 21);
    const result = compose(input, { seed: 1, maxIterations: 60_000, timeLimitMs: 600_000, onProgress: (p) => reports.push(p) });
    const counted = reports.filter((p) => p.placed !== undefined);
    expect(counted.length).toBeGreaterThan(0);
    expect(reports.find((p) => p.phase === "reading")?.placed).toBeUndefined();
    for (const p of counted) expect(p.placed).toBeLessThanOrEqual(input.candidates.length);
    expect(reports.at(-1)).toMatchObject({ phase: "done", placed: result.stats.placed });
  });

  it("a terminal gets a bar redrawn in place; a log gets one line per phase", () => {
    let tty = "";
    let log = "";
    const clock = { t: 0 };
    const bar = progressView({ write: (s) => void (tty += s), isTTY: true, columns: 100 }, messagesFor("en"), 2_000, () => clock.t);
    const lines = progressView({ write: (s) => void (log += s) }, messagesFor("en"), 2_000, () => clock.t);
    const reports: Progress[] = [
      { phase: "reading", elapsedMs: 0, iterations: 0, bestObjective: -Infinity },
      { phase: "search", elapsedMs: 500, iterations: 1_000, bestObjective: 1, placed: 40 },
      { phase: "search", elapsedMs: 1_000, iterations: 2_000, bestObjective: 2, placed: 42 },
    ];
    for (const report of reports) {
      clock.t += 200;
      bar.onProgress(report);
      lines.onProgress(report);
    }
    bar.finish();
    expect(tty).toContain("\r\u001b[2K[##########----------] searching  1.0 s  2,000 iterations  42 placed so far");
    expect(tty.endsWith("\r\u001b[2K")).toBe(true);
    expect(log).toBe("reading  0.0 s  0 iterations\nsearching  0.5 s  1,000 iterations  40 placed so far\n");
  });

  it("compose writes nothing but the summary on stdout", async () => {
    const run = await sammen(["compose", "--input", join(ROOT, "examples", "pool.json"), "--max-iterations", "2000", "--locale", "en"]);
    expect(run.stdout.trim().split("\n")).toHaveLength(2);
    expect(run.stderr).toContain("done");
  });
});
