/** Canonical hashes of fixtures and their results, for the determinism goldens (tests only). */
import { createHash } from "node:crypto";
import { compose, type ComposeResult } from "../../src/index.js";
import { GOLDEN_FIXTURES, type GoldenFixture } from "./fixtures.js";

/** What the golden file records per fixture. */
export interface GoldenHashes {
  /** Hash of the fixture's input: differs when the generator changed, not the engine. */
  input: string;
  /** Hash of the result without `stats.elapsedMs`. */
  result: string;
}

/** JSON with object keys sorted at every level, so the text depends on values only. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * The result minus its one time-dependent figure. An empty `warnings` list is left out, so a
 * result without warnings hashes as it did before results had warnings: a golden changes only
 * where its input breaks a rule sammen leaves as it is.
 */
export function withoutElapsed(result: ComposeResult): unknown {
  const { elapsedMs: _elapsed, ...stats } = result.stats;
  const { warnings, ...rest } = result;
  return warnings.length === 0 ? { ...rest, stats } : { ...rest, warnings, stats };
}

/** Runs one fixture, bounded by work (a generous clock never binds), and hashes input and result. */
export function goldenHashes(fixture: GoldenFixture): GoldenHashes {
  const result = compose(fixture.input, { seed: fixture.seed, maxIterations: fixture.maxIterations, timeLimitMs: 3_600_000 });
  return { input: sha256(canonicalJson(fixture.input)), result: sha256(canonicalJson(withoutElapsed(result))) };
}

/** Hashes of every fixture, by name. */
export function allGoldenHashes(): Record<string, GoldenHashes> {
  return Object.fromEntries(GOLDEN_FIXTURES.map((f) => [f.name, goldenHashes(f)]));
}
