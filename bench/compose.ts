/**
 * Domain benchmark for `compose`: seeded realistic pools (`generatePool` in
 * test/helpers/pools.ts) of n = 100, 1,000 and 10,000, each run in a fresh child process
 * (bench/composeWorker.ts) so peak memory is per run. Every answer is checked with `check`
 * and a membership count before it is counted. For n = 1,000 long reference runs on the same
 * pool (seeds 1..k) give the quality reference: the best of them. Prints one table and writes
 * the "compose" section of BENCHMARKS.md.
 *
 *   npx tsx bench/compose.ts [--sizes 100,1000,10000] [--runs 5] [--reference-ms 60000]
 *                            [--reference-runs 3] [--time-limit-ms 2000] [--pool-seed 1]
 *                            [--quick] [--no-write]
 *
 * `--quick` = `--sizes 100,1000 --runs 2 --reference-ms 5000 --reference-runs 1` (explicit
 * flags still win), a smoke test. `--reference-ms 0` skips the reference runs. Without `--time-limit-ms`, n ≤ 1,000
 * gets 1000 ms and larger pools 8000 ms. Runs one child at a time. Exits 1 when any answer is
 * invalid or any run failed.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { machine, writeSection } from "./benchmarksFile.js";
import { runJsonChild } from "./child.js";
import { commandLine } from "./flags.js";
import { median } from "./stats.js";
import { parseWorkerReport, type WorkerReport, type WorkerRequest } from "./composeProtocol.js";

/** The pool size whose objective is compared with the long reference run. */
const REFERENCE_N = 1_000;
/** The large pool of the time and memory acceptance points. */
const LARGE_N = 10_000;
/** Acceptance thresholds, from the acceptance text. */
const LIMITS = { medianMsAt1000: 1_000, gapPercent: 0.5, medianMsAt10000: 10_000, peakRssMbAt10000: 1_024 } as const;
/** Markers around the generated part of the section; only text between them is replaced. */
const BEGIN = "<!-- compose:begin — written by bench/compose.ts; everything up to compose:end is replaced on each run -->";
const BEGIN_PREFIX = "<!-- compose:begin";
const END = "<!-- compose:end -->";
const HEADING = "## compose";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const workerPath = join(root, "bench", "composeWorker.ts");

/** Command-line settings of one benchmark run. */
interface Settings {
  sizes: number[];
  runs: number;
  referenceMs: number;
  /** Reference runs (seeds 1..k); the gap is taken to the best of them. */
  referenceRuns: number;
  timeLimitMs: number | undefined;
  poolSeed: number;
  quick: boolean;
  write: boolean;
}

/** Reads the flags; `--quick` only supplies defaults, so explicit flags override it. */
function readSettings(args: readonly string[]): Settings {
  const { flag, count } = commandLine(args);
  const known = new Set(["--sizes", "--runs", "--reference-ms", "--reference-runs", "--time-limit-ms", "--pool-seed", "--quick", "--no-write"]);
  for (const a of args) if (a.startsWith("--") && !known.has(a)) throw new Error(`unknown flag ${a}`);
  const quick = args.includes("--quick");
  const sizesText = flag("sizes") ?? (quick ? "100,1000" : "100,1000,10000");
  const timeLimit = flag("time-limit-ms");
  return {
    sizes: sizesText.split(",").map((s) => count("sizes", s.trim(), 1)),
    runs: count("runs", flag("runs") ?? (quick ? "2" : "5"), 1),
    referenceMs: count("reference-ms", flag("reference-ms") ?? (quick ? "5000" : "60000"), 0),
    referenceRuns: count("reference-runs", flag("reference-runs") ?? (quick ? "1" : "3"), 1),
    timeLimitMs: timeLimit === undefined ? undefined : count("time-limit-ms", timeLimit, 0),
    poolSeed: count("pool-seed", flag("pool-seed") ?? "1", 0),
    quick,
    write: !args.includes("--no-write"),
  };
}

/** The time limit for a pool of `n`: the flag, else 1 s up to n = 1,000 and 8 s above. */
function timeLimitFor(n: number, settings: Settings): number {
  return settings.timeLimitMs ?? (n <= REFERENCE_N ? 1_000 : 8_000);
}

/** Runs one request in a fresh child process and returns its report (a failure report if it crashed). */
function runChild(request: WorkerRequest): WorkerReport {
  const run = runJsonChild(workerPath, root, request, { timeoutMs: request.timeLimitMs * 2 + 300_000, maxBuffer: 64 * 1024 * 1024 }, parseWorkerReport);
  if ("report" in run) return run.report;
  return {
    request,
    valid: false,
    problems: [run.failure],
    status: "error",
    stats: null,
    groups: 0,
    wallMs: Number.NaN,
    generateMs: Number.NaN,
    checkMs: Number.NaN,
    baselineRssMb: Number.NaN,
    peakRssMb: Number.NaN,
  };
}

/** Largest value; NaN when empty. */
function max(xs: readonly number[]): number {
  return xs.length === 0 ? Number.NaN : xs.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
}

/** One row of the table: the runs of one size, or the reference run. */
interface Row {
  label: string;
  n: number;
  timeLimitMs: number;
  reports: WorkerReport[];
  /** Gap of this row's median objective to the reference, in %; only on the n = 1,000 row. */
  gapPercent?: number;
}

/** Figures of a row over the runs that returned an answer. */
function summarise(row: Row): {
  wallMedian: number;
  wallMax: number;
  elapsedMedian: number;
  placedMedian: number;
  objectiveMedian: number;
  peakRssMax: number;
  baselineRssMax: number;
  valid: number;
  outcomes: string;
  methods: string;
} {
  const answered = row.reports.filter((r) => r.stats !== null);
  const stats = answered.flatMap((r) => (r.stats === null ? [] : [r.stats]));
  const distinct = (xs: readonly string[]): string => [...new Set(xs)].join(", ");
  return {
    wallMedian: median(answered.map((r) => r.wallMs)),
    wallMax: max(answered.map((r) => r.wallMs)),
    elapsedMedian: median(stats.map((s) => s.elapsedMs)),
    placedMedian: median(stats.map((s) => s.placed)),
    objectiveMedian: median(stats.map((s) => s.objective)),
    peakRssMax: max(row.reports.map((r) => r.peakRssMb).filter((x) => Number.isFinite(x))),
    baselineRssMax: max(row.reports.map((r) => r.baselineRssMb).filter((x) => Number.isFinite(x))),
    valid: row.reports.filter((r) => r.valid).length,
    outcomes: distinct(row.reports.map((r) => (r.stats === null ? r.status : `${r.status}/${r.stats.stoppedBy}`))),
    methods: distinct(stats.map((s) => s.method)),
  };
}

/** Formats a number, or "—" when it is not finite. */
function fmt(x: number | undefined, digits = 0): string {
  return x === undefined || !Number.isFinite(x) ? "—" : x.toFixed(digits);
}

const HEADER = [
  "n",
  "time limit (ms)",
  "runs (seeds)",
  "wall median (ms)",
  "wall max (ms)",
  "stats.elapsedMs median",
  "placed median",
  "objective median",
  "gap to ref %",
  "peak RSS max (MB)",
  "RSS before compose (MB)",
  "status/stoppedBy",
  "method",
  "valid",
] as const;

/** The table cells of one row. */
function cells(row: Row): string[] {
  const s = summarise(row);
  const seeds = row.reports.map((r) => r.request.seed);
  const seedText = seeds.length === 1 ? `${seeds[0] ?? "—"}` : `${seeds[0] ?? "—"}..${seeds[seeds.length - 1] ?? "—"}`;
  return [
    row.label,
    String(row.timeLimitMs),
    `${row.reports.length} (${seedText})`,
    fmt(s.wallMedian),
    fmt(s.wallMax),
    fmt(s.elapsedMedian),
    `${fmt(s.placedMedian, Number.isInteger(s.placedMedian) ? 0 : 1)} / ${row.n}`,
    fmt(s.objectiveMedian, 2),
    fmt(row.gapPercent, 3),
    fmt(s.peakRssMax, 1),
    fmt(s.baselineRssMax, 1),
    s.outcomes,
    s.methods === "" ? "—" : s.methods,
    s.valid === row.reports.length ? `${s.valid}/${row.reports.length}` : `INVALID ${row.reports.length - s.valid}/${row.reports.length}`,
  ];
}

/** A Markdown table of the rows. */
function table(rows: readonly Row[]): string {
  const line = (cs: readonly string[]): string => `| ${cs.join(" | ")} |`;
  return [line(HEADER), `|${HEADER.map(() => "---").join("|")}|`, ...rows.map((r) => line(cells(r)))].join("\n");
}

/** The best objective among valid reference runs, or undefined when none is valid. */
function bestReference(reports: readonly WorkerReport[]): number | undefined {
  const objectives = reports.flatMap((r) => (r.valid && r.stats !== null ? [r.stats.objective] : []));
  return objectives.length === 0 ? undefined : max(objectives);
}

/** One line per acceptance point: met / not met with the figure, or why it was not measured. */
function acceptance(rows: readonly Row[], settings: Settings): string[] {
  const main = (n: number): Row | undefined => rows.find((r) => r.n === n && !r.label.includes("reference"));
  const verdict = (ok: boolean): string => (ok ? "met" : "**not met**");
  const out: string[] = [];
  const at1000 = main(REFERENCE_N);
  if (at1000 === undefined) {
    out.push("- n = 1,000, median time ≤ 1 s: not measured (n = 1,000 not in --sizes).");
    out.push("- n = 1,000, objective within 0.5 % of the 60 s run: not measured (n = 1,000 not in --sizes).");
  } else {
    const s = summarise(at1000);
    out.push(
      `- n = 1,000, median time ≤ 1 s: ${verdict(s.wallMedian <= LIMITS.medianMsAt1000)} — median wall ${fmt(s.wallMedian)} ms (max ${fmt(s.wallMax)} ms, time limit ${at1000.timeLimitMs} ms).`,
    );
    const reference = rows.find((r) => r.label.includes("reference"));
    const refObjective = reference === undefined ? undefined : bestReference(reference.reports);
    const refAll = reference?.reports.map((r) => fmt(r.stats?.objective, 2)).join(", ") ?? "";
    if (reference === undefined || at1000.gapPercent === undefined || refObjective === undefined) {
      out.push("- n = 1,000, objective within 0.5 % of the 60 s run: not measured (no valid reference run).");
    } else {
      const caveat = reference.timeLimitMs === 60_000 ? "" : ` — reference ran ${reference.timeLimitMs} ms, not 60 s, so indicative only`;
      out.push(
        `- n = 1,000, objective within 0.5 % of the 60 s run: ${verdict(at1000.gapPercent <= LIMITS.gapPercent)} — gap ${fmt(at1000.gapPercent, 3)} % (median ${fmt(s.objectiveMedian, 2)} vs ${fmt(refObjective, 2)}, the best of ${reference.reports.length} reference runs: ${refAll})${caveat}.`,
      );
    }
  }
  const at10000 = main(LARGE_N);
  if (at10000 === undefined) {
    out.push("- n = 10,000, time ≤ 10 s: not measured (n = 10,000 not in --sizes).");
    out.push("- n = 10,000, peak RSS ≤ 1 GB: not measured (n = 10,000 not in --sizes).");
  } else {
    const s = summarise(at10000);
    out.push(
      `- n = 10,000, time ≤ 10 s (median): ${verdict(s.wallMedian <= LIMITS.medianMsAt10000)} — median wall ${fmt(s.wallMedian)} ms (max ${fmt(s.wallMax)} ms, time limit ${at10000.timeLimitMs} ms).`,
    );
    out.push(
      `- n = 10,000, peak RSS ≤ 1 GB: ${verdict(s.peakRssMax <= LIMITS.peakRssMbAt10000)} — max peak RSS ${fmt(s.peakRssMax, 1)} MB over ${at10000.reports.length} runs.`,
    );
  }
  const all = rows.flatMap((r) => r.reports);
  const bad = all.filter((r) => !r.valid).length;
  out.push(`- Every answer passes \`check\`: ${verdict(bad === 0)} — ${all.length - bad} of ${all.length} answers valid.`);
  if (settings.quick) out.push("", "_Smoke run (`--quick`): these lines check the harness, they are not acceptance figures._");
  return out;
}

/** The generated part of the section (between the markers). */
function sectionBody(rows: readonly Row[], settings: Settings, command: string): string {
  const methods = [...new Set(rows.flatMap((r) => r.reports.flatMap((x) => (x.stats === null ? [] : [x.stats.method]))))];
  const solver = methods.map((m) => (m === "construct" ? "constructive" : m)).join(" + ") || "unknown";
  const lines = [
    ...(settings.quick ? [`**Smoke run, ${solver} solver** — checks that the harness works; not acceptance figures.`, ""] : []),
    `\`compose\` on \`generatePool(n, ${settings.poolSeed})\` (test/helpers/pools.ts: several municipalities, problems, relations, slots), ` +
      `${settings.runs === 1 ? "seed 1" : `seeds 1..${settings.runs}`} on the same pool; each run in a fresh child process (bench/composeWorker.ts). ` +
      "Every answer is checked with `check` and an independent membership count before it is counted.",
    "",
    `Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${machine()}.`,
    `Command: \`${command}\``,
    "",
    table(rows),
    "",
    "Wall = time around the `compose` call inside the child (pool generation and the benchmark's own `check` excluded). " +
      "Peak RSS = the child's `process.resourceUsage().maxRSS` read right after `compose` returns, so it includes Node, tsx and the " +
      "generated pool (\"RSS before compose\"). Gap % = (reference − median) / |reference| × 100, where the reference is the best of the long runs (they end in different local optima, so the best is the strictest reading of \"the 60 s run\"); negative means the short runs beat it.",
    "",
    "Acceptance:",
    "",
    ...acceptance(rows, settings),
  ];
  return lines.join("\n");
}

function writeComposeSection(body: string): string {
  return writeSection({ heading: HEADING, begin: BEGIN, beginPrefix: BEGIN_PREFIX, end: END }, body);
}

/** Runs the benchmark; returns the process exit code. */
function main(): number {
  const args = process.argv.slice(2);
  const settings = readSettings(args);
  const rows: Row[] = [];
  const log = (report: WorkerReport): void => {
    const { n, seed, timeLimitMs } = report.request;
    const s = report.stats;
    const figures =
      s === null
        ? "no answer"
        : `${fmt(report.wallMs)} ms (elapsedMs ${fmt(s.elapsedMs)}), placed ${s.placed}/${n}, objective ${fmt(s.objective, 2)}, ${report.status}/${s.stoppedBy}, ${s.method}, ${s.iterations} iterations`;
    // Progress goes to stderr so stdout holds just the table.
    console.error(`n=${n} seed=${seed} limit=${timeLimitMs} ms: ${figures}, peak RSS ${fmt(report.peakRssMb, 1)} MB${report.valid ? "" : ` — INVALID: ${report.problems.join("; ")}`}`);
  };
  for (const n of settings.sizes) {
    const timeLimitMs = timeLimitFor(n, settings);
    const reports: WorkerReport[] = [];
    for (let seed = 1; seed <= settings.runs; seed++) {
      const report = runChild({ n, poolSeed: settings.poolSeed, seed, timeLimitMs, fullLength: false });
      log(report);
      reports.push(report);
    }
    const row: Row = { label: String(n), n, timeLimitMs, reports };
    rows.push(row);
    if (n === REFERENCE_N && settings.referenceMs > 0) {
      // The reference searches for its whole time: stopping when idle would make it no reference at all.
      const references: WorkerReport[] = [];
      for (let seed = 1; seed <= settings.referenceRuns; seed++) {
        const report = runChild({ n, poolSeed: settings.poolSeed, seed, timeLimitMs: settings.referenceMs, fullLength: true });
        log(report);
        references.push(report);
      }
      rows.push({ label: `${n} reference`, n, timeLimitMs: settings.referenceMs, reports: references });
      // Long runs end in different local optima: the strictest reference is the best of them.
      const ref = bestReference(references);
      const med = summarise(row).objectiveMedian;
      // The gap is only meaningful against a valid reference with a non-zero objective.
      if (ref !== undefined && ref !== 0 && Number.isFinite(med)) row.gapPercent = ((ref - med) / Math.abs(ref)) * 100;
    }
  }
  console.log(table(rows));
  if (settings.write) {
    const command = `npx tsx bench/compose.ts ${args.join(" ")}`.trim();
    console.error(`updated ${writeComposeSection(sectionBody(rows, settings, command))} (${HEADING})`);
  }
  return rows.every((r) => r.reports.every((x) => x.valid)) ? 0 : 1;
}

process.exitCode = main();
