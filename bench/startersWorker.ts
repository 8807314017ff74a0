/**
 * One run of the starters benchmark, in its own process (started by `bench/starters.ts`):
 *
 *   node --import tsx bench/startersWorker.ts '{"seed":1,"mode":"required","size":400,"timeLimitMs":5000}'
 *
 * Builds `disasterPool(seed)` with starters optional or required, validates it, times `compose`,
 * then checks the answer with `check` and an independent membership count before reporting it,
 * and prints one JSON `StartersReport` line. Exits 1 when the input or the answer is invalid or
 * `compose` threw.
 */
import { check, compose, validate, type ComposeResult } from "../src/index.js";
import { disasterPool } from "./disasterPool.js";
import { membershipProblems } from "./membership.js";
import { AGE_SPAN, parseStartersRequest, STARTERS_POLICY, type StartersReport, type StartersRequest } from "./startersProtocol.js";

const MAX_PROBLEMS = 10;

/** Runs one request and builds its report; never throws for a failing `compose`. */
function run(request: StartersRequest): StartersReport {
  const pool = disasterPool(request.seed, { size: request.size, starters: STARTERS_POLICY[request.mode] });
  const maxSpan = AGE_SPAN[request.mode];
  const input = maxSpan === undefined ? pool : { ...pool, policy: { ...pool.policy, age: { ...pool.policy?.age, maxSpan } } };
  const empty = { request, status: "error", stoppedBy: "—", method: "—", placed: 0, waiting: 0, groups: 0, groupsWithStarter: 0, startersUsed: 0, starterPlaces: 0, wallMs: Number.NaN };
  const validated = validate(input);
  if (!validated.success) {
    return { ...empty, valid: false, problems: validated.issues.slice(0, MAX_PROBLEMS).map((i) => `invalid input: ${i.code} at ${i.path.join(".")}: ${i.message}`) };
  }
  const ids = input.candidates.map((c) => c.id);
  let result: ComposeResult;
  const start = performance.now();
  try {
    result = compose(input, { seed: request.seed, timeLimitMs: request.timeLimitMs });
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ...empty, valid: false, problems: [`compose threw: ${message}`], wallMs: performance.now() - start };
  }
  const wallMs = performance.now() - start;
  // The answer is checked before any of its figures is reported.
  const report = check(input, result);
  const problems = [...report.violations.map((v) => `${v.rule}: ${v.message}`), ...membershipProblems(ids, result)];
  const fresh = result.groups.filter((g) => g.existing === null);
  return {
    request,
    valid: report.ok && problems.length === 0,
    problems: problems.length > MAX_PROBLEMS ? [...problems.slice(0, MAX_PROBLEMS), `… ${problems.length - MAX_PROBLEMS} more`] : problems,
    status: result.status,
    stoppedBy: result.stats.stoppedBy,
    method: result.stats.method,
    placed: result.stats.placed,
    waiting: result.stats.waiting,
    groups: result.groups.length,
    groupsWithStarter: fresh.filter((g) => g.starters.length > 0).length,
    startersUsed: new Set(result.groups.flatMap((g) => g.starters)).size,
    starterPlaces: result.groups.reduce((a, g) => a + g.starters.length, 0),
    wallMs,
  };
}

const report = run(parseStartersRequest(process.argv[2] ?? ""));
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exitCode = report.valid ? 0 : 1;
