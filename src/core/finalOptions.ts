import { intersectSorted, unitOptions } from "./decompose.js";
import { assignRooms, type RoomChoice } from "./roomAssignment.js";
import type { PoolModel } from "./poolModel.js";

/** A group of an answer as the clean-up sees it: members, option, and the existing group it continues (-1 if new). */
export interface OptionedGroup {
  members: number[];
  option: number;
  pinned: number;
}

/**
 * A last pass over an answer: the new groups, and the existing groups newcomers joined, get the
 * meeting options (within an existing group's own) that make the answer's total best within the
 * rooms the other groups leave: an exact assignment (`roomAssignment.ts`), so no room freed
 * late in the search stays unused and no two groups would gain by trading. Members stay as they are.
 * @returns the objective gained (never negative); `groups` are updated in place.
 */
export function improveOptions(model: PoolModel, groups: OptionedGroup[]): number {
  const movable = groups.filter((g) => g.option >= 0 && (g.pinned < 0 || joined(model, g)));
  const moving = new Set(movable);
  const kept = new Int32Array(model.resourceCount);
  for (const g of groups) if (g.option >= 0 && !moving.has(g)) for (const r of model.optionResources(g.option)) kept[r]! += 1;
  const choices = movable.map((g): RoomChoice => {
    const valid = meetingOptions(model, g);
    // The option it holds stays a choice, so the assignment can always keep the answer as it is.
    const options = valid.includes(g.option) ? valid : Int32Array.from([...valid, g.option]).sort();
    return { options, values: Float64Array.from(options, (o) => model.groupScore(g.members, o)) };
  });
  const left = (r: number): number => model.resourceCapacity(r) - kept[r]!;
  const assigned = oneResourcePerOption(model, choices) ? assignRooms(choices, (o) => roomsLeft(model, o, left)) : improveOneByOne(model, choices, movable, left);
  if (assigned === null) return 0;
  let gained = 0;
  movable.forEach((g, k) => {
    const to = assigned[k]!;
    const choice = choices[k]!;
    gained += choice.values[choice.options.indexOf(to)]! - choice.values[choice.options.indexOf(g.option)]!;
  });
  // Rounding aside the exact assignment cannot be worse than the one it started from.
  if (gained < 0) return 0;
  movable.forEach((g, k) => (g.option = assigned[k]!));
  return gained;
}

/** Whether every option holds at most one resource that no other option holds: then rooms are a flow problem. */
function oneResourcePerOption(model: PoolModel, choices: readonly RoomChoice[]): boolean {
  const owner = new Map<number, number>();
  for (const choice of choices) {
    for (const o of choice.options) {
      const resources = model.optionResources(o);
      if (resources.length > 1) return false;
      for (const r of resources) {
        if ((owner.get(r) ?? o) !== o) return false;
        owner.set(r, o);
      }
    }
  }
  return true;
}

function roomsLeft(model: PoolModel, option: number, left: (r: number) => number): number {
  const resources = model.optionResources(option);
  return resources.length === 0 ? Number.POSITIVE_INFINITY : left(resources[0]!);
}

/**
 * Where options share resources (a starter serves several places), no flow is exact: each group in
 * turn takes its best option within what the others leave, until none gains; never worse than the start.
 */
function improveOneByOne(model: PoolModel, choices: readonly RoomChoice[], groups: readonly OptionedGroup[], left: (r: number) => number): Int32Array {
  const assigned = Int32Array.from(groups, (g) => g.option);
  const used = new Int32Array(model.resourceCount);
  for (const o of assigned) for (const r of model.optionResources(o)) used[r]! += 1;
  const fits = (o: number): boolean => Array.from(model.optionResources(o)).every((r) => used[r]! < left(r));
  for (let round = 0, changed = true; changed && round < MAX_ROUNDS; round++) {
    changed = false;
    choices.forEach((choice, k) => {
      const current = assigned[k]!;
      for (const r of model.optionResources(current)) used[r]! -= 1;
      let best = current;
      let bestValue = choice.values[choice.options.indexOf(current)]!;
      choice.options.forEach((o, j) => {
        if (choice.values[j]! > bestValue + 1e-9 && fits(o)) {
          best = o;
          bestValue = choice.values[j]!;
        }
      });
      for (const r of model.optionResources(best)) used[r]! += 1;
      if (best !== current) {
        assigned[k] = best;
        changed = true;
      }
    });
  }
  return assigned;
}

/** Passes of the one-by-one improvement: each pass can only raise the total. */
const MAX_ROUNDS = 8;

/** An existing group that newcomers joined chooses among its own options, as the search lets it. */
function joined(model: PoolModel, g: OptionedGroup): boolean {
  return g.members.length > model.pinned[g.pinned]!.members.length;
}

/** Options a group may meet at: shared by its members, within an existing group's own, with room for all. */
function meetingOptions(model: PoolModel, g: OptionedGroup): Int32Array {
  const shared = unitOptions(model, g.members);
  const own = g.pinned < 0 ? shared.filter((o) => model.opensGroups(o)) : intersectSorted(shared, model.pinned[g.pinned]!.allowedOptions);
  return own.filter((o) => canMeetAt(model, g.members, o));
}

/** Whether a group of `members` may meet at `option` as far as capacity and the host rule go. */
function canMeetAt(model: PoolModel, members: readonly number[], option: number): boolean {
  const place = model.optionPlace(option);
  if (model.placeCapacity(place) < members.length) return false;
  return model.homePlace === null || members.some((m) => model.homePlace![m] === place);
}
