import type { CompiledPool } from "../compile/compilePool.js";
import type { PoolModel } from "../core/poolModel.js";
import { MipBuilder, type Mip, type MipTerm } from "./mip.js";

/** The MIP of a pool and how to read a solution back into groups. */
export interface Formulation {
  mip: Mip;
  /** Groups (items and option) of a solution given as variable values. */
  decode(values: (variable: number) => number): { members: number[]; option: number }[];
  /** Variable values of a composition of new groups (a start for the solver), or null if it does not fit the program. */
  encode(groups: readonly { members: readonly number[]; option: number }[]): Float64Array | null;
}

/** Why a pool has no formulation (the caller falls back to the search). */
export interface Unsupported {
  unsupported: "open_existing_groups" | "starters_required";
}

/**
 * The composition problem as a mixed-integer program with the same hard rules and the same
 * objective as the engine (`compile/objective.ts`): units are assigned to numbered new groups,
 * each group picks at most one meeting option; soft terms are linearised (travel by the
 * product of assignment and option, age span by bounds, gender mix by presence indicators,
 * shared expectation by a chosen majority label, size by its distance from the preferred).
 * Symmetry is broken by letting unit k join only groups 0..k.
 *
 * Existing groups that take nobody new are constants; existing groups open to newcomers and
 * required starters are not linearised here.
 */
export function formulate(pool: CompiledPool, model: PoolModel): Formulation | Unsupported {
  const { weights, gender } = pool.problem.policy;
  const { age, gender: genderCode, singleGender } = pool.fields;
  const S = pool.meeting.slots.length;
  const b = new MipBuilder();

  // Starters are assigned after grouping (and may dissolve a group): not part of this program.
  if (pool.problem.policy.starters.min > 0) return { unsupported: "starters_required" };
  // Existing groups: constants, and the rooms they hold.
  const held = new Map<number, number>();
  for (const spec of model.pinned) {
    if (!spec.closed && spec.members.length < model.sizeMax) return { unsupported: "open_existing_groups" };
    b.addConstant(model.groupScore(spec.members, spec.recordedOption));
    if (spec.recordedOption >= 0) held.set(spec.recordedOption, (held.get(spec.recordedOption) ?? 0) + 1);
  }

  const units = placeableUnits(model);
  const itemCount = units.reduce((sum, items) => sum + items.length, 0);
  const G = Math.min(units.length, Math.floor(itemCount / Math.max(1, model.sizeMin)));
  const unitOptions = units.map((items) => model.options[items[0]!]!.filter((o) => items.every((i) => model.options[i]!.includes(o))));
  const options = [...new Set(unitOptions.flatMap((opts) => [...opts]))].sort((a, c) => a - c);
  const expectations = [...new Set(units.flat().map((i) => pool.expectation[i]!).filter((e) => e >= 0))].sort((a, c) => a - c);

  // x[u][g]: unit u in group g (only g ≤ u); y[g][k]: group g meets at options[k].
  const x = units.map((_, u) => Array.from({ length: G }, (_, g) => (g <= u ? b.variable(`x_${u}_${g}`, true, unitValue(pool, units[u]!)) : -1)));
  const y = Array.from({ length: G }, (_, g) => options.map((o) => b.variable(`y_${g}_${o}`, true)));
  const aux = Array.from({ length: G }, (): GroupAuxiliaries => ({ travel: new Map(), ageHi: -1, ageLo: -1, gender: [], mixed: -1, majority: -1, majorityIs: [], sizeOff: -1 }));
  const size = (g: number): MipTerm[] => units.flatMap((items, u) => (x[u]![g]! >= 0 ? [[x[u]![g]!, items.length] as const] : []));
  const opened = (g: number, coefficient: number): MipTerm[] => y[g]!.map((v) => [v, coefficient] as const);

  units.forEach((_, u) => b.constrain(`once_${u}`, x[u]!.filter((v) => v >= 0).map((v) => [v, 1] as const), { upper: 1 }));
  for (let g = 0; g < G; g++) {
    b.constrain(`one_option_${g}`, opened(g, 1), { upper: 1 });
    b.constrain(`size_min_${g}`, [...size(g), ...opened(g, -model.sizeMin)], { lower: 0 });
    b.constrain(`size_max_${g}`, [...size(g), ...opened(g, -model.sizeMax)], { upper: 0 });
    if (g + 1 < G) b.constrain(`order_${g}`, [...opened(g, 1), ...opened(g + 1, -1)], { lower: 0 });
    options.forEach((o, k) => {
      const capacity = model.placeCapacity(model.optionPlace(o));
      if (capacity < model.sizeMax) b.constrain(`capacity_${g}_${o}`, [...size(g), [y[g]![k]!, model.sizeMax - capacity]], { upper: model.sizeMax });
      if (model.homePlace !== null) {
        const place = model.optionPlace(o);
        const hosts = units.flatMap((items, u) => (x[u]![g]! >= 0 && items.some((i) => model.homePlace![i] === place) ? [[x[u]![g]!, -1] as const] : []));
        b.constrain(`host_${g}_${o}`, [[y[g]![k]!, 1], ...hosts], { upper: 0 });
      }
    });
    units.forEach((items, u) => {
      const v = x[u]![g]!;
      if (v < 0) return;
      // A member meets at exactly one of the group's options it can use (z), and pays its travel
      // there: Σ z = x and z ≤ y, so even a fractional member pays at least its cheapest option.
      const meets = options.flatMap((o, k) => {
        if (!unitOptions[u]!.includes(o)) return [];
        const km = items.reduce((sum, i) => {
          const d = pool.meeting.travelKm(i, Math.floor(o / S));
          return Number.isFinite(d) ? sum + d : sum;
        }, 0);
        const z = b.variable(`z_${u}_${g}_${o}`, false, -weights.travelKm * km);
        aux[g]!.travel.set(u * options.length + k, z);
        b.constrain(`meets_at_${u}_${g}_${o}`, [[z, 1], [y[g]![k]!, -1]], { upper: 0 });
        return [[z, 1] as const];
      });
      b.constrain(`meets_${u}_${g}`, [[v, -1], ...meets], { lower: 0, upper: 0 });
    });
    // Pairs that may never share a group.
    for (let u = 0; u < units.length; u++) {
      for (let w = u + 1; w < units.length; w++) {
        if (x[u]![g]! < 0 || x[w]![g]! < 0 || unitsFit(model, units[u]!, units[w]!)) continue;
        b.constrain(`apart_${u}_${w}_${g}`, [[x[u]![g]!, 1], [x[w]![g]!, 1]], { upper: 1 });
      }
    }
    addAgeSpan(b, g, units, x, age, weights.ageSpan, aux[g]!);
    if (gender.mix === "prefer" && weights.genderMix !== 0) addGenderMix(b, g, units, x, genderCode, singleGender, weights.genderMix, aux[g]!);
    if (expectations.length > 0 && weights.expectation !== 0) addExpectation(b, g, units, x, pool.expectation, expectations, weights.expectation, model.sizeMax, aux[g]!);
    if (weights.sizeFromPreferred !== 0) {
      const d = b.variable(`size_off_${g}`, false, -weights.sizeFromPreferred);
      aux[g]!.sizeOff = d;
      b.constrain(`size_over_${g}`, [[d, 1], ...size(g).map(([v, c]) => [v, -c] as const), ...opened(g, pool.sizePreferred)], { lower: 0 });
      b.constrain(`size_under_${g}`, [[d, 1], ...size(g), ...opened(g, -pool.sizePreferred)], { lower: 0 });
    }
  }
  options.forEach((o, k) => {
    const rooms = model.optionRooms(o);
    if (!Number.isFinite(rooms)) return;
    b.constrain(`rooms_${o}`, y.map((row) => [row[k]!, 1] as const), { upper: rooms - (held.get(o) ?? 0) });
  });

  return {
    mip: b.build(),
    decode(values) {
      const groups: { members: number[]; option: number }[] = [];
      for (let g = 0; g < G; g++) {
        const k = y[g]!.findIndex((v) => values(v) > 0.5);
        if (k < 0) continue;
        const members = units.flatMap((items, u) => (x[u]![g]! >= 0 && values(x[u]![g]!) > 0.5 ? items : []));
        if (members.length > 0) groups.push({ members, option: options[k]! });
      }
      return groups;
    },
    encode(groups) {
      const unitIndex = new Map(units.map((items, u) => [items[0]!, u]));
      const placed = groups.map((group) => ({ units: [...new Set(group.members.map((i) => unitIndex.get(model.units[model.unitOf[i]!]![0]!) ?? -1))].sort((a, c) => a - c), k: options.indexOf(group.option) }));
      if (placed.length > G || placed.some((group) => group.k < 0 || group.units.length === 0 || group.units[0]! < 0)) return null;
      // Symmetry breaking lets unit u join only groups 0..u: number groups by their first unit.
      placed.sort((a, c) => a.units[0]! - c.units[0]!);
      const values = new Float64Array(b.build().variables.length);
      // Every group, used or not, names one majority label.
      for (const a of aux) if (a.majorityIs.length > 0) values[a.majorityIs[0]!] = 1;
      placed.forEach((group, g) => {
        values[y[g]![group.k]!] = 1;
        for (const u of group.units) {
          // Never negative: the groups before g have smaller first units, so every unit here is ≥ g.
          values[x[u]![g]!] = 1;
          const z = aux[g]!.travel.get(u * options.length + group.k);
          if (z !== undefined) values[z] = 1;
        }
        fillAuxiliaries(values, aux[g]!, group.units.flatMap((u) => units[u]!), ageRange(units, age)[0], pool, expectations, model.sizeMax);
      });
      return values;
    },
  };
}

/** Variables of one numbered group besides its assignment and option choice (-1 when the term is off). */
interface GroupAuxiliaries {
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
function fillAuxiliaries(values: Float64Array, aux: GroupAuxiliaries, members: readonly number[], youngest: number, pool: CompiledPool, labels: readonly number[], sizeMax: number): void {
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

/** Units the engine may place in a new group (no existing group open to them, see `formulate`). */
export function placeableUnits(model: PoolModel): (readonly number[])[] {
  return model.units.filter((items) => items.every((i) => model.placeable[i] === 1 && model.pinnedTo[i]! < 0) && model.options[items[0]!]!.some((o) => items.every((i) => model.options[i]!.includes(o))));
}

/** What placing a unit adds regardless of group: its people and their waiting time. */
function unitValue(pool: CompiledPool, items: readonly number[]): number {
  const { weights } = pool.problem.policy;
  return items.reduce((sum, i) => sum + weights.placed + weights.waitingPerYear * pool.waitYears[i]!, 0);
}

function unitsFit(model: PoolModel, a: readonly number[], c: readonly number[]): boolean {
  for (const i of a) {
    for (const j of c) {
      const p = model.spread[i]!;
      const q = model.spread[j]!;
      if ((p >= 0 && q >= 0 && Math.abs(p - q) > model.maxSpread) || model.conflicts(i, j)) return false;
    }
  }
  return true;
}

/**
 * hi ≥ every member's age, lo ≤ every member's age, span = hi − lo ≥ 0 (pulled down by its cost).
 * Ages are measured from the pool's youngest, and a non-member's bound is the pool's range
 * rather than a generic big-M, which keeps the LP relaxation tight.
 */
function addAgeSpan(b: MipBuilder, g: number, units: readonly (readonly number[])[], x: readonly number[][], age: Int32Array, weight: number, aux: GroupAuxiliaries): void {
  if (weight === 0) return;
  const hi = b.variable(`age_hi_${g}`, false, -weight);
  const lo = b.variable(`age_lo_${g}`, false, weight);
  aux.ageHi = hi;
  aux.ageLo = lo;
  const [youngest, range] = ageRange(units, age);
  b.constrain(`age_order_${g}`, [[hi, 1], [lo, -1]], { lower: 0 });
  units.forEach((items, u) => {
    const v = x[u]![g]!;
    if (v < 0) return;
    for (const i of items) {
      if (age[i]! < 0) continue;
      const a = age[i]! - youngest;
      b.constrain(`age_hi_${g}_${i}`, [[hi, 1], [v, -a]], { lower: 0 });
      b.constrain(`age_lo_${g}_${i}`, [[lo, 1], [v, range - a]], { upper: range });
    }
  });
}

/** The youngest recorded age among the units, and the span from it to the oldest. */
function ageRange(units: readonly (readonly number[])[], age: Int32Array): [youngest: number, range: number] {
  const known = units.flat().map((i) => age[i]!).filter((a) => a >= 0);
  if (known.length === 0) return [0, 0];
  const youngest = Math.min(...known);
  return [youngest, Math.max(...known) - youngest];
}

/** A bonus when two recorded genders meet and nobody needs a single-gender group. */
function addGenderMix(b: MipBuilder, g: number, units: readonly (readonly number[])[], x: readonly number[][], code: Int32Array, single: Uint8Array, bonus: number, aux: GroupAuxiliaries): void {
  const mixed = b.variable(`mixed_${g}`, true, bonus);
  aux.mixed = mixed;
  const present = [0, 1, 2].map((k) => {
    const p = b.variable(`gender_${g}_${k}`, true);
    const with_ = units.flatMap((items, u) => {
      const count = items.filter((i) => code[i] === k).length;
      return x[u]![g]! >= 0 && count > 0 ? [[x[u]![g]!, -count] as const] : [];
    });
    b.constrain(`gender_present_${g}_${k}`, [[p, 1], ...with_], { upper: 0 });
    aux.gender.push(p);
    return p;
  });
  b.constrain(`mixed_needs_two_${g}`, [[mixed, 2], ...present.map((p) => [p, -1] as const)], { upper: 0 });
  units.forEach((items, u) => {
    if (x[u]![g]! < 0 || !items.some((i) => single[i] === 1)) return;
    b.constrain(`mixed_single_${g}_${u}`, [[mixed, 1], [x[u]![g]!, 1]], { upper: 1 });
  });
}

/** −weight × (recorded expectations − the largest count of one label): a chosen label bounds the majority. */
function addExpectation(
  b: MipBuilder,
  g: number,
  units: readonly (readonly number[])[],
  x: readonly number[][],
  expectation: Int32Array,
  labels: readonly number[],
  weight: number,
  sizeMax: number,
  aux: GroupAuxiliaries,
): void {
  const majority = b.variable(`majority_${g}`, false, weight);
  const chosen = labels.map((e) => b.variable(`majority_is_${g}_${e}`, true));
  aux.majority = majority;
  aux.majorityIs = chosen;
  b.constrain(`majority_one_${g}`, chosen.map((q) => [q, 1] as const), { lower: 1, upper: 1 });
  labels.forEach((e, k) => {
    const count = units.flatMap((items, u) => {
      const n = items.filter((i) => expectation[i] === e).length;
      return x[u]![g]! >= 0 && n > 0 ? [[x[u]![g]!, -n] as const] : [];
    });
    b.constrain(`majority_le_${g}_${e}`, [[majority, 1], ...count, [chosen[k]!, sizeMax]], { upper: sizeMax });
  });
  // Every recorded expectation costs `weight`; the majority earns it back.
  units.forEach((items, u) => {
    const v = x[u]![g]!;
    const recorded = items.filter((i) => expectation[i]! >= 0).length;
    if (v >= 0 && recorded > 0) b.addObjective(v, -weight * recorded);
  });
}
