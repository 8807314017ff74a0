import { meetsMinDistinct } from "../core/minDistinct.js";
import type { PinnedGroupSpec, PoolModel } from "../core/poolModel.js";

/**
 * Whether decoded groups keep every hard rule of the model: each item once, whole units in new groups,
 * size bounds, no conflicting pair, an option every member can use, the place's capacity,
 * the host rule and the rooms per option. Existing groups kept as they are are taken as given.
 */
export function validGroups(model: PoolModel, groups: readonly { members: readonly number[]; option: number; pinned: number }[]): boolean {
  const seen = new Uint8Array(model.n);
  const held = new Int32Array(model.resourceCount);
  const usedByNew = new Set<number>();
  for (const group of groups) {
    for (const i of group.members) {
      if (seen[i] === 1) return false;
      seen[i] = 1;
    }
    if (group.option >= 0) for (const r of model.optionResources(group.option)) held[r]! += 1;
    const spec = group.pinned >= 0 ? model.pinned[group.pinned] : undefined;
    const changed = spec === undefined || group.members.length !== spec.members.length || group.option !== spec.recordedOption;
    if (!changed) continue;
    if (!validGroup(model, group.members, group.option, spec)) return false;
    for (const r of model.optionResources(group.option)) usedByNew.add(r);
  }
  // Existing groups may already overbook a room; a new group may not add to it.
  for (const r of usedByNew) if (held[r]! > model.resourceCapacity(r)) return false;
  return true;
}

/** A new group, or an existing one that takes newcomers (no minimum, its own members kept, an allowed option). */
function validGroup(model: PoolModel, members: readonly number[], option: number, spec: PinnedGroupSpec | undefined): boolean {
  if ((spec === undefined && members.length < model.sizeMin) || members.length > model.sizeMax) return false;
  if (!meetsMinDistinct(model, members)) return false;
  if (spec !== undefined && (spec.closed || !spec.members.every((m) => members.includes(m)) || !spec.allowedOptions.includes(option))) return false;
  if (spec === undefined && !model.opensGroups(option)) return false;
  const place = model.optionPlace(option);
  if (members.length > model.placeCapacity(place)) return false;
  if (model.homePlace !== null && !members.some((i) => model.homePlace![i] === place)) return false;
  for (const i of members) {
    if (!model.options[i]!.includes(option)) return false;
    if (spec !== undefined && spec.members.includes(i)) continue;
    if (model.placeable[i] !== 1 || model.pinnedTo[i]! >= 0) return false;
    // Units are placed whole (a partner may already be in the existing group).
    if (!model.units[model.unitOf[i]!]!.every((j) => members.includes(j))) return false;
  }
  for (let a = 0; a < members.length; a++) {
    for (let b = a + 1; b < members.length; b++) {
      const i = members[a]!;
      const j = members[b]!;
      const p = model.spread[i]!;
      const q = model.spread[j]!;
      if (model.conflicts(i, j) || (p >= 0 && q >= 0 && Math.abs(p - q) > model.maxSpread)) return false;
    }
  }
  return true;
}
