/**
 * The messages between the starters benchmark (`bench/starters.ts`) and its per-run child
 * process (`bench/startersWorker.ts`): a JSON request on the command line, one JSON report line
 * on stdout.
 */
import type { PolicyInput } from "../src/index.js";

/**
 * Starters optional (`min: 0`) or required (`min: 1`), shared experience required in both; and
 * required with the age span lifted (`age.maxSpan` 130), the one rule the placement bound leaves
 * out that binds in this pool, so that run is measured against the bound on equal terms.
 */
export type StartersMode = "optional" | "required" | "requiredAnyAge";

/** The starters policy of each mode: only `min` differs between optional and required. */
export const STARTERS_POLICY: Record<StartersMode, NonNullable<PolicyInput["starters"]>> = {
  optional: { min: 0, max: 2, requireSharedExperience: true },
  required: { min: 1, max: 2, requireSharedExperience: true },
  requiredAnyAge: { min: 1, max: 2, requireSharedExperience: true },
};

/** The age span of each mode: the default (15 years), or lifted. */
export const AGE_SPAN: Record<StartersMode, number | undefined> = { optional: undefined, required: undefined, requiredAnyAge: 130 };

/** What one child runs: `compose(disasterPool(seed, …), { seed, timeLimitMs })`. */
export interface StartersRequest {
  /** Seed of the pool and of `compose`. */
  seed: number;
  mode: StartersMode;
  /** People in the pool. */
  size: number;
  timeLimitMs: number;
}

/** What one child reports, after checking the answer. */
export interface StartersReport {
  request: StartersRequest;
  /** True only when the input validated, `compose` returned, `check` passed and the membership count holds. */
  valid: boolean;
  /** Validation issues, checker violations, membership problems or the error thrown (at most a few). */
  problems: string[];
  /** `result.status`, or "error". */
  status: string;
  stoppedBy: string;
  method: string;
  placed: number;
  waiting: number;
  groups: number;
  /** New groups with at least one starter. */
  groupsWithStarter: number;
  /** Distinct starters in some group. */
  startersUsed: number;
  /** Starter places filled: Σ over groups of its starters. */
  starterPlaces: number;
  /** Wall time around `compose`, in ms. */
  wallMs: number;
}

/**
 * Parses the child's command-line argument.
 * @param text - the JSON text of a `StartersRequest`
 * @returns the request
 * @throws Error naming the field when the text is not a valid request
 */
export function parseStartersRequest(text: string): StartersRequest {
  const raw: unknown = JSON.parse(text);
  if (typeof raw !== "object" || raw === null) throw new Error("starters request: expected a JSON object");
  const r = raw as Record<string, unknown>;
  for (const key of ["seed", "size", "timeLimitMs"] as const) {
    const x = r[key];
    if (typeof x !== "number" || !Number.isInteger(x) || x < 0) throw new Error(`starters request: ${key} must be a non-negative integer`);
  }
  if (r.mode !== "optional" && r.mode !== "required" && r.mode !== "requiredAnyAge") throw new Error('starters request: mode must be "optional", "required" or "requiredAnyAge"');
  return { seed: r.seed as number, mode: r.mode, size: r.size as number, timeLimitMs: r.timeLimitMs as number };
}

/**
 * Finds and parses the report line in the child's stdout.
 * @param stdout - everything the child printed on stdout
 * @returns the last line that parses as a report, or null when there is none
 */
export function parseStartersReport(stdout: string): StartersReport | null {
  const lines = stdout.split("\n").filter((l) => l.trimStart().startsWith("{"));
  for (let k = lines.length - 1; k >= 0; k--) {
    try {
      const raw: unknown = JSON.parse(lines[k] ?? "");
      // Both ends are ours, so a shape check on the key fields is enough.
      if (typeof raw === "object" && raw !== null && typeof (raw as Record<string, unknown>).valid === "boolean" && "request" in raw) {
        return raw as StartersReport;
      }
    } catch {
      // A stray line that looks like JSON but is not: keep looking.
    }
  }
  return null;
}
