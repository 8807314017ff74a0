/**
 * Ctrl-C during a long run: the real `sammen` process (from the sources, composing in a worker)
 * gets SIGINT while it searches a large pool under a long time limit; it stops the search, writes
 * the best composition found so far, and exits 0. The independent checker judges what it wrote.
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { ComposeResult } from "../../src/index.js";
import { generatePool } from "../helpers/pools.js";
import { ROOT, sammen, tempDir } from "./runInProcess.js";

describe("Ctrl-C stops the search and the best composition so far is still written", () => {
  it("SIGINT while searching 4,000 people with a 10-minute limit: exit 0, status stopped by the signal, and check finds nothing broken", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "pool.json"), JSON.stringify(generatePool(4_000, 20)));
    // tsx by its path: the child runs in a temporary folder, where a bare "tsx" would not resolve.
    const tsx = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
    const child = spawn(process.execPath, ["--import", tsx, join(ROOT, "test/cli/sammenFromSources.ts"), "compose", "--input", "pool.json", "--time-limit", "600", "--out", "out", "--locale", "en"], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const searching = new Promise<void>((resolve, reject) => {
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes("searching")) resolve();
      });
      void exited.then((code) => reject(new Error(`sammen exited (${code}) before it searched: ${stderr}`)));
    });
    await searching;
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill("SIGINT");
    const code = await exited;

    expect(stderr).toContain("Stopping: the best composition found so far");
    expect(code).toBe(0);
    const result = JSON.parse(readFileSync(join(cwd, "out", "result.json"), "utf8")) as ComposeResult;
    expect(result.stats.stoppedBy).toBe("signal");
    expect(result.status).toBe("stopped");
    expect(result.groups.length).toBeGreaterThan(0);
    expect(stdout).toContain(`Placed ${result.stats.placed} of 4000`);
    const verdict = await sammen(["check", "--input", "pool.json", "--result", "out/result.json", "--locale", "en"], { cwd });
    expect(verdict.stdout).toContain("No hard rule is broken.");
    expect(verdict.code).toBe(0);
  });
});
