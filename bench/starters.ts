/**
 * Starters benchmark: a disaster-style pool (`disasterPool`, bench/disasterPool.ts: about 400
 * bereaved, survivors and relatives across Norway, nine experienced starters with `maxGroups` 2)
 * composed with starters optional (`min: 0`) and required (`min: 1`), shared experience required
 * in both, for seeds 1..k (each seed a different pool, and the seed of `compose`). Each run is a
 * fresh child process (bench/startersWorker.ts) whose answer is validated with `check` and a
 * membership count before any figure is reported. Beside the placements it reports an upper bound
 * on the groups the starters can start (max flow, bench/starterBound.ts), the tighter of that and
 * a people-side bound, the ratio of groups with a starter to the bound, and the placements beside
 * an upper bound on what the starters allow (a MIP, bench/placementBound.ts). Prints one table and
 * writes the "starters" section of BENCHMARKS.md.
 *
 *   npx tsx bench/starters.ts [--seeds 3] [--time-limit-ms 5000] [--size 400] [--no-write]
 *
 * Runs one child at a time. Exits 1 when any input or answer is invalid or a child failed.
 */
import { execSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../src/index.js";
import { machine, sectionMarkers, writeSection } from "./benchmarksFile.js";
import { runJsonChild } from "./child.js";
import { countyOf, disasterPool } from "./disasterPool.js";
import { commandLine } from "./flags.js";
import { placementBound, type PlacementBound } from "./placementBound.js";
import { starterBound, type StarterBound } from "./starterBound.js";
import { median } from "./stats.js";
import { parseStartersReport, STARTERS_POLICY, type StartersMode, type StartersReport, type StartersRequest } from "./startersProtocol.js";

const MARKERS = sectionMarkers("starters", "## starters", "bench/starters.ts");
/** The acceptance target: with starters required, groups formed reach this share of the bound. */
const TARGET_RATIO = 0.9;

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const workerPath = join(root, "bench", "startersWorker.ts");

interface Settings {
  seeds: number;
  timeLimitMs: number;
  size: number;
  write: boolean;
}

function readSettings(args: readonly string[]): Settings {
  const known = new Set(["--seeds", "--time-limit-ms", "--size", "--no-write"]);
  for (const a of args) if (a.startsWith("--") && !known.has(a)) throw new Error(`unknown flag ${a}`);
  const { flag, count } = commandLine(args);
  return {
    seeds: count("seeds", flag("seeds") ?? "3", 1),
    timeLimitMs: count("time-limit-ms", flag("time-limit-ms") ?? "5000", 0),
    size: count("size", flag("size") ?? "400", 1),
    write: !args.includes("--no-write"),
  };
}

/** Runs one request in a fresh child process; a crash becomes an invalid report. */
function runChild(request: StartersRequest): StartersReport {
  const run = runJsonChild(workerPath, root, request, { timeoutMs: request.timeLimitMs * 2 + 120_000, maxBuffer: 16 * 1024 * 1024 }, parseStartersReport);
  if ("report" in run) return run.report;
  return {
    request,
    valid: false,
    problems: [run.failure],
    status: "error",
    stoppedBy: "—",
    method: "—",
    placed: 0,
    waiting: 0,
    groups: 0,
    groupsWithStarter: 0,
    startersUsed: 0,
    starterPlaces: 0,
    wallMs: Number.NaN,
  };
}

/** The figures of one seed: its pool's bound and both runs. */
interface SeedResult {
  seed: number;
  bound: StarterBound;
  groupSize: { min: number; max: number };
  /** Starters in the pool. */
  starters: number;
  /** Upper bound on people placed with starters required (bench/placementBound.ts). */
  placement: PlacementBound;
  optional: StartersReport;
  required: StartersReport;
  /** Required, with the age span lifted: what the search reaches where the placement bound is tight. */
  requiredAnyAge: StartersReport;
}

/** People-side bound: no more groups than the optional run's placements fill at the minimum size. */
function peopleBound(r: SeedResult): number {
  return Math.floor(r.optional.placed / r.groupSize.min);
}

/** The tighter of the starters' max-flow bound and the people-side bound. */
function bound(r: SeedResult): number {
  return Math.min(r.bound.groups, peopleBound(r));
}

/** What requiring starters may keep at most: the placement bound, or the optional run's placements when fewer. */
function placedCeiling(r: SeedResult): number {
  return Math.min(r.optional.placed, r.placement.placed);
}

function fmt(x: number, digits = 0): string {
  return Number.isFinite(x) ? x.toFixed(digits) : "—";
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN;
}

const HEADER = [
  "seed",
  "starters",
  "placed",
  "groups",
  "groups with a starter",
  "starters used",
  "starter bound (max flow)",
  "people-side bound",
  "bound",
  "groups with a starter / bound",
  "placement bound (MIP)",
  "placed / ceiling",
  "status/stoppedBy",
  "wall (ms)",
  "valid",
] as const;

function cells(r: SeedResult, mode: StartersMode): string[] {
  const x = r[mode];
  const answered = x.status !== "error";
  const size = x.request.size;
  const label = { optional: "optional (min 0)", required: "required (min 1)", requiredAnyAge: "required, age span lifted" }[mode];
  // Against the placement bound: what requiring starters can keep (ceiling), or, with the age span lifted, the bound itself.
  const ceiling = mode === "requiredAnyAge" ? r.placement.placed : placedCeiling(r);
  return [
    String(r.seed),
    label,
    answered ? `${x.placed} / ${size}` : "—",
    answered ? String(x.groups) : "—",
    answered ? String(x.groupsWithStarter) : "—",
    answered ? `${x.startersUsed} / ${r.starters}` : "—",
    `${r.bound.groups} (capacity ${r.bound.capacity})`,
    `${peopleBound(r)}`,
    String(bound(r)),
    answered ? `${fmt(100 * ratio(x.groupsWithStarter, bound(r)), 0)} %` : "—",
    mode !== "optional" ? `${fmt(r.placement.placed)} (${r.placement.proof}, ${fmt(r.placement.seconds, 1)} s)` : "—",
    mode !== "optional" && answered ? `${x.placed} / ${ceiling} = ${fmt(100 * ratio(x.placed, ceiling), 0)} %` : "—",
    `${x.status}/${x.stoppedBy}`,
    fmt(x.wallMs),
    x.valid ? "yes" : `NO: ${x.problems.slice(0, 2).join("; ")}`,
  ];
}

function table(results: readonly SeedResult[]): string {
  const line = (cs: readonly string[]): string => `| ${cs.join(" | ")} |`;
  const rows = results.flatMap((r) => [line(cells(r, "optional")), line(cells(r, "required")), line(cells(r, "requiredAnyAge"))]);
  return [line(HEADER), `|${HEADER.map(() => "---").join("|")}|`, ...rows].join("\n");
}

/** The engine's version: the last commit that touched src/, so every recorded table says which engine it measured. */
function engineCommit(): string {
  try {
    const head = execSync("git log -1 --format=%h -- src", { cwd: root, encoding: "utf8" }).trim();
    const dirty = execSync("git status --porcelain -- src", { cwd: root, encoding: "utf8" }).trim() !== "";
    return `src/ at ${head}${dirty ? " with uncommitted changes" : ""}`;
  } catch {
    return "unknown (not a git checkout)";
  }
}

function sectionBody(results: readonly SeedResult[], settings: Settings, command: string): string {
  const required = results.map((r) => ratio(r.required.groupsWithStarter, bound(r)));
  const costs = results.map((r) => ratio(r.required.placed, placedCeiling(r)));
  const anyAge = results.map((r) => ratio(r.requiredAnyAge.placed, r.placement.placed));
  const allValid = results.every((r) => r.optional.valid && r.required.valid && r.requiredAnyAge.valid);
  const met = required.every((x) => x >= TARGET_RATIO);
  const first = results[0];
  const unproven = results.filter((r) => r.placement.proof !== "optimal").length;
  const pool = first === undefined ? undefined : disasterPool(first.seed, { size: settings.size });
  const rooms = pool?.venues?.reduce((a, v) => a + (v.rooms ?? 1), 0) ?? 0;
  const homes = (pool?.candidates ?? []).flatMap((c) => (c.location === undefined ? [] : [c.location.municipality]));
  const counties = new Set(homes.map(countyOf));
  return [
    `\`compose\` on \`disasterPool(seed)\` (bench/disasterPool.ts): ${settings.size} people affected by a ferry fire on the west coast and a smaller landslide in the east — ` +
      `bereaved (by relation), survivors and survivors' relatives, in ${new Set(homes).size} municipalities of ${counties.size} counties (seed ${first?.seed ?? "—"}), ages 18–85, travelling 60–250 km — ` +
      `${pool?.venues?.length ?? 0} regional venues (${rooms} rooms, 2–4 slots each) and ${pool?.starters?.length ?? 0} experienced starters with \`maxGroups\` 2. ` +
      `Starters optional \`${JSON.stringify(STARTERS_POLICY.optional)}\` and required \`${JSON.stringify(STARTERS_POLICY.required)}\`; ` +
      `seeds 1..${settings.seeds} (the pool's seed and \`compose\`'s), time limit ${settings.timeLimitMs} ms, default \`stopWhenIdle\`; ` +
      "each run in a fresh child process (bench/startersWorker.ts); the input passes `validate` and every answer passes `check` and a membership count before it is reported.",
    "",
    `Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${machine()}. Engine: ${engineCommit()}.`,
    `Command: \`${command}\``,
    "",
    table(results),
    "",
    "Starter bound = max flow source → starter (`maxGroups`) → (starter, slot) (1) → (venue, slot) when the starter reaches the venue " +
      "(haversine, radius 6371.0088 km, within the starter's `maxTravelKm`) and both list the slot → sink (`rooms`), " +
      "divided by max(1, `starters.min`) (bench/starterBound.ts); capacity = Σ `maxGroups` of the starters who can start any group. " +
      "People-side bound = ⌊placed with starters optional / `groupSize.min`⌋ (a reading, not a proof: that run is itself a search answer). " +
      "Bound = the tighter of the two. " +
      "Placement bound = the most people new groups can hold when each needs its starter (bench/placementBound.ts, a MIP solved by HiGHS: the starters' reach, slots and `maxGroups`, rooms, " +
      "the members' reach, slots and needs, `groupSize` and the classes the hard rules keep apart — event, role, problem, relation; age span, gender, keep-apart and together left out, so it is an upper bound); " +
      `"optimal" means HiGHS closed its search, "bound" that it stopped at its time limit and its proven bound is used${unproven > 0 ? ` (${unproven} seed(s) here)` : ""}. ` +
      "Ceiling = min(placed with starters optional, placement bound): what requiring starters can at most keep.",
    "",
    "Acceptance (issue 16):",
    "",
    `- Starters required: groups formed ≥ ${TARGET_RATIO * 100} % of the bound on every seed: ${met ? "**met**" : "**not met**"} — ` +
      `${required.map((x) => `${fmt(100 * x, 0)} %`).join(", ")} (median ${fmt(100 * median(required), 0)} %).`,
    `- Requiring starters costs only what the starters' capacity forces (placed with starters required ≥ ${TARGET_RATIO * 100} % of the ceiling on every seed; ` +
      `the ${TARGET_RATIO * 100} % is this benchmark's reading, the issue sets it for groups only): ${costs.every((x) => x >= TARGET_RATIO) ? "**met**" : "**not met**"} — ` +
      `${costs.map((x) => `${fmt(100 * x, 0)} %`).join(", ")} (median ${fmt(100 * median(costs), 0)} %); ` +
      `with starters optional ${results.map((r) => r.optional.placed).join(", ")} placed, required ${results.map((r) => r.required.placed).join(", ")}.`,
    `- Where the placement bound is tight: with the age span lifted (the bound leaves age out, and nothing else it leaves out binds much here), ` +
      `placed with starters required / placement bound: ${anyAge.map((x) => `${fmt(100 * x, 0)} %`).join(", ")} ` +
      `(${results.map((r) => `${r.requiredAnyAge.placed} of ${fmt(r.placement.placed)}`).join(", ")}). Below 100 % the search leaves people out that the starters could take; at 100 % the gap above is the age rule's.`,
    `- Every input passes \`validate\` and every answer passes \`check\`: ${allValid ? "yes" : "**no**"}.`,
  ].join("\n");
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const settings = readSettings(args);
  const results: SeedResult[] = [];
  for (let seed = 1; seed <= settings.seeds; seed++) {
    const input = disasterPool(seed, { size: settings.size, starters: STARTERS_POLICY.required });
    const { groupSize } = parse(input).policy;
    const b = starterBound(input);
    // The MIP runs here, between the children, so it never competes with a timed run for a core.
    const placement = await placementBound(input, { timeLimitMs: 30_000 });
    const reports = (["optional", "required", "requiredAnyAge"] as const).map((mode) => {
      const report = runChild({ seed, mode, size: settings.size, timeLimitMs: settings.timeLimitMs });
      // Progress goes to stderr so stdout holds just the table.
      console.error(
        `seed ${seed} ${mode}: placed ${report.placed}/${settings.size}, ${report.groups} groups, ${report.groupsWithStarter} with a starter, ` +
          `bound ${b.groups}, ${report.status}/${report.stoppedBy}, ${fmt(report.wallMs)} ms${report.valid ? "" : ` — INVALID: ${report.problems.join("; ")}`}`,
      );
      return report;
    });
    const [optional, required, requiredAnyAge] = reports;
    if (optional === undefined || required === undefined || requiredAnyAge === undefined) throw new Error("missing run");
    results.push({ seed, bound: b, groupSize, starters: input.starters?.length ?? 0, placement, optional, required, requiredAnyAge });
  }
  console.log(table(results));
  if (settings.write) {
    const command = `npx tsx bench/starters.ts ${args.join(" ")}`.trim();
    console.error(`updated ${writeSection(MARKERS, sectionBody(results, settings, command))} (${MARKERS.heading})`);
  }
  return results.every((r) => r.optional.valid && r.required.valid && r.requiredAnyAge.valid) ? 0 : 1;
}

process.exitCode = await main();
