/**
 * The example pool as coordinators' spreadsheets (English headers with commas and no byte-order
 * mark; Norwegian headers and values with semicolons, decimal commas and a byte-order mark; the
 * same in Windows-1252; xlsx workbooks) composes to exactly the result the library gives on
 * pool.json, bounded by work so both runs are reproducible.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compose, type ComposeInput, type ComposeResult } from "../../src/index.js";
import { ROOT, sammen, tempDir } from "./runInProcess.js";

const pool = JSON.parse(readFileSync(join(ROOT, "examples", "pool.json"), "utf8")) as ComposeInput;
const BOUND = ["--seed", "3", "--max-iterations", "20000", "--time-limit", "600"];
const POLICY = ["--policy", join(ROOT, "examples", "spreadsheets", "policy.json")];
const expected = compose(pool, { seed: 3, maxIterations: 20_000, timeLimitMs: 600_000 });
const comparable = (result: ComposeResult): string => JSON.stringify({ ...result, stats: { ...result.stats, elapsedMs: 0 } });

const SETS = [
  { name: "English headers, commas, UTF-8 without BOM", dir: "examples/spreadsheets/en", files: ["people.csv", "venues.csv", "starters.csv"] },
  { name: "Norwegian headers and values, semicolons, decimal commas, UTF-8 with BOM", dir: "examples/spreadsheets/nb", files: ["personer.csv", "steder.csv", "igangsettere.csv"] },
  { name: "Norwegian, semicolons, Windows-1252", dir: "test/fixtures/cli/windows-1252", files: ["personer.csv", "steder.csv", "igangsettere.csv"] },
  { name: "xlsx workbooks", dir: "test/fixtures/cli/xlsx", files: ["people.xlsx", "venues.xlsx", "starters.xlsx"] },
];

describe("the command line composes spreadsheets as the library composes the same data", () => {
  for (const { name, dir, files } of SETS) {
    it(name, async () => {
      const [people, venues, starters] = files.map((file) => join(ROOT, dir, file)) as [string, string, string];
      const out = tempDir();
      const run = await sammen(["compose", people, "--venues", venues, "--starters", starters, "--out", out, ...POLICY, ...BOUND]);
      expect(run.stderr).not.toContain("problem");
      expect(run.code).toBe(0);
      const result = JSON.parse(readFileSync(join(out, "result.json"), "utf8")) as ComposeResult;
      expect(result.groups.length).toBeGreaterThan(10);
      expect(comparable(result)).toBe(comparable(expected));
      expect(run.stdout).toContain(`${expected.stats.placed} of 93`);
    });
  }

  it("a pool in JSON (--input) gives the same result", async () => {
    const out = tempDir();
    const run = await sammen(["compose", "--input", join(ROOT, "examples", "pool.json"), "--out", out, ...BOUND]);
    expect(run.code).toBe(0);
    expect(comparable(JSON.parse(readFileSync(join(out, "result.json"), "utf8")) as ComposeResult)).toBe(comparable(expected));
  });

  it("groups.csv lists every group with its members, and waitlist.csv every waiting person with their reason codes", async () => {
    const out = tempDir();
    await sammen(["compose", "--input", join(ROOT, "examples", "pool.json"), "--out", out, ...BOUND]);
    const groups = readFileSync(join(out, "groups.csv"), "utf8");
    const waitlist = readFileSync(join(out, "waitlist.csv"), "utf8");
    for (const group of expected.groups) expect(groups).toContain(`${group.id},"${group.members.join(", ")}"`);
    for (const entry of expected.waitlist) expect(waitlist).toContain(`${entry.candidateId},${entry.reasons.map((r) => r.code).join(", ")}`);
  });
});
