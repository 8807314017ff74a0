/**
 * `npm run example`: composes the built-in example pool (`examples/pool.json`) and prints the
 * groups, the waitlist and the independent checker's verdict as plain text.
 *
 * The pool is pseudonymous (ids like "c001"), so printing each member's age and problem area is
 * fine here; with real data, print ids only.
 */
import { readFileSync } from "node:fs";
import { compose, check } from "../src/index.js";
import { ComposeInputSchema, type CandidateInput, type ComposeInput } from "../src/model/schemas.js";
import type { ComposeResult, ComposedGroup, Suggestion, WaitlistEntry } from "../src/model/result.js";

const POOL_URL = new URL("./pool.json", import.meta.url);

/** Reads and validates the pool, so a broken file fails here with the schema's own message. */
function loadPool(): ComposeInput {
  const raw: unknown = JSON.parse(readFileSync(POOL_URL, "utf8"));
  const parsed = ComposeInputSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`examples/pool.json does not match the input schema:\n${first.join("\n")}`);
  }
  // Validated just above; the raw file (not the normalised copy) is what a caller would pass.
  return raw as ComposeInput;
}

const GENDER_SHORT: Record<string, string> = { female: "f", male: "m", other: "o", undisclosed: "?" };

/** "f4 m3": the non-zero gender counts of a group. */
function genderSummary(genders: Record<string, number>): string {
  return Object.entries(genders)
    .filter(([, n]) => n > 0)
    .map(([g, n]) => `${GENDER_SHORT[g] ?? g}${n}`)
    .join(" ");
}

/** One member as "c014 31f": id, age and gender initial ("?" where not recorded). */
function memberLabel(id: string, byId: ReadonlyMap<string, CandidateInput>): string {
  const c = byId.get(id);
  const age = c?.age === undefined ? "?" : String(c.age);
  const gender = c?.gender === undefined ? "?" : (GENDER_SHORT[c.gender] ?? "?");
  return `${id} ${age}${gender}`;
}

/** Left-aligned columns: each cell padded to the widest in its column. */
function table(rows: readonly (readonly string[])[], indent = ""): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  ").trimEnd());
}

/** Wraps items into lines no wider than `width`, each starting with `indent`. */
function wrap(items: readonly string[], indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = "";
  for (const item of items) {
    if (line !== "" && indent.length + line.length + 3 + item.length > width) {
      lines.push(indent + line);
      line = "";
    }
    line = line === "" ? item : `${line} · ${item}`;
  }
  if (line !== "") lines.push(indent + line);
  return lines;
}

function placeOf(g: ComposedGroup): string {
  if (g.venue !== null) return g.municipality !== null ? `${g.venue} (${g.municipality})` : g.venue;
  return g.municipality ?? "-";
}

function groupLines(groups: readonly ComposedGroup[], byId: ReadonlyMap<string, CandidateInput>): string[] {
  const header = ["group", "slot", "place", "size", "ages", "span", "genders", "problems", "starters"];
  const rows = groups.map((g) => {
    const ages = g.members.map((m) => byId.get(m)?.age).filter((a): a is number => a !== undefined);
    const range = ages.length > 0 ? `${Math.min(...ages)}-${Math.max(...ages)}` : "-";
    return [
      g.existing !== null ? `${g.id} (was ${g.existing})` : g.id,
      g.slot ?? "-",
      placeOf(g),
      String(g.metrics.size),
      range,
      String(g.metrics.ageSpan),
      genderSummary(g.metrics.genders),
      g.metrics.problems.join(", ") || "-",
      g.starters.join(" ") || "-",
    ];
  });
  const out = table([header, ...rows], "  ");
  out.push("");
  const idWidth = Math.max(...groups.map((g) => g.id.length));
  for (const g of groups) {
    const kinds = new Set(g.members.map((m) => kindOf(byId.get(m))));
    out.push(`  ${g.id.padEnd(idWidth)}  ${[...kinds].join(" / ")}`);
    out.push(...wrap(g.members.map((m) => memberLabel(m, byId)), "      "));
  }
  return out;
}

/** "dementia, relative (partner, home)": what a member shares with the group. */
function kindOf(c: CandidateInput | undefined): string {
  if (c === undefined) return "?";
  const detail = [c.relation, c.patientSetting].filter((x) => x !== undefined).join(", ");
  return `${c.problem ?? "no problem recorded"}, ${c.role ?? "no role"}${detail ? ` (${detail})` : ""}`;
}

/** A reason with its figures, as a coordinator would read it. */
function reasonLine(r: WaitlistEntry["reasons"][number]): string {
  const figures = [
    r.compatible === undefined ? "" : `${r.compatible} could share a group with them`,
    r.missing === undefined ? "" : `${r.missing} missing`,
    r.partnerId === undefined ? "" : `partner ${r.partnerId}: ${r.partnerReason ?? "?"}`,
    r.placedLongerWaiting === undefined ? "" : `${r.placedLongerWaiting} who waited longer were placed`,
  ].filter((x) => x !== "");
  return `${r.code}${figures.length > 0 ? ` (${figures.join("; ")})` : ""}: ${r.message}`;
}

function waitlistLines(waitlist: readonly WaitlistEntry[]): string[] {
  const out: string[] = [];
  for (const w of waitlist) {
    const [first, ...rest] = w.reasons;
    const when = w.neverInThisPool === true ? "  [cannot be placed in this pool]" : w.neverInThisPool === false ? "  [lost out to others]" : "";
    out.push(`  ${w.candidateId.padEnd(6)}${first ? reasonLine(first) : "(no reason given)"}${when}`);
    for (const r of rest) out.push(`  ${"".padEnd(6)}${reasonLine(r)}`);
    for (const s of w.suggestions) {
      out.push(`  ${"".padEnd(6)}-> ${s.kind}: ${s.message}${s.againstGuidance === true ? " [against guidance]" : ""}`);
      out.push(`  ${"".padEnd(9)}${changeOf(s)}`);
    }
  }
  return out;
}

function headerLine(result: ComposeResult): string {
  const s = result.stats;
  return [
    `placed ${s.placed}`,
    `waiting ${s.waiting}`,
    `status ${result.status}`,
    `objective ${s.objective.toFixed(1)}`,
    `(method ${s.method}, seed ${s.seed}, ${s.iterations} iterations, ${Math.round(s.elapsedMs)} ms)`,
  ].join("   ");
}

/** Formats one checker violation; typed loosely so the report stays readable whatever it carries. */
function violationLine(v: { rule?: unknown; message?: unknown; groupId?: unknown }): string {
  const where = typeof v.groupId === "string" ? ` [${v.groupId}]` : "";
  return `  ${typeof v.rule === "string" ? v.rule : "?"}${where}: ${typeof v.message === "string" ? v.message : ""}`;
}

function main(): void {
  const pool = loadPool();
  const byId = new Map(pool.candidates.map((c) => [c.id, c]));
  const result = compose(pool, { seed: 1 });
  const verdict = check(pool, result);

  const lines: string[] = [];
  lines.push(`sammen example: ${pool.candidates.length} candidates, ${pool.venues?.length ?? 0} venues, ${pool.starters?.length ?? 0} starters`);
  lines.push(headerLine(result));
  lines.push("");
  lines.push(`GROUPS (${result.groups.length})`);
  lines.push(...(result.groups.length > 0 ? groupLines(result.groups, byId) : ["  none"]));
  lines.push("");
  lines.push(`WAITLIST (${result.waitlist.length})`);
  lines.push(...(result.waitlist.length > 0 ? waitlistLines(result.waitlist) : ["  nobody waits"]));
  lines.push("");
  lines.push(verdict.ok ? "CHECK: ok, no hard rule broken" : `CHECK: ${verdict.violations.length} violation(s)`);
  for (const v of verdict.violations) lines.push(violationLine(v));
  // Warnings are what the input already breaks; they never fail the run.
  if (result.warnings.length > 0) lines.push("", `WARNINGS (${result.warnings.length}): the input breaks these, sammen left them as they were`);
  for (const w of result.warnings) lines.push(`  ${w.code}${w.rule === undefined ? "" : ` ${w.rule}`}: ${w.message}`);
  console.log(lines.join("\n"));
  if (!verdict.ok) process.exitCode = 1;
}

main();

/** A suggestion's data as a coordinator would act on it: the change, and the group it would let start. */
function changeOf(s: Suggestion): string {
  const change = [
    s.near !== undefined ? `venue near ${s.near}${s.offers?.length ? ` offering ${s.offers.join(", ")}` : ""}` : "",
    s.kind === "add_room" && s.venue !== undefined ? `one more room at ${s.venue}` : "",
    s.rule !== undefined ? `${s.rule}${s.to !== undefined ? ` = ${s.to}` : " off"}` : "",
    s.newStarters ? `${s.newStarters} new starter(s)${s.experience?.length ? ` with experience of ${s.experience.join(", ")}` : ""}` : "",
    s.count ? `${s.count} more like ${s.like}${s.oneOfGender !== undefined ? ` (one ${s.oneOfGender})` : ""}` : "",
  ].filter((x) => x !== "");
  const g = s.group;
  const where = g === undefined ? "" : ` -> group of ${g.members.join(" ")} at ${g.venue ?? (s.near !== undefined ? "the new venue" : g.municipality)}${g.slot === null ? "" : `, ${g.slot}`}${g.starters.length ? `, starters ${g.starters.join(" ")}` : ""}`;
  return `change: ${change.join("; ")}${where}`;
}
