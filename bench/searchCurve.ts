/**
 * How good the search gets for the work it does. `compose` on `generatePool(n, poolSeed)` with
 * a fixed iteration budget (`maxIterations`, no idle stop), seeds 1..S, at several budgets: a
 * run bounded by work is deterministic, so every figure here is exact and the same on any
 * machine, and engine changes can be compared by mean ± standard error rather than by timed
 * runs on a shared, noisy machine. A second table measures what the first call of a process
 * pays for V8 warming up: the iterations a timed call gets as the first call of a fresh
 * process and as a later call of the same process. Every answer is checked with `check` and
 * a membership count. Prints the tables and writes the "search curve" section of BENCHMARKS.md.
 *
 *   npx tsx bench/searchCurve.ts [--seeds 64] [--budgets 100000,200000,400000,800000]
 *                                [--n 1000] [--pool-seed 1] [--warmup-seeds 3] [--no-write]
 *
 * The fixed-work runs are shared among one child process per core; the timed ones run one
 * child at a time. Exits 1 when any answer is invalid or a child failed.
 */
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { machine, writeSection } from "./benchmarksFile.js";
import { commandLine } from "./flags.js";
import { mean, median, standardError } from "./stats.js";
import type { CurveLine, CurveRequest } from "./searchCurveWorker.js";

const HEADING = "## search curve";
const BEGIN = "<!-- search-curve:begin — written by bench/searchCurve.ts; everything up to search-curve:end is replaced on each run -->";
const BEGIN_PREFIX = "<!-- search-curve:begin";
const END = "<!-- search-curve:end -->";
/** The time limit of the timed calls: the n = 1,000 limit of the compose acceptance point. */
const WARMUP_LIMIT_MS = 1_000;
/** Timed calls per process: the last shows the speed once V8 has optimised the search. */
const WARMUP_CALLS = 3;

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const workerPath = join(root, "bench", "searchCurveWorker.ts");

interface Settings {
  seeds: number;
  budgets: number[];
  n: number;
  poolSeed: number;
  warmupSeeds: number;
  write: boolean;
}

function readSettings(args: readonly string[]): Settings {
  const known = new Set(["--seeds", "--budgets", "--n", "--pool-seed", "--warmup-seeds", "--no-write"]);
  for (const a of args) if (a.startsWith("--") && !known.has(a)) throw new Error(`unknown flag ${a}`);
  const { flag, count } = commandLine(args);
  return {
    seeds: count("seeds", flag("seeds") ?? "64", 2),
    budgets: (flag("budgets") ?? "100000,200000,400000,800000").split(",").map((s) => count("budgets", s.trim(), 1)),
    n: count("n", flag("n") ?? "1000", 1),
    poolSeed: count("pool-seed", flag("pool-seed") ?? "1", 0),
    warmupSeeds: count("warmup-seeds", flag("warmup-seeds") ?? "3", 0),
    write: !args.includes("--no-write"),
  };
}

/** Runs one child to the end; resolves with its lines, and with `failed` when it exited non-zero or printed nothing it should have. */
function runChild(request: CurveRequest): Promise<{ lines: CurveLine[]; failed: string | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", workerPath, JSON.stringify(request)], { cwd: root });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => {
      const lines = stdout.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as CurveLine);
      const tail = stderr.trim().split("\n").slice(-3).join(" | ");
      resolve({ lines, failed: code === 0 ? null : `exit ${String(code)}${tail ? `: ${tail}` : ""}` });
    });
  });
}

const round = (x: number): string => Math.round(x).toLocaleString("en-US");

async function main(): Promise<void> {
  const settings = readSettings(process.argv.slice(2));
  const failures: string[] = [];

  // Timed calls first, one child at a time, so no other run competes for the cores.
  const warmups: CurveLine[][] = [];
  for (let seed = 1; seed <= settings.warmupSeeds; seed++) {
    const { lines, failed } = await runChild({ kind: "warmup", n: settings.n, poolSeed: settings.poolSeed, seed, timeLimitMs: WARMUP_LIMIT_MS, calls: WARMUP_CALLS });
    if (failed !== null || lines.length !== WARMUP_CALLS) failures.push(`timed seed ${seed}: ${failed ?? `${lines.length} of ${WARMUP_CALLS} calls reported`}`);
    warmups.push(lines);
  }

  const seeds = Array.from({ length: settings.seeds }, (_, k) => k + 1);
  const parts = Math.max(1, Math.min(availableParallelism(), seeds.length));
  const shares = Array.from({ length: parts }, (_, p) => seeds.filter((_, k) => k % parts === p));
  const started = performance.now();
  const results = await Promise.all(shares.map((share) => runChild({ kind: "work", n: settings.n, poolSeed: settings.poolSeed, seeds: share, budgets: settings.budgets })));
  const workMs = performance.now() - started;
  const lines = results.flatMap((r) => r.lines);
  results.forEach((r, p) => r.failed !== null && failures.push(`work child ${p + 1}: ${r.failed}`));
  const expected = seeds.length * settings.budgets.length;
  if (lines.length !== expected) failures.push(`${lines.length} of ${expected} fixed-work runs reported`);
  const invalid = [...lines, ...warmups.flat()].filter((l) => !l.valid).length;
  if (invalid > 0) failures.push(`${invalid} answer(s) failed check or the membership count`);

  const header = "| iterations | runs (seeds) | objective mean ± s.e. | min | median | max | placed mean | valid |";
  const curveRows = settings.budgets.map((budget) => {
    const runs = lines.filter((l) => l.budget === budget);
    const objectives = runs.map((l) => l.objective);
    if (runs.length < 2) return `| ${round(budget)} | ${runs.length} | — | — | — | — | — | ${runs.filter((l) => l.valid).length}/${runs.length} |`;
    return `| ${round(budget)} | ${runs.length} (1..${settings.seeds}) | ${round(mean(objectives))} ± ${round(standardError(objectives))} | ${round(Math.min(...objectives))} | ${round(median(objectives))} | ${round(Math.max(...objectives))} | ${mean(runs.map((l) => l.placed)).toFixed(1)} | ${runs.filter((l) => l.valid).length}/${runs.length} |`;
  });
  const warmupRows = warmups.filter((calls) => calls.length === WARMUP_CALLS).map((calls) => {
    const first = calls[0]!;
    const last = calls[WARMUP_CALLS - 1]!;
    return `| ${first.seed} | ${round(first.iterations)} | ${round(last.iterations)} | ${(last.iterations / first.iterations).toFixed(2)} | ${round(first.objective)} | ${round(last.objective)} |`;
  });

  const body = [
    `\`compose\` on \`generatePool(${settings.n}, ${settings.poolSeed})\` with \`maxIterations\` as the only limit (\`stopWhenIdle: false\`), seeds 1..${settings.seeds}, ${parts} child process(es) sharing the seeds (bench/searchCurveWorker.ts). A run bounded by work is deterministic: these objectives are the same on any machine. Every answer is checked with \`check\` and a membership count.`,
    "",
    `Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${machine()}.`,
    `Command: \`npx tsx bench/searchCurve.ts${process.argv.slice(2).length > 0 ? ` ${process.argv.slice(2).join(" ")}` : ""}\` (fixed-work part: ${(workMs / 1000).toFixed(0)} s).`,
    "",
    header,
    "|---|---|---|---|---|---|---|---|",
    ...curveRows,
    "",
    `Timed calls: ${WARMUP_CALLS} \`compose\` calls of ${WARMUP_LIMIT_MS} ms (\`stopWhenIdle: false\`) one after another in one fresh process per seed, one process at a time. The first call pays for V8 compiling the search while it runs; the last runs optimised code. The objectives differ because a timed run's length depends on the machine.`,
    "",
    "| seed | iterations, 1st call | iterations, last call | ratio | objective, 1st call | objective, last call |",
    "|---|---|---|---|---|---|",
    ...(warmupRows.length > 0 ? warmupRows : ["| — | — | — | — | — | — |"]),
    ...(failures.length > 0 ? ["", `Failures: ${failures.join("; ")}.`] : []),
  ].join("\n");

  process.stdout.write(`${body}\n`);
  if (settings.write) process.stdout.write(`\nwrote ${writeSection({ heading: HEADING, begin: BEGIN, beginPrefix: BEGIN_PREFIX, end: END }, body)}\n`);
  if (failures.length > 0) process.exitCode = 1;
}

await main();
