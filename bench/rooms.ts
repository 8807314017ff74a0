/**
 * Rooms binding against rooms unlimited (issue 21): `compose` on the one-room national list
 * (`nationalPool(n, seed, "one-room")`: every venue one room in one evening, running groups
 * holding rooms, scarce starters) and on the same list with every venue given 100 rooms, at each
 * time limit, one after the other in this process so the ratios share the machine's load.
 * Iterations per second are over the search phase (from the first `search` progress report to
 * `rooms`), per wall second and per CPU second of this process (the machine is shared).
 *
 *   npx tsx bench/rooms.ts [--sizes 5000,10000] [--limits 2000,10000,60000] [--seed 1] [--no-write]
 */
import { loadavg } from "node:os";
import { check, compose, validate, type ComposeInput } from "../src/index.js";
import { machine, sectionMarkers, writeSection } from "./benchmarksFile.js";
import { commandLine } from "./flags.js";
import { nationalPool } from "./nationalPool.js";

const MARKERS = sectionMarkers("rooms", "## rooms", "bench/rooms.ts");

function readSettings(args: readonly string[]) {
  const known = new Set(["--sizes", "--limits", "--seed", "--no-write"]);
  for (const a of args) if (a.startsWith("--") && !known.has(a)) throw new Error(`unknown flag ${a}`);
  const { flag, count } = commandLine(args);
  const list = (name: string, text: string): number[] => text.split(",").map((x) => count(name, x, 1));
  return {
    sizes: list("sizes", flag("sizes") ?? "5000,10000"),
    limits: list("limits", flag("limits") ?? "2000,10000,60000"),
    seed: count("seed", flag("seed") ?? "1", 0),
    write: !args.includes("--no-write"),
  };
}

interface Run {
  placed: number;
  iterations: number;
  searchMs: number;
  searchCpuMs: number;
  wallMs: number;
  ok: boolean;
}

/** One compose call, with the search phase timed by its progress reports. */
function run(input: ComposeInput, seed: number, timeLimitMs: number): Run {
  let searchAt: { wall: number; cpu: NodeJS.CpuUsage } | undefined;
  let searchMs = 0;
  let searchCpuMs = 0;
  const started = performance.now();
  const result = compose(input, {
    seed,
    timeLimitMs,
    onProgress: (p) => {
      if (p.phase === "search" && searchAt === undefined) searchAt = { wall: performance.now(), cpu: process.cpuUsage() };
      if (p.phase === "rooms" && searchAt !== undefined && searchMs === 0) {
        const cpu = process.cpuUsage(searchAt.cpu);
        searchMs = performance.now() - searchAt.wall;
        searchCpuMs = (cpu.user + cpu.system) / 1000;
      }
    },
  });
  const wallMs = performance.now() - started;
  return { placed: result.stats.placed, iterations: result.stats.iterations, searchMs, searchCpuMs, wallMs, ok: check(input, result).ok };
}

/** The same list with rooms that never run out. */
function roomsUnlimited(input: ComposeInput): ComposeInput {
  return { ...input, venues: (input.venues ?? []).map((v) => ({ ...v, rooms: 100 })) };
}

const settings = readSettings(process.argv.slice(2));
const perSecond = (its: number, ms: number): string => (ms > 0 ? String(Math.round((1000 * its) / ms)) : "—");
const rows: string[] = [];
const verdicts: string[] = [];
const loadBefore = loadavg().map((x) => x.toFixed(1)).join(", ");
for (const n of settings.sizes) {
  const binding = nationalPool(n, settings.seed, "one-room");
  if (!validate(binding).success) throw new Error("nationalPool gave an invalid input");
  const pools = { binding, unlimited: roomsUnlimited(binding) };
  const placed = new Map<string, number>();
  const rate = new Map<string, number>();
  for (const limit of settings.limits) {
    for (const [rooms, input] of Object.entries(pools)) {
      const r = run(input, settings.seed, limit);
      placed.set(`${rooms} ${limit}`, r.placed);
      rate.set(`${rooms} ${limit}`, r.searchCpuMs > 0 ? r.iterations / r.searchCpuMs : 0);
      const row = `| ${n} | ${rooms} | ${limit / 1000} s | ${r.iterations} | ${(r.searchMs / 1000).toFixed(1)} | ${perSecond(r.iterations, r.searchMs)} | ${perSecond(r.iterations, r.searchCpuMs)} | ${r.placed} | ${(r.wallMs / 1000).toFixed(1)} s | ${r.ok ? "passes" : "FAILS"} |`;
      console.log(row);
      rows.push(row);
    }
  }
  const longest = Math.max(...settings.limits);
  for (const limit of settings.limits) {
    const ratio = (rate.get(`binding ${limit}`) ?? 0) / Math.max(1e-9, rate.get(`unlimited ${limit}`) ?? 0);
    const gap = 1 - (placed.get(`binding ${limit}`) ?? 0) / Math.max(1, placed.get(`binding ${longest}`) ?? 0);
    verdicts.push(`n = ${n}, ${limit / 1000} s: iterations per CPU second binding / unlimited ${ratio.toFixed(2)}; binding places ${(100 * gap).toFixed(1)} % fewer than at ${longest / 1000} s.`);
  }
}
const first = nationalPool(settings.sizes[0]!, settings.seed, "one-room");
const lines = [
  "",
  `\`compose\` on \`nationalPool(n, ${settings.seed}, "one-room")\` (bench/nationalPool.ts): at n = ${settings.sizes[0]}, ${first.venues!.length} venues of one room each open in one evening, ${first.groups!.length} running groups holding rooms, ${first.starters!.length} starters (every new group needs one, experience shared); "unlimited" is the same list with 100 rooms per venue. Runs one after the other in one process; iterations per second over the search phase, per wall and per CPU second of this process (the machine is shared: the CPU figure is the one to compare).`,
  "",
  `Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${machine()}. Load average (1, 5, 15 min) at the start: ${loadBefore}; at the end: ${loadavg().map((x) => x.toFixed(1)).join(", ")}.`,
  `Command: \`npx tsx bench/rooms.ts --sizes ${settings.sizes.join(",")} --limits ${settings.limits.join(",")} --seed ${settings.seed}\``,
  "",
  "| n | rooms | time limit | iterations | search s | it/s (wall) | it/s (CPU) | placed | call | check |",
  "|---|---|---|---|---|---|---|---|---|---|",
  ...rows,
  "",
  ...verdicts.map((v) => `- ${v}`),
  "",
];
console.log(lines.join("\n"));
if (settings.write) console.log(`written to ${writeSection(MARKERS, lines.join("\n"))}`);
