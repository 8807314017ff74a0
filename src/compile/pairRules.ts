import type { Candidate, Problem } from "../model/schemas.js";

/**
 * A hard rule that two people either may or may not share a group. Nearly every
 * domain rule is of this shape (RULES.md 2-10): the engine asks `conflicts`, never the rule's name.
 */
export interface PairRule {
  /** The policy path this rule comes from, for explanations. */
  readonly id: string;
  conflicts(i: number, j: number): boolean;
  /** For "same value when recorded" rules: the value column (-1 = not recorded), used to split the pool. */
  readonly key?: Int32Array;
}

/** Interns labels as small integers; -1 stands for "not recorded" (a wildcard). */
export class LabelTable {
  private readonly ids = new Map<string, number>();

  id(label: string | undefined): number {
    if (label === undefined) return -1;
    let id = this.ids.get(label);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(label, id);
    }
    return id;
  }

  lookup(label: string): number {
    return this.ids.get(label) ?? -1;
  }
}

const UNDISCLOSED_GENDER = 3;
const GENDER_CODE = { female: 0, male: 1, other: 2 } as const;

/** Integer views of the candidate fields the pair rules read. */
export interface PairFields {
  age: Int32Array;
  problem: Int32Array;
  gender: Int32Array;
  singleGender: Uint8Array;
}

/** Builds the integer fields the pair rules and the objective share. */
export function pairFields(candidates: readonly Candidate[], problem: Problem, problems: LabelTable): PairFields {
  const n = candidates.length;
  const singleGenderProblems = new Set(problem.policy.gender.singleGenderProblems);
  const fields: PairFields = {
    age: new Int32Array(n),
    problem: new Int32Array(n),
    gender: new Int32Array(n),
    singleGender: new Uint8Array(n),
  };
  candidates.forEach((c, i) => {
    fields.age[i] = c.age ?? -1;
    fields.problem[i] = problems.id(c.problem);
    fields.gender[i] = c.gender === undefined ? UNDISCLOSED_GENDER : GENDER_CODE[c.gender];
    fields.singleGender[i] = c.problem !== undefined && singleGenderProblems.has(c.problem) ? 1 : 0;
  });
  return fields;
}

/**
 * Compiles the policy's pairwise hard rules into data. Rules the policy switches off
 * are simply absent, so the engine pays nothing for them.
 */
export function compilePairRules(
  candidates: readonly Candidate[],
  problem: Problem,
  fields: PairFields,
  problems: LabelTable,
  index: ReadonlyMap<string, number>,
): PairRule[] {
  const { policy } = problem;
  const rules: PairRule[] = [];
  const { age, gender, singleGender } = fields;
  const maxSpan = policy.age.maxSpan;
  // Unknown ages only occur for pinned members; they match any age.
  rules.push({
    id: "age.maxSpan",
    conflicts: (i, j) => age[i]! >= 0 && age[j]! >= 0 && Math.abs(age[i]! - age[j]!) > maxSpan,
  });
  if (policy.problem.mode === "shared") rules.push(sameWhenRecorded("problem.mode", fields.problem));
  const neverMix = neverMixPairs(policy.problem.neverMix, problems);
  if (neverMix.size > 0) {
    const p = fields.problem;
    rules.push({
      id: "problem.neverMix",
      conflicts: (i, j) => p[i]! >= 0 && p[j]! >= 0 && neverMix.has(pairCode(p[i]!, p[j]!)),
    });
  }
  rules.push({
    id: "gender.singleGenderProblems",
    conflicts: (i, j) => (singleGender[i] === 1 || singleGender[j] === 1) && gender[i] !== gender[j],
  });
  // An absent role is "self" (RULES.md "Not recorded"): it never joins relatives when roles are separate.
  const roleOf = (c: Candidate): string => c.role ?? "self";
  const roles = new LabelTable();
  if (policy.roles.separate) rules.push(sameWhenRecorded("roles.separate", Int32Array.from(candidates, (c) => roles.id(roleOf(c)))));
  const relativeRoles = new Set<string>(policy.relatives.roles);
  const related = (c: Candidate): boolean => relativeRoles.has(roleOf(c));
  const amongRelated = (applies: (c: Candidate) => boolean, pick: (c: Candidate) => string | undefined): Int32Array => {
    const table = new LabelTable();
    return Int32Array.from(candidates, (c) => (applies(c) ? table.id(pick(c)) : -1));
  };
  if (policy.relatives.byRelation) rules.push(sameWhenRecorded("relatives.byRelation", amongRelated(related, (c) => c.relation)));
  const settingApplies = patientSettingScope(policy.relatives.byPatientSetting, related);
  if (settingApplies !== null) {
    rules.push(sameWhenRecorded("relatives.byPatientSetting", amongRelated(settingApplies, (c) => c.patientSetting)));
  }
  if (policy.events.shared) {
    // No event is a value of its own ("not affected by a disaster"), id 0; events are 1, 2, ...
    const events = new LabelTable();
    rules.push(sameWhenRecorded("events.shared", Int32Array.from(candidates, (c) => (c.event === undefined ? 0 : 1 + events.id(c.event)))));
  }
  if (policy.keepApart) rules.push(keepApartRule(candidates, index));
  return rules;
}

/**
 * Who the patient-setting rule binds: members of a relatives' role, and when the policy lists
 * problem areas, only those whose problem is listed. Null when the rule binds nobody.
 */
function patientSettingScope(setting: boolean | readonly string[], related: (c: Candidate) => boolean): ((c: Candidate) => boolean) | null {
  if (setting === false) return null;
  if (setting === true) return related;
  if (setting.length === 0) return null;
  const listed = new Set(setting);
  return (c) => related(c) && c.problem !== undefined && listed.has(c.problem);
}

/** "At most one distinct recorded value in a group" is exactly "every recorded pair agrees". */
function sameWhenRecorded(id: string, key: Int32Array): PairRule {
  return { id, key, conflicts: (i, j) => key[i]! >= 0 && key[j]! >= 0 && key[i] !== key[j] };
}

function keepApartRule(candidates: readonly Candidate[], index: ReadonlyMap<string, number>): PairRule {
  const apart = new Set<number>();
  const n = candidates.length;
  candidates.forEach((c, i) => {
    for (const ref of c.knows ?? []) {
      const j = index.get(ref);
      if (j !== undefined) apart.add(Math.min(i, j) * n + Math.max(i, j));
    }
  });
  return { id: "keepApart", conflicts: (i, j) => apart.has(Math.min(i, j) * n + Math.max(i, j)) };
}

function neverMixPairs(pairs: readonly (readonly [string, string])[], problems: LabelTable): Set<number> {
  const codes = new Set<number>();
  for (const [a, b] of pairs) {
    const x = problems.lookup(a);
    const y = problems.lookup(b);
    if (x >= 0 && y >= 0 && x !== y) codes.add(pairCode(x, y));
  }
  return codes;
}

function pairCode(a: number, b: number): number {
  return a < b ? a * 65_536 + b : b * 65_536 + a;
}
