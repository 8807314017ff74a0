/**
 * `npx tsx bench/explainScale.ts [--sizes 5000,10000,20000,40000] [--baseline /path/to/other/checkout] [--no-write]`:
 * what the waitlist's explanations cost as national lists grow. `compose` on `nationalPool(n, 1)`
 * (bench/nationalPool.ts), stopped after 200 search iterations so the composition, and so the
 * waitlist, is fixed; the CPU time (process.cpuUsage, less swayed by other work than wall time)
 * from the "explanations" progress report to the "check" one. With `--baseline`, the same call of
 * another checkout's sources runs alternately in the same process, and the two results must be
 * byte-identical (elapsedMs aside). Every answer must pass `check` before it is counted.
 */
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import { check, type ComposeInput, type ComposeOptionsInput, type ComposeResult } from "../src/index.js";
import { machine, sectionMarkers, writeSection } from "./benchmarksFile.js";
import { nationalPool } from "./nationalPool.js";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "5000,10000,20000,40000" }, baseline: { type: "string" }, reps: { type: "string", default: "2" }, "no-write": { type: "boolean", default: false } } });
const sizes = values.sizes.split(",").map(Number);
const reps = Number(values.reps);
type Compose = (input: ComposeInput, options: ComposeOptionsInput) => ComposeResult;
const versions: [string, Compose][] = [["this checkout", (await import("../src/index.js")).compose]];
if (values.baseline !== undefined) versions.push([values.baseline, ((await import(`${values.baseline}/src/index.js`)) as { compose: Compose }).compose]);

const cpu = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

const rows: string[] = [];
for (const n of sizes) {
  const input = nationalPool(n, 1);
  const least = versions.map(() => Number.POSITIVE_INFINITY);
  const checkMs = versions.map(() => Number.POSITIVE_INFINITY);
  const hashes = versions.map(() => "");
  let waiting = 0;
  for (let rep = 0; rep < reps; rep++) {
    versions.forEach(([, compose], v) => {
      const at: Record<string, number> = {};
      const result = compose(input, { seed: 1, maxIterations: 200, timeLimitMs: 3_600_000, stopWhenIdle: false, onProgress: (p) => void (at[p.phase ?? ""] ??= cpu()) });
      const end = cpu();
      if (!check(input, result).ok) throw new Error(`n = ${n}: ${versions[v]![0]} gave an answer the checker rejects`);
      least[v] = Math.min(least[v]!, at["check"]! - at["explanations"]!);
      checkMs[v] = Math.min(checkMs[v]!, end - at["check"]!);
      hashes[v] = createHash("sha256").update(JSON.stringify({ ...result, stats: { ...result.stats, elapsedMs: 0 } })).digest("hex").slice(0, 12);
      waiting = result.stats.waiting;
    });
  }
  if (hashes.some((h) => h !== hashes[0])) throw new Error(`n = ${n}: the versions' results differ (${hashes.join(" ")})`);
  const figures = versions.map((_, v) => `${Math.round(least[v]!)}`).join(" | ");
  const ratio = versions.length > 1 ? ` | ${(least[1]! / least[0]!).toFixed(2)}` : "";
  rows.push(`| ${n.toLocaleString("en")} | ${waiting.toLocaleString("en")} | ${figures}${ratio} | ${Math.round(checkMs[0]!)} | ${hashes[0]} |`);
  console.log(rows.at(-1));
}

const header = versions.length > 1 ? `| n | waiting | explanations, CPU ms (this) | explanations, CPU ms (baseline) | baseline / this | check, CPU ms | result sha256 |\n|---|---|---|---|---|---|---|` : `| n | waiting | explanations, CPU ms | check, CPU ms | result sha256 |\n|---|---|---|---|---|`;
const table = `${header}\n${rows.join("\n")}`;
console.log(table);
if (!values["no-write"]) {
  const command = `npx tsx bench/explainScale.ts --sizes ${values.sizes}${values.baseline === undefined ? "" : " --baseline <checkout>"}`;
  const body = [
    `The waitlist's explanations on national lists: \`compose\` on \`nationalPool(n, 1)\` stopped after 200 search iterations (a fixed composition and waitlist), the least CPU time of ${reps} runs from the "explanations" progress report to the "check" one. Every answer passed \`check\`${versions.length > 1 ? "; both versions' results are byte-identical (the hash)" : ""}.`,
    "",
    `Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${machine()}.`,
    `Command: \`${command}\``,
    "",
    table,
  ].join("\n");
  console.log(`wrote ${writeSection(sectionMarkers("explain-scale", "## explanations at national scale", "bench/explainScale.ts"), body)}`);
}
