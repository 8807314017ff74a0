import type { GroupOpener } from "./groupOpener.js";
import { WAITING } from "./poolState.js";
import { fillScarceRooms } from "./scarceRooms.js";
import type { SearchContext } from "./searchContext.js";
import type { UnitMoves } from "./unitMoves.js";

/**
 * Builds the first solution: pinned partners first, then scarce rooms on national lists
 * (`fillScarceRooms`), then each component swept by age (smallest
 * component first), then leftovers inserted where they add most. `pulse` is called once per unit
 * placed or tried (for progress only).
 */
export function buildFirstComposition(context: SearchContext, moves: UnitMoves, opener: GroupOpener, pulse: () => void = () => {}): void {
  const { model, state, target, componentOfUnit, waitingOf, unitItems } = context;
  for (const u of context.placeable) {
    pulse();
    const g = target[u]!;
    if (g < 0 || componentOfUnit[u]! < 0) continue;
    const slot = state.groups.findIndex((group) => group.pinned === g);
    const move = moves.insertMove(u, slot);
    if (move) context.commit(move);
  }
  // On national lists the scarce rooms go to the largest groups before the sweep fills rooms in age order.
  fillScarceRooms(context, opener);
  const compareUnits = (a: number, b: number): number =>
    context.youngest(a) - context.youngest(b) || model.priority[unitItems[b]![0]!]! - model.priority[unitItems[a]![0]!]! || a - b;
  // Small sub-pools first: they have the fewest ways around a room someone else took.
  const components = Array.from({ length: context.componentCount }, (_, c) => c).sort((a, b) => waitingOf[a]!.length - waitingOf[b]!.length || a - b);
  for (const c of components) {
    const order = [...waitingOf[c]!].sort(compareUnits);
    for (let k = 0; k < order.length; k++) {
      const u = order[k]!;
      pulse();
      if (state.groupOfUnit[u] !== WAITING || target[u]! >= 0) continue;
      const move = opener.open(u, order, k + 1, false);
      if (move) context.commit(move);
    }
    const leftovers = [...waitingOf[c]!].sort((a, b) => model.priority[unitItems[b]![0]!]! - model.priority[unitItems[a]![0]!]! || a - b);
    for (const u of leftovers) {
      pulse();
      const move = moves.bestInsert(u);
      if (move && move.delta > 0) context.commit(move);
    }
  }
}
