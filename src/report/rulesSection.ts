import type { ReportContext } from "./context.js";
import { decimal, esc } from "./html.js";
import type { RuleRow } from "./messages.js";

/** Where each row's value sits in the policy, so a coordinator knows what to change. */
const POLICY_PATHS: Record<RuleRow, string> = {
  groupSize: "groupSize",
  ageMinimum: "age.minimum",
  ageMaximum: "age.maximum",
  ageSpan: "age.maxSpan",
  genderMix: "gender.mix",
  singleGender: "gender.singleGenderProblems",
  problemMode: "problem.mode",
  neverMix: "problem.neverMix",
  rolesSeparate: "roles.separate",
  relativeRoles: "relatives.roles",
  byRelation: "relatives.byRelation",
  byPatientSetting: "relatives.byPatientSetting",
  eventsShared: "events.shared",
  keepApart: "keepApart",
  slotsRequired: "slots.required",
  slotsOffered: "slots.offered",
  travel: "travel.defaultMaxKm",
  starters: "starters.min, starters.max",
  sharedExperience: "starters.requireSharedExperience",
  asOf: "asOf",
  weights: "weights",
};

/** Labels joined for a table cell, escaped; "none" for an empty list. */
function list(ctx: ReportContext, labels: readonly string[]): string {
  return labels.length === 0 ? `<span class="muted">${esc(ctx.texts.none)}</span>` : labels.map(esc).join(", ");
}

/** The effective policy (every default filled in) as the rows of "Rules used", each value escaped. */
function ruleValues(ctx: ReportContext): Record<RuleRow, string> {
  const { texts, locale } = ctx;
  const p = ctx.problem.policy;
  const yes = (flag: boolean): string => esc(flag ? texts.yes : texts.no);
  const setting = p.relatives.byPatientSetting;
  const weights = Object.entries(p.weights).map(([name, value]) => `${esc(name)} ${esc(decimal(value, locale, 2))}`);
  return {
    groupSize: esc(texts.sizeRange(p.groupSize.min, p.groupSize.max, p.groupSize.preferred)),
    ageMinimum: esc(texts.years(p.age.minimum)),
    ageMaximum: p.age.maximum === undefined ? `<span class="muted">${esc(texts.none)}</span>` : esc(texts.years(p.age.maximum)),
    ageSpan: esc(texts.years(p.age.maxSpan)),
    genderMix: esc(texts.genderModes[p.gender.mix]),
    singleGender: list(ctx, p.gender.singleGenderProblems),
    problemMode: esc(texts.problemModes[p.problem.mode]),
    neverMix: list(ctx, p.problem.neverMix.map(([a, b]) => `${a} + ${b}`)),
    rolesSeparate: yes(p.roles.separate),
    relativeRoles: list(ctx, p.relatives.roles.map((r) => texts.rolesOf[r])),
    byRelation: yes(p.relatives.byRelation),
    byPatientSetting: setting === true ? esc(texts.everyArea) : setting === false ? yes(false) : list(ctx, setting),
    eventsShared: yes(p.events.shared),
    keepApart: yes(p.keepApart),
    slotsRequired: yes(p.slots.required),
    slotsOffered: p.slots.offered === undefined ? esc(texts.everySlotNamed) : list(ctx, p.slots.offered),
    travel: esc(texts.km(decimal(p.travel.defaultMaxKm, locale))),
    starters: esc(texts.startersRange(p.starters.min, p.starters.max)),
    sharedExperience: yes(p.starters.requireSharedExperience),
    asOf: p.asOf === undefined ? esc(texts.latestWaitingSince) : esc(p.asOf),
    weights: weights.join(", "),
  };
}

/** The rules the run used, with the policy path beside each, and where they are written out. */
export function rulesSection(ctx: ReportContext): string {
  const { texts } = ctx;
  const values = ruleValues(ctx);
  const rows = (Object.keys(values) as RuleRow[]).map((row) => `<tr><th scope="row">${esc(texts.ruleRows[row])}</th><td>${values[row]}</td><td><code>${POLICY_PATHS[row]}</code></td></tr>`).join("");
  return `<section id="rules" class="page"><h2>${esc(texts.rules)}</h2><table class="rules"><thead><tr><th scope="col">${esc(texts.rule)}</th><th scope="col">${esc(texts.value)}</th><th scope="col">${esc(texts.policyPath)}</th></tr></thead><tbody>${rows}</tbody></table><p class="note">${esc(texts.rulesPointer)}</p></section>`;
}
