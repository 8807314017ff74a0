/**
 * Brute-force oracle for tests: the proven optimum of a small grouping model, found by
 * enumerating every way to split the placeable units into new groups, additions to open
 * existing groups and the waitlist, and every room-respecting choice of meeting options.
 *
 * It reads the same `PoolModel` the engine reads (so it judges the search, not the compiler;
 * the checker judges the rules) but shares no code with the engine.
 */
import type { PoolModel } from "../../src/core/poolModel.js";
import { holdsEnoughDistinctValues } from "./minDistinctOracle.js";

/** One group of an optimal solution. */
export interface OracleGroup {
  members: number[];
  option: number;
  /** The existing group it continues, or -1. */
  pinned: number;
}

export interface OracleResult {
  /** The best objective over all valid solutions (existing groups included, as the engine counts). */
  objective: number;
  groups: OracleGroup[];
  /** Leaves enumerated: complete assignments whose groups were all valid in size and pairs. */
  leaves: number;
}

/** Most placeable units the oracle accepts: the enumeration grows like the Bell numbers. */
export const ORACLE_MAX_UNITS = 9;

interface Unit {
  items: number[];
  /** The existing group this unit must join (a partner is in it), or -1. */
  target: number;
}

/** Valid options of a group and the score at each, best first. */
type Choices = { option: number; score: number }[];

/**
 * The optimum of `model` by exhaustive enumeration.
 * @throws RangeError when more than ORACLE_MAX_UNITS units could be placed.
 */
export function bruteForceOptimum(model: PoolModel): OracleResult {
  const pinnedOpen = model.pinned.map((spec) => !spec.closed && spec.members.length < model.sizeMax && pinnedCoherent(model, spec.members, spec.allowedOptions));
  const units = placeableUnits(model, pinnedOpen);
  if (units.length > ORACLE_MAX_UNITS) throw new RangeError(`oracle: ${units.length} placeable units, at most ${ORACLE_MAX_UNITS}`);

  // Existing groups that take nobody new keep their option and score (and its rooms).
  let fixedScore = 0;
  const fixedHeld = new Int32Array(model.resourceCount);
  model.pinned.forEach((spec) => {
    if (spec.recordedOption >= 0) for (const r of model.optionResources(spec.recordedOption)) fixedHeld[r]! += 1;
  });

  const blocks: number[][] = []; // unit indices of each new group
  const joined: number[][] = model.pinned.map(() => []); // unit indices added to each existing group
  const memo = new Map<string, Choices>();
  let best = Number.NEGATIVE_INFINITY;
  let bestGroups: OracleGroup[] = [];
  let leaves = 0;

  const itemsOf = (unitIndices: readonly number[], base: readonly number[] = []): number[] => [...base, ...unitIndices.flatMap((u) => units[u]!.items)];
  const fits = (items: readonly number[], others: readonly number[]): boolean => {
    for (const a of items) for (const b of others) if (!compatible(model, a, b)) return false;
    return true;
  };

  /** Options and scores of a group of `members`; `pinned` ≥ 0 for an existing group with newcomers. */
  const choicesOf = (members: number[], pinned: number): Choices => {
    const key = `${pinned}|${[...members].sort((a, b) => a - b).join(",")}`;
    const cached = memo.get(key);
    if (cached) return cached;
    const size = members.length;
    const choices: Choices = [];
    if (size <= model.sizeMax && (pinned >= 0 || size >= model.sizeMin) && holdsEnoughDistinctValues(model, members)) {
      const allowed = pinned >= 0 ? model.pinned[pinned]!.allowedOptions : null;
      for (const option of model.options[members[0]!]!) {
        if (allowed !== null ? !allowed.includes(option) : !model.opensGroups(option)) continue;
        if (!members.every((m) => model.options[m]!.includes(option))) continue;
        const place = model.optionPlace(option);
        if (model.placeCapacity(place) < size) continue;
        if (model.homePlace !== null && !members.some((m) => model.homePlace![m] === place)) continue;
        choices.push({ option, score: model.groupScore(members, option) });
      }
    }
    choices.sort((a, b) => b.score - a.score || a.option - b.option);
    memo.set(key, choices);
    return choices;
  };

  /** Best room-respecting option choice for the changed groups; returns false when none. */
  const chooseOptions = (groups: { members: number[]; pinned: number; choices: Choices }[]): void => {
    const held = Int32Array.from(fixedHeld);
    // An existing group that changes gives up its recorded booking.
    for (const g of groups) {
      if (g.pinned < 0) continue;
      const recorded = model.pinned[g.pinned]!.recordedOption;
      if (recorded >= 0) for (const r of model.optionResources(recorded)) held[r]! -= 1;
    }
    // Rooms and starters: a resource may hold no more groups than its capacity, unless existing groups kept as they are already overbook it.
    const fits = (option: number): boolean => Array.from(model.optionResources(option)).every((r) => held[r]! + 1 <= model.resourceCapacity(r));
    const book = (option: number, by: number): void => {
      for (const r of model.optionResources(option)) held[r]! += by;
    };
    const picked = new Array<number>(groups.length).fill(-1);
    const step = (k: number, score: number): void => {
      if (k === groups.length) {
        const total = score + fixedScore;
        if (total > best + 1e-9) {
          best = total;
          bestGroups = solutionGroups(groups, picked);
        }
        return;
      }
      for (const choice of groups[k]!.choices) {
        if (!fits(choice.option)) continue;
        book(choice.option, 1);
        picked[k] = choice.option;
        step(k + 1, score + choice.score);
        book(choice.option, -1);
      }
    };
    step(0, 0);
  };

  const solutionGroups = (groups: { members: number[]; pinned: number }[], picked: readonly number[]): OracleGroup[] => {
    const out: OracleGroup[] = groups.map((g, k) => ({ members: [...g.members], option: picked[k]!, pinned: g.pinned }));
    model.pinned.forEach((spec, p) => {
      if (!groups.some((g) => g.pinned === p)) out.push({ members: [...spec.members], option: spec.recordedOption, pinned: p });
    });
    return out;
  };

  const leaf = (): void => {
    const groups: { members: number[]; pinned: number; choices: Choices }[] = [];
    fixedScore = 0;
    for (let p = 0; p < model.pinned.length; p++) {
      const spec = model.pinned[p]!;
      if (joined[p]!.length === 0) {
        fixedScore += model.groupScore(spec.members, spec.recordedOption);
        continue;
      }
      const members = itemsOf(joined[p]!, spec.members);
      const choices = choicesOf(members, p);
      if (choices.length === 0) return;
      groups.push({ members, pinned: p, choices });
    }
    for (const block of blocks) {
      const members = itemsOf(block);
      const choices = choicesOf(members, -1);
      if (choices.length === 0) return;
      groups.push({ members, pinned: -1, choices });
    }
    leaves += 1;
    chooseOptions(groups);
  };

  const assign = (u: number): void => {
    if (u === units.length) {
      leaf();
      return;
    }
    const unit = units[u]!;
    // Wait.
    assign(u + 1);
    // Join an existing group that is open to newcomers.
    model.pinned.forEach((spec, p) => {
      if (!pinnedOpen[p] || (unit.target >= 0 && unit.target !== p)) return;
      const members = itemsOf(joined[p]!, spec.members);
      if (members.length + unit.items.length > model.sizeMax || !fits(unit.items, members)) return;
      joined[p]!.push(u);
      assign(u + 1);
      joined[p]!.pop();
    });
    if (unit.target >= 0) return;
    // Join a new group, or start one.
    for (const block of blocks) {
      const members = itemsOf(block);
      if (members.length + unit.items.length > model.sizeMax || !fits(unit.items, members)) continue;
      block.push(u);
      assign(u + 1);
      block.pop();
    }
    blocks.push([u]);
    assign(u + 1);
    blocks.pop();
  };

  assign(0);
  return { objective: best, groups: bestGroups, leaves };
}

/** Units the engine may place, with their movable items and any existing group they must join. */
function placeableUnits(model: PoolModel, pinnedOpen: readonly boolean[]): Unit[] {
  const out: Unit[] = [];
  for (const items of model.units) {
    const free = items.filter((i) => model.pinnedTo[i]! < 0);
    let target = -1;
    if (free.length !== items.length) {
      const tied = new Set(items.filter((i) => model.pinnedTo[i]! >= 0).map((i) => model.pinnedTo[i]!));
      const only = [...tied][0]!;
      if (free.length === 0 || tied.size !== 1 || !pinnedOpen[only]) continue;
      target = only;
    }
    if (!free.every((i) => model.placeable[i] === 1)) continue;
    const shared = model.options[items[0]!]!.filter((o) => items.every((i) => model.options[i]!.includes(o)));
    if (shared.length === 0) continue;
    out.push({ items: free, target });
  }
  return out;
}

/** Whether an existing group's members may stay together and share one of its allowed options. */
function pinnedCoherent(model: PoolModel, members: readonly number[], allowed: Int32Array): boolean {
  for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) if (!compatible(model, members[a]!, members[b]!)) return false;
  return Array.from(allowed).some((o) => members.every((m) => model.options[m]!.includes(o)));
}

/** The pair rules and the spread bound, read straight from the model. */
function compatible(model: PoolModel, a: number, b: number): boolean {
  const x = model.spread[a]!;
  const y = model.spread[b]!;
  if (x >= 0 && y >= 0 && Math.abs(x - y) > model.maxSpread) return false;
  return !model.conflicts(a, b);
}
