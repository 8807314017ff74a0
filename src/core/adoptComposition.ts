import type { FoundGroup } from "./bestSolution.js";
import type { GroupChange } from "./poolState.js";
import type { SearchContext } from "./searchContext.js";

/**
 * Replaces the state's groups by `groups`, a composition another search of the same model found
 * (`BestSolution.raw`: items, option, pinned group): every new group is dissolved, each pinned
 * group gets its members and option from `groups`, and the new groups are opened. One move
 * through the context, so its indexes follow and assert mode checks the result. The model, and
 * so the units and sub-pools, are the same in every search of it: only the random stream differs.
 */
export function adoptComposition(context: SearchContext, groups: readonly FoundGroup[]): void {
  const { model, state, componentOfUnit } = context;
  const changes: GroupChange[] = [];
  const pinnedSlot = new Map<number, number>();
  state.groups.forEach((group, slot) => {
    if (group.pinned >= 0) pinnedSlot.set(group.pinned, slot);
    else if (group.alive) changes.push({ slot, component: group.component, members: [], units: [], option: -1, score: 0 });
  });
  for (const { members, option, pinned } of groups) {
    // A unit's items joined together; pinned members belong to their group, not to a unit that moves.
    const units = [...new Set(members.filter((m) => model.pinnedTo[m]! < 0).map((m) => model.unitOf[m]!))];
    const slot = pinned >= 0 ? pinnedSlot.get(pinned)! : -1;
    const component = slot >= 0 ? state.groups[slot]!.component : componentOfUnit[units[0]!]!;
    changes.push({ slot, component, members: [...members], units, option, score: model.groupScore(members, option) });
  }
  context.commit({ changes, delta: 0 });
}
