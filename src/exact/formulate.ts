import type { CompiledPool } from "../compile/compilePool.js";
import type { PoolModel } from "../core/poolModel.js";
import { addAgeSpan, addExpectation, addGenderMix, addMinDistinct, ageRange, fillAuxiliaries, type DistinctPresence, type GroupAuxiliaries, type Member } from "./groupTerms.js";
import { MipBuilder, type Mip, type MipTerm } from "./mip.js";

/** A group as the engine reports it: items, meeting option, and the existing group it is (or -1). */
export interface ProgramGroup {
  members: number[];
  option: number;
  pinned: number;
}

/** The MIP of a pool and how to read a solution back into groups. */
export interface Formulation {
  mip: Mip;
  /** Every group of a solution given as variable values: existing groups (as kept or joined) and new ones. */
  decode(values: (variable: number) => number): ProgramGroup[];
  /** Variable values of a composition (a start for the solver), or null if it does not fit the program. */
  encode(groups: readonly ProgramGroup[]): Float64Array | null;
}

/** Why a pool has no formulation (the caller falls back to the search). */
export interface Unsupported {
  unsupported: "overbooked_rooms";
}

/** A unit the program may place: its free items, and the existing group it must join (or -1). */
interface PlaceableUnit {
  items: readonly number[];
  target: number;
  /** Options every item of the whole unit (placed members included) can use. */
  options: readonly number[];
}

/**
 * A group slot of the program: a numbered new group, or an existing group open to newcomers
 * (its members fixed, joined when `open` is 1, otherwise kept as it is at its recorded option).
 */
interface Slot {
  pinned: number;
  fixed: readonly number[];
  /** Indices into the program's option list the slot may meet at. */
  optionIndices: readonly number[];
}

/**
 * The composition problem as a mixed-integer program with the same hard rules and the same
 * objective as the engine (`compile/objective.ts`): units are assigned to numbered new groups or
 * to existing groups open to newcomers; each group meets at one option; soft terms are
 * linearised (travel through the option each member meets at, age span by bounds, gender mix
 * by presence indicators, shared expectation by a chosen majority label, size by its distance
 * from the preferred). Symmetry among new groups is broken by letting unit k join only new
 * groups 0..k. An existing group nobody joins keeps its score and room as a constant.
 *
 * Rooms and required starters are resources of the options (`PoolModel.optionResources`): the
 * groups meeting at options that hold a resource never outnumber its capacity.
 * A group-level `minDistinct` rule (a required gender mix) is linearised by presence indicators.
 */
export function formulate(pool: CompiledPool, model: PoolModel): Formulation | Unsupported {
  const { weights, gender } = pool.problem.policy;
  const { age, gender: genderCode, singleGender } = pool.fields;
  const b = new MipBuilder();

  const openPinned = model.pinned.map((spec) => !spec.closed && spec.members.length < model.sizeMax && coherent(model, spec.members, spec.allowedOptions));
  // Resources (rooms) held by existing groups that stay as they are (closed, full, or not joinable), and by open ones.
  const heldFixed = new Map<number, number>();
  const heldOpen = new Map<number, number[]>();
  model.pinned.forEach((spec, p) => {
    b.addConstant(model.groupScore(spec.members, spec.recordedOption));
    if (spec.recordedOption < 0) return;
    for (const r of model.optionResources(spec.recordedOption)) {
      if (openPinned[p]) heldOpen.set(r, [...(heldOpen.get(r) ?? []), p]);
      else heldFixed.set(r, (heldFixed.get(r) ?? 0) + 1);
    }
  });

  const units = placeableUnits(model, openPinned);
  const newUnits = units.filter((unit) => unit.target < 0);
  const newItems = newUnits.reduce((sum, unit) => sum + unit.items.length, 0);
  const G = Math.min(newUnits.length, Math.floor(newItems / Math.max(1, model.sizeMin)));
  const pinnedOptions = (p: number): number[] => Array.from(model.pinned[p]!.allowedOptions).filter((o) => model.pinned[p]!.members.every((m) => model.options[m]!.includes(o)));
  const options = [...new Set([...units.flatMap((unit) => unit.options), ...model.pinned.flatMap((_, p) => (openPinned[p] ? pinnedOptions(p) : []))])].sort((a, c) => a - c);
  const indexOf = new Map(options.map((o, k) => [o, k]));
  // A room existing groups hold beyond its capacity stays closed to every changed group.
  for (const [r, ps] of heldOpen) if ((heldFixed.get(r) ?? 0) + ps.length > model.resourceCapacity(r) && (heldFixed.get(r) ?? 0) < model.resourceCapacity(r)) return { unsupported: "overbooked_rooms" };
  const opening = options.flatMap((o, k) => (model.opensGroups(o) ? [k] : []));

  const slots: Slot[] = [
    ...Array.from({ length: G }, (): Slot => ({ pinned: -1, fixed: [], optionIndices: opening })),
    ...model.pinned.flatMap((spec, p): Slot[] => (openPinned[p] ? [{ pinned: p, fixed: spec.members, optionIndices: pinnedOptions(p).map((o) => indexOf.get(o)!) }] : [])),
  ];
  const allFixed = slots.flatMap((slot) => slot.fixed);
  const expectations = [...new Set([...units.flatMap((unit) => unit.items), ...allFixed].map((i) => pool.expectation[i]!).filter((e) => e >= 0))].sort((a, c) => a - c);
  const ages = ageRange([...units.flatMap((unit) => unit.items), ...allFixed], age);

  // x[u][s]: unit u in slot s; y[s][k]: slot s meets at options[k]; w[s]: an existing group is joined.
  const mayJoin = (unit: PlaceableUnit, s: number): boolean => {
    const slot = slots[s]!;
    if (slot.pinned < 0) return unit.target < 0 && newUnits.indexOf(unit) >= s;
    if (unit.target >= 0 && unit.target !== slot.pinned) return false;
    return unit.items.every((i) => slot.fixed.every((m) => pairFits(model, i, m))) && slot.optionIndices.some((k) => unit.options.includes(options[k]!));
  };
  const x = units.map((unit, u) => slots.map((_, s) => (mayJoin(unit, s) ? b.variable(`x_${u}_${s}`, true, unitValue(pool, unit.items)) : -1)));
  const y = slots.map((slot, s) => options.map((o, k) => (slot.optionIndices.includes(k) ? b.variable(`y_${s}_${o}`, true) : -1)));
  const w = slots.map((slot, s) => (slot.pinned < 0 ? -1 : b.variable(`joined_${s}`, true, unitValue(pool, slot.fixed) - model.groupScore(slot.fixed, model.pinned[slot.pinned]!.recordedOption))));
  // Presence indicators of the group-level distinct-values rule, per slot (empty when the model has none).
  const distinct = slots.map((): DistinctPresence[] => []);
  const aux = slots.map((): GroupAuxiliaries => ({ travel: new Map(), ageHi: -1, ageLo: -1, gender: [], mixed: -1, majority: -1, majorityIs: [], sizeOff: -1 }));
  // Who may join each slot, computed once: every constraint of a slot reads it.
  const joinable = slots.map((_, s) => units.flatMap((_, u) => (x[u]![s]! >= 0 ? [u] : [])));
  const joiners = (s: number): readonly number[] => joinable[s]!;
  const opened = (s: number, coefficient: number): MipTerm[] => (slots[s]!.pinned >= 0 ? [[w[s]!, coefficient]] : y[s]!.flatMap((v) => (v >= 0 ? [[v, coefficient] as const] : [])));
  const size = (s: number): MipTerm[] => [...joiners(s).map((u) => [x[u]![s]!, units[u]!.items.length] as const), ...opened(s, slots[s]!.fixed.length)];

  units.forEach((_, u) => b.constrain(`once_${u}`, x[u]!.filter((v) => v >= 0).map((v) => [v, 1] as const), { upper: 1 }));
  slots.forEach((slot, s) => {
    const choices = y[s]!.flatMap((v) => (v >= 0 ? [[v, 1] as const] : []));
    if (slot.pinned < 0) {
      b.constrain(`one_option_${s}`, choices, { upper: 1 });
      b.constrain(`size_min_${s}`, [...size(s), ...opened(s, -model.sizeMin)], { lower: 0 });
      if (s + 1 < G) b.constrain(`order_${s}`, [...opened(s, 1), ...opened(s + 1, -1)], { lower: 0 });
    } else {
      // Joined exactly when someone joins; a joined group picks one of its allowed options.
      b.constrain(`one_option_${s}`, [...choices, [w[s]!, -1]], { lower: 0, upper: 0 });
      b.constrain(`joined_by_someone_${s}`, [[w[s]!, 1], ...joiners(s).map((u) => [x[u]![s]!, -1] as const)], { upper: 0 });
      for (const u of joiners(s)) b.constrain(`joins_open_${u}_${s}`, [[x[u]![s]!, 1], [w[s]!, -1]], { upper: 0 });
      // Members already there pay their travel to the option it meets at.
      for (const k of slot.optionIndices) b.addObjective(y[s]![k]!, -weights.travelKm * travelKm(pool, slot.fixed, options[k]!));
    }
    b.constrain(`size_max_${s}`, [...size(s), ...opened(s, -model.sizeMax)], { upper: 0 });
    for (const k of slot.optionIndices) {
      const o = options[k]!;
      const capacity = model.placeCapacity(model.optionPlace(o));
      if (capacity < model.sizeMax) b.constrain(`capacity_${s}_${o}`, [...size(s), [y[s]![k]!, model.sizeMax - capacity]], { upper: model.sizeMax });
      const place = model.optionPlace(o);
      if (model.homePlace !== null && !slot.fixed.some((m) => model.homePlace![m] === place)) {
        const hosts = joiners(s).filter((u) => units[u]!.items.some((i) => model.homePlace![i] === place)).map((u) => [x[u]![s]!, -1] as const);
        b.constrain(`host_${s}_${o}`, [[y[s]![k]!, 1], ...hosts], { upper: 0 });
      }
    }
    for (const u of joiners(s)) {
      // A member meets at exactly one of the group's options it can use (z), and pays its travel
      // there: Σ z = x and z ≤ y, so even a fractional member pays at least its cheapest option.
      const meets = slot.optionIndices.flatMap((k) => {
        const o = options[k]!;
        if (!units[u]!.options.includes(o)) return [];
        const z = b.variable(`z_${u}_${s}_${o}`, false, -weights.travelKm * travelKm(pool, units[u]!.items, o));
        aux[s]!.travel.set(u * options.length + k, z);
        b.constrain(`meets_at_${u}_${s}_${o}`, [[z, 1], [y[s]![k]!, -1]], { upper: 0 });
        return [[z, 1] as const];
      });
      b.constrain(`meets_${u}_${s}`, [[x[u]![s]!, -1], ...meets], { lower: 0, upper: 0 });
    }
    // Pairs that may never share a group.
    const js = joiners(s);
    for (let a = 0; a < js.length; a++) {
      for (let c = a + 1; c < js.length; c++) {
        if (unitsFit(model, units[js[a]!]!.items, units[js[c]!]!.items)) continue;
        b.constrain(`apart_${js[a]}_${js[c]}_${s}`, [[x[js[a]!]![s]!, 1], [x[js[c]!]![s]!, 1]], { upper: 1 });
      }
    }
    const members: Member[] = [...js.map((u) => ({ variable: x[u]![s]!, items: units[u]!.items })), ...(slot.pinned >= 0 ? [{ variable: w[s]!, items: slot.fixed }] : [])];
    addAgeSpan(b, s, members, age, ages, weights.ageSpan, aux[s]!);
    const singleFixed = slot.fixed.some((m) => singleGender[m] === 1);
    if (gender.mix === "prefer" && weights.genderMix !== 0 && !singleFixed) addGenderMix(b, s, members, genderCode, singleGender, weights.genderMix, aux[s]!);
    if (model.minDistinct !== undefined) distinct[s] = addMinDistinct(b, s, members, model.minDistinct, opened(s, 1));
    if (expectations.length > 0 && weights.expectation !== 0) addExpectation(b, s, members, pool.expectation, expectations, weights.expectation, model.sizeMax, aux[s]!);
    if (weights.sizeFromPreferred !== 0) {
      const d = b.variable(`size_off_${s}`, false, -weights.sizeFromPreferred);
      aux[s]!.sizeOff = d;
      b.constrain(`size_over_${s}`, [[d, 1], ...size(s).map(([v, c]) => [v, -c] as const), ...opened(s, pool.sizePreferred)], { lower: 0 });
      b.constrain(`size_under_${s}`, [[d, 1], ...size(s), ...opened(s, -pool.sizePreferred)], { lower: 0 });
    }
  });
  const users = new Map<number, MipTerm[]>();
  options.forEach((o, k) => {
    for (const r of model.optionResources(o)) {
      const list = users.get(r) ?? [];
      for (let s = 0; s < slots.length; s++) if (y[s]![k]! >= 0) list.push([y[s]![k]!, 1]);
      users.set(r, list);
    }
  });
  for (const [r, terms] of users) {
    const capacity = model.resourceCapacity(r);
    if (!Number.isFinite(capacity) || terms.length === 0) continue;
    const fixed = heldFixed.get(r) ?? 0;
    // An existing group that is joined gives up its recorded room (Σ y + unjoined holders ≤ capacity).
    const holders = (heldOpen.get(r) ?? []).map((p) => slots.findIndex((slot) => slot.pinned === p));
    if (fixed >= capacity) {
      b.constrain(`resource_${r}`, terms, { upper: 0 });
      continue;
    }
    b.constrain(`resource_${r}`, [...terms, ...holders.map((s) => [w[s]!, -1] as const)], { upper: capacity - fixed - holders.length });
  }

  const mip = b.build();
  return {
    mip,
    decode(values) {
      const groups: ProgramGroup[] = [];
      const joinedSlot = new Map<number, number>();
      slots.forEach((slot, s) => {
        if (slot.pinned >= 0) joinedSlot.set(slot.pinned, s);
        const k = y[s]!.findIndex((v) => v >= 0 && values(v) > 0.5);
        if (k < 0) return;
        const members = [...slot.fixed, ...joiners(s).flatMap((u) => (values(x[u]![s]!) > 0.5 ? units[u]!.items : []))];
        if (members.length > 0) groups.push({ members, option: options[k]!, pinned: slot.pinned });
      });
      model.pinned.forEach((spec, p) => {
        if (groups.some((g) => g.pinned === p)) return;
        groups.push({ members: [...spec.members], option: spec.recordedOption, pinned: p });
      });
      return groups;
    },
    encode(groups) {
      const unitOfItem = new Map<number, number>();
      units.forEach((unit, u) => unit.items.forEach((i) => unitOfItem.set(i, u)));
      const values = new Float64Array(mip.variables.length);
      // Every group, used or not, names one majority label.
      for (const a of aux) if (a.majorityIs.length > 0) values[a.majorityIs[0]!] = 1;
      const fresh = groups.filter((g) => g.pinned < 0);
      if (fresh.length > G) return null;
      const slotOf = (group: ProgramGroup, joinedUnits: number[]): number => (group.pinned < 0 ? -1 : slots.findIndex((slot) => slot.pinned === group.pinned && joinedUnits.length > 0));
      const placed = groups.map((group) => {
        const fixed = group.pinned >= 0 ? new Set(model.pinned[group.pinned]!.members) : new Set<number>();
        const joinedUnits = [...new Set(group.members.filter((i) => !fixed.has(i)).map((i) => unitOfItem.get(i) ?? -1))].sort((a, c) => a - c);
        return { group, units: joinedUnits, k: indexOf.get(group.option) ?? -1, slot: slotOf(group, joinedUnits) };
      });
      if (placed.some((p) => p.units.includes(-1) || (p.group.pinned < 0 && (p.k < 0 || p.units.length === 0)) || (p.group.pinned >= 0 && p.units.length > 0 && (p.slot < 0 || p.k < 0)))) return null;
      // Symmetry breaking lets unit u join only new groups 0..u: number new groups by their first unit.
      const newGroups = placed.filter((p) => p.group.pinned < 0).sort((a, c) => a.units[0]! - c.units[0]!);
      newGroups.forEach((p, g) => (p.slot = g));
      for (const p of placed) {
        if (p.slot < 0) continue;
        const s = p.slot;
        if (y[s]![p.k]! < 0) return null;
        values[y[s]![p.k]!] = 1;
        if (w[s]! >= 0) values[w[s]!] = 1;
        for (const u of p.units) {
          if (x[u]![s]! < 0) return null;
          values[x[u]![s]!] = 1;
          const z = aux[s]!.travel.get(u * options.length + p.k);
          if (z === undefined) return null;
          values[z] = 1;
        }
        fillAuxiliaries(values, aux[s]!, p.group.members, ages.youngest, pool, expectations, model.sizeMax);
        if (model.minDistinct !== undefined) for (const d of distinct[s]!) values[d.variable] = p.group.members.some((i) => model.minDistinct!.key[i] === d.value) ? 1 : 0;
      }
      return values;
    },
  };
}

/** Units the program may place: whole units of free items, or the free part of a unit whose other members are in an open existing group. */
function placeableUnits(model: PoolModel, openPinned: readonly boolean[]): PlaceableUnit[] {
  const out: PlaceableUnit[] = [];
  for (const items of model.units) {
    const free = items.filter((i) => model.pinnedTo[i]! < 0);
    let target = -1;
    if (free.length !== items.length) {
      const tied = new Set(items.filter((i) => model.pinnedTo[i]! >= 0).map((i) => model.pinnedTo[i]!));
      const only = [...tied][0]!;
      if (free.length === 0 || tied.size !== 1 || !openPinned[only]) continue;
      target = only;
    }
    if (!free.every((i) => model.placeable[i] === 1)) continue;
    const options = Array.from(model.options[items[0]!]!).filter((o) => items.every((i) => model.options[i]!.includes(o)));
    if (options.length > 0) out.push({ items: free, target, options });
  }
  return out;
}

/** Placeable units of a model (for callers sizing a problem before formulating it). */
export function placeableUnitCount(model: PoolModel): number {
  const openPinned = model.pinned.map((spec) => !spec.closed && spec.members.length < model.sizeMax && coherent(model, spec.members, spec.allowedOptions));
  return placeableUnits(model, openPinned).length;
}

/** Whether an existing group's members may stay together and share one of its allowed options. */
function coherent(model: PoolModel, members: readonly number[], allowed: Int32Array): boolean {
  for (let a = 0; a < members.length; a++) for (let c = a + 1; c < members.length; c++) if (!pairFits(model, members[a]!, members[c]!)) return false;
  return Array.from(allowed).some((o) => members.every((m) => model.options[m]!.includes(o)));
}

/** What placing items adds regardless of group: their people and their waiting time. */
function unitValue(pool: CompiledPool, items: readonly number[]): number {
  const { weights } = pool.problem.policy;
  return items.reduce((sum, i) => sum + weights.placed + weights.waitingPerYear * pool.waitYears[i]!, 0);
}


/** Km the items travel to an option's place; unknown distances count as 0, as in the engine. */
function travelKm(pool: CompiledPool, items: readonly number[], option: number): number {
  return items.reduce((sum, i) => {
    const d = pool.meeting.travelKm(i, pool.meeting.placeOf(option));
    return Number.isFinite(d) ? sum + d : sum;
  }, 0);
}

function pairFits(model: PoolModel, i: number, j: number): boolean {
  const p = model.spread[i]!;
  const q = model.spread[j]!;
  return !((p >= 0 && q >= 0 && Math.abs(p - q) > model.maxSpread) || model.conflicts(i, j));
}

function unitsFit(model: PoolModel, a: readonly number[], c: readonly number[]): boolean {
  return a.every((i) => c.every((j) => pairFits(model, i, j)));
}
