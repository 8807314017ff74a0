/**
 * The per-group terms of the program (`formulate.ts`): age span by bounds, gender mix and a
 * required mix by presence indicators, shared expectation by a chosen majority label, and the
 * values those auxiliaries take for a known group (a start for the solver).
 */
import type { CompiledPool } from "../compile/compilePool.js";
import type { MinDistinct } from "../core/minDistinct.js";
import type { MipBuilder, MipTerm } from "./mip.js";

/** Items that are in a group together when `variable` is 1 (a unit joining, or an existing group's own members). */
export interface Member {
  variable: number;
  items: readonly number[];
}

/** Variables of one group slot besides its assignment and option choice (-1 when the term is off). */
export interface GroupAuxiliaries {
  /** z per (unit × option index): 1 when the unit is in the group and the group meets there (it pays its travel). */
  travel: Map<number, number>;
  ageHi: number;
  ageLo: number;
  gender: number[];
  mixed: number;
  majority: number;
  majorityIs: number[];
  sizeOff: number;
}

/** The values the program's auxiliaries take at their best for a group with these members. */
export function fillAuxiliaries(values: Float64Array, aux: GroupAuxiliaries, members: readonly number[], youngest: number, pool: CompiledPool, labels: readonly number[], sizeMax: number): void {
  const { age, gender: genderCode, singleGender } = pool.fields;
  const known = members.map((i) => age[i]!).filter((a) => a >= 0);
  if (aux.ageHi >= 0 && known.length > 0) {
    values[aux.ageHi] = Math.max(...known) - youngest;
    values[aux.ageLo] = Math.min(...known) - youngest;
  }
  if (aux.mixed >= 0) {
    const present = aux.gender.map((_, k) => members.some((i) => genderCode[i] === k));
    present.forEach((p, k) => (values[aux.gender[k]!] = p ? 1 : 0));
    const mixed = present.filter(Boolean).length >= 2 && !members.some((i) => singleGender[i] === 1);
    values[aux.mixed] = mixed ? 1 : 0;
  }
  if (aux.majority >= 0) {
    const counts = labels.map((e) => members.filter((i) => pool.expectation[i] === e).length);
    const top = counts.indexOf(Math.max(...counts));
    for (const q of aux.majorityIs) values[q] = 0;
    values[aux.majorityIs[top]!] = 1;
    values[aux.majority] = Math.min(counts[top]!, sizeMax);
  }
  if (aux.sizeOff >= 0) values[aux.sizeOff] = Math.abs(members.length - pool.sizePreferred);
}

/** The youngest recorded age among the items, and the span from it to the oldest. */
export function ageRange(items: readonly number[], age: Int32Array): { youngest: number; range: number } {
  const known = items.map((i) => age[i]!).filter((a) => a >= 0);
  if (known.length === 0) return { youngest: 0, range: 0 };
  const youngest = Math.min(...known);
  return { youngest, range: Math.max(...known) - youngest };
}

/**
 * hi ≥ every member's age, lo ≤ every member's age, span = hi − lo ≥ 0 (pulled down by its cost).
 * Ages are measured from the pool's youngest, and a non-member's bound is the pool's range
 * rather than a generic big-M, which keeps the LP relaxation tight.
 */
export function addAgeSpan(b: MipBuilder, s: number, members: readonly Member[], age: Int32Array, ages: { youngest: number; range: number }, weight: number, aux: GroupAuxiliaries): void {
  if (weight === 0) return;
  const hi = b.variable(`age_hi_${s}`, false, -weight);
  const lo = b.variable(`age_lo_${s}`, false, weight);
  aux.ageHi = hi;
  aux.ageLo = lo;
  b.constrain(`age_order_${s}`, [[hi, 1], [lo, -1]], { lower: 0 });
  for (const { variable, items } of members) {
    for (const i of items) {
      if (age[i]! < 0) continue;
      const a = age[i]! - ages.youngest;
      b.constrain(`age_hi_${s}_${i}`, [[hi, 1], [variable, -a]], { lower: 0 });
      b.constrain(`age_lo_${s}_${i}`, [[lo, 1], [variable, ages.range - a]], { upper: ages.range });
    }
  }
}

/** A bonus when two recorded genders meet and nobody needs a single-gender group. */
export function addGenderMix(b: MipBuilder, s: number, members: readonly Member[], code: Int32Array, single: Uint8Array, bonus: number, aux: GroupAuxiliaries): void {
  const mixed = b.variable(`mixed_${s}`, true, bonus);
  aux.mixed = mixed;
  const present = [0, 1, 2].map((k) => {
    const p = b.variable(`gender_${s}_${k}`, true);
    const with_ = members.flatMap(({ variable, items }) => {
      const count = items.filter((i) => code[i] === k).length;
      return count > 0 ? [[variable, -count] as const] : [];
    });
    b.constrain(`gender_present_${s}_${k}`, [[p, 1], ...with_], { upper: 0 });
    aux.gender.push(p);
    return p;
  });
  b.constrain(`mixed_needs_two_${s}`, [[mixed, 2], ...present.map((p) => [p, -1] as const)], { upper: 0 });
  for (const { variable, items } of members) {
    if (items.some((i) => single[i] === 1)) b.constrain(`mixed_single_${s}_${variable}`, [[mixed, 1], [variable, 1]], { upper: 1 });
  }
}

/** A binary that may be 1 only when some member holds `value`. */
export interface DistinctPresence {
  value: number;
  variable: number;
}

/**
 * The model's `minDistinct` rule for one group slot: present_v ≤ Σ members holding v, and
 * Σ present ≥ count × (opened − Σ exempt members), so an exempt member or a slot left unused
 * releases it. A joined existing group counts its own members through its `joined` variable.
 */
export function addMinDistinct(b: MipBuilder, s: number, members: readonly Member[], rule: MinDistinct, opened: readonly MipTerm[]): DistinctPresence[] {
  const values = [...new Set(members.flatMap(({ items }) => items.map((i) => rule.key[i]!)).filter((v) => v >= 0))].sort((a, c) => a - c);
  const present = values.map((value): DistinctPresence => {
    const variable = b.variable(`distinct_${s}_${value}`, true);
    const holders = members.filter(({ items }) => items.some((i) => rule.key[i] === value)).map(({ variable: v }) => [v, -1] as const);
    b.constrain(`distinct_present_${s}_${value}`, [[variable, 1], ...holders], { upper: 0 });
    return { value, variable };
  });
  // One coefficient per variable: a joined existing group is both "opened" and a member.
  const terms = new Map<number, number>();
  const add = (variable: number, coefficient: number): void => void terms.set(variable, (terms.get(variable) ?? 0) + coefficient);
  for (const { variable } of present) add(variable, 1);
  for (const [variable, coefficient] of opened) add(variable, -rule.count * coefficient);
  for (const { variable, items } of members) if (items.some((i) => rule.exempt[i] === 1)) add(variable, rule.count);
  b.constrain(`distinct_min_${s}`, [...terms], { lower: 0 });
  return present;
}

/** −weight × (recorded expectations − the largest count of one label): a chosen label bounds the majority. */
export function addExpectation(b: MipBuilder, s: number, members: readonly Member[], expectation: Int32Array, labels: readonly number[], weight: number, sizeMax: number, aux: GroupAuxiliaries): void {
  const majority = b.variable(`majority_${s}`, false, weight);
  const chosen = labels.map((e) => b.variable(`majority_is_${s}_${e}`, true));
  aux.majority = majority;
  aux.majorityIs = chosen;
  b.constrain(`majority_one_${s}`, chosen.map((q) => [q, 1] as const), { lower: 1, upper: 1 });
  labels.forEach((e, k) => {
    const count = members.flatMap(({ variable, items }) => {
      const n = items.filter((i) => expectation[i] === e).length;
      return n > 0 ? [[variable, -n] as const] : [];
    });
    b.constrain(`majority_le_${s}_${e}`, [[majority, 1], ...count, [chosen[k]!, sizeMax]], { upper: sizeMax });
  });
  // Every recorded expectation costs `weight`; the majority earns it back.
  for (const { variable, items } of members) {
    const recorded = items.filter((i) => expectation[i]! >= 0).length;
    if (recorded > 0) b.addObjective(variable, -weight * recorded);
  }
}
