/**
 * Determinism goldens: twenty fixed fixtures (test/goldens/fixtures.ts), each run bounded by
 * work, must give results whose canonical hash (sorted-key JSON without `stats.elapsedMs`,
 * sha256) matches `goldens.json` — in two runs in this process and in a worker thread.
 *
 * The engine is still being improved, so a deliberate engine change is expected to change these
 * hashes. Regenerate them on purpose, then review and commit the JSON with the change:
 *
 *     UPDATE_GOLDENS=1 npx vitest run test/goldens
 *
 * A changed `input` hash means the fixture generator changed (test/helpers/pools.ts), not the engine.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { GOLDEN_FIXTURES } from "./fixtures.js";
import { allGoldenHashes, canonicalJson, type GoldenHashes } from "./goldenHash.js";

const GOLDEN_FILE = new URL("./goldens.json", import.meta.url);
const updating = process.env["UPDATE_GOLDENS"] === "1";

/**
 * The hashes computed in a worker thread that runs the TypeScript sources through tsx (no build
 * needed). `execArgv: ["--import", "tsx"]` is not enough: tsx skips registering in workers.
 */
function hashesInWorker(): Promise<Record<string, GoldenHashes>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./tsWorker.mjs", import.meta.url), { workerData: { entry: new URL("./goldenWorker.ts", import.meta.url).href } });
    worker.once("message", (hashes: Record<string, GoldenHashes>) => {
      resolve(hashes);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`golden worker exited with code ${code}`));
    });
  });
}

function readGoldens(): Record<string, GoldenHashes> {
  return JSON.parse(readFileSync(GOLDEN_FILE, "utf8")) as Record<string, GoldenHashes>;
}

describe("determinism goldens", () => {
  const first = allGoldenHashes();

  it.runIf(updating)("regenerates goldens.json (UPDATE_GOLDENS=1)", () => {
    writeFileSync(GOLDEN_FILE, `${JSON.stringify(JSON.parse(canonicalJson(first)), null, 2)}\n`);
  });

  it("has twenty fixtures", () => {
    expect(GOLDEN_FIXTURES).toHaveLength(20);
    expect(Object.keys(first)).toHaveLength(20);
  });

  it.skipIf(updating)("matches the committed hashes", () => {
    const goldens = readGoldens();
    for (const [name, hashes] of Object.entries(first)) {
      expect({ name, input: hashes.input }, "the fixture generator changed").toEqual({ name, input: goldens[name]?.input });
      expect({ name, result: hashes.result }, "the result changed: regenerate goldens if the engine change was deliberate").toEqual({ name, result: goldens[name]?.result });
    }
  });

  it("gives the same hashes in a second run in the same process", () => {
    expect(allGoldenHashes()).toEqual(first);
  });

  it("gives the same hashes in a worker thread", async () => {
    expect(await hashesInWorker()).toEqual(first);
  });
});
