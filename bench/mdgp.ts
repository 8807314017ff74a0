/**
 * MDGP benchmark: solves MDGPLIB instances from ../shared/bench/mdgp/, validates every
 * answer independently against the raw file, and reports the gap to the best-known values
 * and to the published TPSDP averages. Writes the "MDGP" section of BENCHMARKS.md.
 *
 *   npx tsx bench/mdgp.ts [--sizes 10,12,240] [--runs 5] [--time 20] [--filter RanReal]
 *                         [--no-write] [--tune depth=4000,perturbation=20]
 */
import { execSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { solveMdgp } from "../src/mdgp/solveMdgp.js";
import type { MdgpTuning } from "../src/mdgp/solveMdgp.js";
import { listMdgpInstances, readBestKnown, readMdgpFile, sizeOfName, validateMdgpAnswer } from "./mdgpInstances.js";

const args = process.argv.slice(2);
function flag(name: string): string | undefined {
  const k = args.indexOf(`--${name}`);
  return k >= 0 ? args[k + 1] : undefined;
}
const sizes = (flag("sizes") ?? "10,12,240").split(",").map(Number);
const runs = Number(flag("runs") ?? "5");
const timeOverride = flag("time");
const filter = flag("filter");
const write = !args.includes("--no-write");
const tuning: Partial<MdgpTuning> = {};
for (const kv of (flag("tune") ?? "").split(",").filter((s) => s !== "")) {
  const [key, value] = kv.split("=");
  (tuning as Record<string, number>)[key!] = Number(value);
}

/** Paper-scale time limits (seconds). */
function defaultSeconds(n: number): number {
  if (n <= 12) return 1;
  if (n <= 120) return 3;
  if (n <= 240) return 20;
  if (n <= 480) return 120;
  return 600;
}

const best = readBestKnown();
const names = listMdgpInstances().filter(
  (name) => sizes.includes(sizeOfName(name)) && (filter === undefined || name.includes(filter)),
);
const fmt = (x: number, digits = 3): string => x.toFixed(digits);
const rows: string[][] = [];
const header = ["instance", "n", "time (s)", "runs", "best", "average", "avg gap %", "best-known", "TPSDP avg", "TPSDP gap %", "time to best (s)", "iterations/s"];
console.log(header.join("\t"));
for (const name of names) {
  const file = readMdgpFile(name);
  const n = file.instance.n;
  const seconds = timeOverride !== undefined ? Number(timeOverride) : defaultSeconds(n);
  const bk = best.get(name);
  const values: number[] = [];
  const toBest: number[] = [];
  let rate = 0;
  for (let seed = 1; seed <= runs; seed++) {
    const result = solveMdgp(file.instance, { seed, timeLimitMs: seconds * 1000, tuning });
    const checked = validateMdgpAnswer(file, result.groupOf, result.objective);
    values.push(checked);
    toBest.push(result.timeToBestMs / 1000);
    rate += result.iterations / (result.elapsedMs / 1000) / runs;
    if (process.env.MDGP_VERBOSE) console.error(`${name} seed ${seed}: ${fmt(checked)} at ${fmt(result.timeToBestMs / 1000, 1)} s`);
  }
  const avg = values.reduce((a, b) => a + b, 0) / values.length;
  const top = Math.max(...values);
  const gap = (x: number | undefined): string =>
    bk === undefined || x === undefined ? "—" : fmt(Math.abs(bk.bestKnown - x) < 5e-4 ? 0 : (100 * (bk.bestKnown - x)) / bk.bestKnown, 3);
  const row = [
    name,
    String(n),
    String(seconds),
    String(runs),
    fmt(top),
    fmt(avg),
    gap(avg),
    bk === undefined ? "—" : `${fmt(bk.bestKnown)}${bk.status === "optimal" ? " (opt)" : ""}`,
    bk?.refAvg === undefined ? "—" : fmt(bk.refAvg),
    gap(bk?.refAvg),
    fmt(toBest.reduce((a, b) => a + b, 0) / toBest.length, n <= 12 ? 3 : 2),
    String(Math.round(rate)),
  ];
  rows.push(row);
  console.log(row.join("\t"));
}

if (write) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const path = join(root, "BENCHMARKS.md");
  const command = `npx tsx bench/mdgp.ts ${args.join(" ")}`.trim();
  const table = [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
  const key = `### n = ${sizes.join(", ")}${filter ? ` (${filter})` : ""}`;
  const block = [
    key,
    "",
    `Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${execSync("nproc").toString().trim()} cores, Node ${process.version}. Command: \`${command}\`. Seeds 1..${runs}; every answer validated against the raw pair list before it is counted.`,
    "",
    table,
    "",
  ].join("\n");
  writeFileSync(path, upsertSection(existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n", key, block));
  console.log(`updated ${path} (${key})`);
}

/** Replaces (or appends) subsection `key` inside the "## MDGP" section, leaving other sections intact. */
function upsertSection(text: string, key: string, block: string): string {
  const intro =
    "## MDGP\n\nMaximally Diverse Grouping Problem, MDGPLIB instances `*_01` (`../shared/bench/mdgp/`), solved by `solveMdgp` (src/mdgp): population tabu search (relocate + swap, cached per-group-pair swap scan), random perturbation and group crossover. Gaps are to `best_known.tsv` (negative = better than the listed best-known; every answer is re-scored from the raw pair list); TPSDP = Yang et al. 2022, 20-run average on their machine (C++, different CPU), shown for scale, not a same-machine comparison. Time to best = mean over runs of the time the returned solution was found.\n\n";
  const lines = text.split("\n");
  let start = lines.findIndex((l) => l.trim() === "## MDGP");
  if (start < 0) {
    return `${text.trimEnd()}\n\n${intro}${block}`;
  }
  let end = lines.findIndex((l, k) => k > start && l.startsWith("## "));
  if (end < 0) end = lines.length;
  const section = lines.slice(start, end);
  const subStart = section.findIndex((l) => l.trim() === key);
  let newSection: string[];
  if (subStart < 0) {
    newSection = [...trimEndLines(section), "", ...block.split("\n")];
  } else {
    let subEnd = section.findIndex((l, k) => k > subStart && l.startsWith("### "));
    if (subEnd < 0) subEnd = section.length;
    newSection = [...section.slice(0, subStart), ...block.split("\n"), ...section.slice(subEnd)];
  }
  start = Math.max(0, start);
  return [...lines.slice(0, start), ...newSection, ...lines.slice(end)].join("\n");
}

function trimEndLines(ls: string[]): string[] {
  const out = [...ls];
  while (out.length > 0 && out[out.length - 1]!.trim() === "") out.pop();
  return out;
}
