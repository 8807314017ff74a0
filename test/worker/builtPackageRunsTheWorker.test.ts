/**
 * The built package's `sammen/worker` entries (ESM and CommonJS) find and start their worker
 * script and give compose's result. Built here with the repository's tsup config (no type
 * declarations) into a scratch folder, so the test needs no prior `npm run build`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config from "../../tsup.config.js";
import { compose, type ComposeInput, type ComposeResult } from "../../src/index.js";
import type { ComposeAsyncOptions } from "../../src/worker/protocol.js";

type ComposeAsync = (input: ComposeInput, options?: ComposeAsyncOptions) => Promise<ComposeResult>;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// Inside node_modules so the build's own imports (zod, javascript-lp-solver) resolve.
const OUT = join(ROOT, "node_modules", ".cache", `sammen-build-${process.pid}`);
const input = JSON.parse(readFileSync(join(ROOT, "examples", "pool.json"), "utf8")) as ComposeInput;
const bytes = (result: ComposeResult): string => JSON.stringify({ ...result, stats: { ...result.stats, elapsedMs: 0 } });

describe("the built sammen/worker runs compose in a worker", () => {
  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    const options = Array.isArray(config) ? config[0] : config;
    await build({ ...(options as object), outDir: OUT, dts: false, sourcemap: false, silent: true, config: false });
    // node_modules is a package boundary: say that the .js files are ES modules, as package.json does.
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, "package.json"), JSON.stringify({ type: "module" }));
  });
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  const options = { seed: 7, maxIterations: 5_000, timeLimitMs: 600_000 };

  it("ESM (dist/worker/node.js): the result equals compose's, byte for byte", async () => {
    const { composeAsync } = (await import(pathToFileURL(join(OUT, "worker", "node.js")).href)) as { composeAsync: ComposeAsync };
    expect(bytes(await composeAsync(input, { ...options, workers: 1 }))).toBe(bytes(compose(input, options)));
  });

  it("CommonJS (dist/worker/node.cjs): the result equals compose's, byte for byte", async () => {
    const { composeAsync } = createRequire(import.meta.url)(join(OUT, "worker", "node.cjs")) as { composeAsync: ComposeAsync };
    expect(bytes(await composeAsync(input, { ...options, workers: 1 }))).toBe(bytes(compose(input, options)));
  });
});
