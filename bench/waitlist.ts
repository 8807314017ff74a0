/**
 * The waitlist on a national list where rooms and starters bind (bench/nationalPool.ts): how many
 * wait for each reason, which suggestions they get, and, on a sample, whether following a
 * suggestion (test/helpers/applySuggestion.ts) gives a group the checker accepts and whether a
 * new composition of the changed pool places the person.
 *
 *   npx tsx bench/waitlist.ts [--size 5000] [--seed 1] [--time-limit-ms 10000] [--sample 40] [--resolve-ms 5000] [--no-write]
 */
import { check, compose, validate, type ComposeResult, type Suggestion } from "../src/index.js";
import { followSuggestion } from "../test/helpers/applySuggestion.js";
import { machine, sectionMarkers, writeSection } from "./benchmarksFile.js";
import { commandLine } from "./flags.js";
import { nationalPool } from "./nationalPool.js";

const MARKERS = sectionMarkers("waitlist", "## waitlist", "bench/waitlist.ts");

function readSettings(args: readonly string[]) {
  const known = new Set(["--size", "--seed", "--time-limit-ms", "--sample", "--resolve-ms", "--no-write"]);
  for (const a of args) if (a.startsWith("--") && !known.has(a)) throw new Error(`unknown flag ${a}`);
  const { flag, count } = commandLine(args);
  return {
    size: count("size", flag("size") ?? "5000", 1),
    seed: count("seed", flag("seed") ?? "1", 0),
    timeLimitMs: count("time-limit-ms", flag("time-limit-ms") ?? "10000", 0),
    sample: count("sample", flag("sample") ?? "40", 0),
    resolveMs: count("resolve-ms", flag("resolve-ms") ?? "5000", 0),
    write: !args.includes("--no-write"),
  };
}

/** A kind with what else it asks for. */
function kindOf(s: Suggestion): string {
  return [s.kind, s.rule, s.count ? "people" : undefined, s.newStarters ? "starters" : undefined].filter((x) => x !== undefined).join(" + ");
}

function tally<T>(xs: Iterable<T>): Map<T, number> {
  const out = new Map<T, number>();
  for (const x of xs) out.set(x, (out.get(x) ?? 0) + 1);
  return out;
}

/** Up to `size` suggestions, taking each kind in turn so rare kinds are sampled too (waitlist order within a kind). */
function sampleByKind(result: ComposeResult, size: number): { personId: string; suggestion: Suggestion }[] {
  const byKind = new Map<string, { personId: string; suggestion: Suggestion }[]>();
  for (const e of result.waitlist) for (const s of e.suggestions) (byKind.get(kindOf(s)) ?? byKind.set(kindOf(s), []).get(kindOf(s))!).push({ personId: e.candidateId, suggestion: s });
  const lists = [...byKind.values()];
  const out: { personId: string; suggestion: Suggestion }[] = [];
  for (let k = 0; out.length < size && lists.some((l) => k < l.length); k++) for (const l of lists) if (k < l.length && out.length < size) out.push(l[k]!);
  return out;
}

const settings = readSettings(process.argv.slice(2));
const input = nationalPool(settings.size, settings.seed);
if (!validate(input).success) throw new Error("nationalPool gave an invalid input");
const started = performance.now();
const result = compose(input, { seed: settings.seed, timeLimitMs: settings.timeLimitMs });
const wallMs = Math.round(performance.now() - started);
if (!check(input, result).ok) throw new Error("the composition breaks a rule");

const firstReasons = tally(result.waitlist.map((e) => e.reasons[0]!.code));
const kinds = tally(result.waitlist.flatMap((e) => e.suggestions.map(kindOf)));
const withSuggestion = result.waitlist.filter((e) => e.suggestions.length > 0).length;
const never = result.waitlist.filter((e) => e.neverInThisPool === true).length;

const sampled = new Map<string, { n: number; valid: number; placed: number }>();
for (const { personId, suggestion } of sampleByKind(result, settings.sample)) {
  const row = sampled.get(kindOf(suggestion)) ?? { n: 0, valid: 0, placed: 0 };
  sampled.set(kindOf(suggestion), row);
  row.n += 1;
  const followed = followSuggestion(input, result, suggestion);
  if (!check(followed.input, followed.result).ok) continue;
  row.valid += 1;
  const again = compose(followed.input, { seed: settings.seed, timeLimitMs: settings.resolveMs });
  if (again.groups.some((g) => g.members.includes(personId))) row.placed += 1;
}

const pct = (a: number, b: number): string => (b === 0 ? "—" : `${Math.round((100 * a) / b)} %`);
const totals = [...sampled.values()].reduce((a, r) => ({ n: a.n + r.n, valid: a.valid + r.valid, placed: a.placed + r.placed }), { n: 0, valid: 0, placed: 0 });
const lines = [
  "",
  `\`compose\` on \`nationalPool(${settings.size}, ${settings.seed})\` (bench/nationalPool.ts): ${input.venues!.length} venues with ${input.venues!.reduce((a, v) => a + (v.rooms ?? 1), 0)} rooms in all (most have one) open in one or two evening slots, ${input.groups!.length} running groups holding rooms, ${input.starters!.length} starters with experience (every new group needs one, experience shared), two disaster events; time limit ${settings.timeLimitMs} ms, seed ${settings.seed}: ${result.status}, ${result.stats.placed} placed in ${result.groups.length} groups, ${result.waitlist.length} waiting, ${wallMs} ms; the answer passes \`check\`.`,
  "",
  `Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${machine()}.`,
  `Command: \`npx tsx bench/waitlist.ts --size ${settings.size} --seed ${settings.seed} --time-limit-ms ${settings.timeLimitMs} --sample ${settings.sample} --resolve-ms ${settings.resolveMs}\``,
  "",
  `Waiting: ${result.waitlist.length}; with at least one suggestion: ${withSuggestion} (${pct(withSuggestion, result.waitlist.length)}); \`neverInThisPool\`: ${never}.`,
  "",
  "| first reason | people |",
  "|---|---|",
  ...[...firstReasons].sort((a, b) => b[1] - a[1]).map(([code, n]) => `| \`${code}\` | ${n} |`),
  "",
  `Suggestions, and a sample of ${totals.n} taken kind by kind: followed as RULES.md says, is the promised group valid beside the result's (the checker judges), and does a new composition of the changed pool (${settings.resolveMs} ms, same seed) place the person?`,
  "",
  "| suggestion | given | sampled | valid when followed | placed by a new composition |",
  "|---|---|---|---|---|",
  ...[...kinds].sort((a, b) => b[1] - a[1]).map(([kind, n]) => {
    const s = sampled.get(kind);
    return `| ${kind} | ${n} | ${s?.n ?? 0} | ${s ? `${s.valid} / ${s.n}` : "—"} | ${s ? `${s.placed} / ${s.valid}` : "—"} |`;
  }),
  `| **sample** | | ${totals.n} | ${totals.valid} / ${totals.n} (${pct(totals.valid, totals.n)}) | ${totals.placed} / ${totals.valid} (${pct(totals.placed, totals.valid)}) |`,
  "",
];
console.log(lines.join("\n"));
if (settings.write) console.log(`written to ${writeSection(MARKERS, lines.join("\n"))}`);
