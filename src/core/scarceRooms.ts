import { BinaryHeap } from "./binaryHeap.js";
import type { GroupOpener } from "./groupOpener.js";
import type { Move } from "./poolState.js";
import type { SearchContext } from "./searchContext.js";

/** A place and slot is local to a sub-pool when fewer than 1 / LOCAL_SHARE of its waiting can meet there (a national list). */
export const LOCAL_SHARE = 8;
/** Anchors (spread over the ages) tried per place, slot and sub-pool. */
const ANCHORS = 8;

interface Candidate {
  component: number;
  family: number;
  move: Move | null;
  size: number;
}

/**
 * Before the age sweep, on national lists: the scarce rooms (more people would meet at a place and
 * slot than its free rooms hold, each waiting person's demand spread over the places and slots they
 * can meet at, and counted over every sub-pool: a room one sub-pool takes is gone for the others)
 * go to the largest groups first. Each (sub-pool, place and slot) offers its largest group from
 * those waiting there; the largest offer takes its room, and offers are recomputed lazily (they
 * only shrink as people are placed and rooms taken). Deterministic: no random draw.
 */
export function fillScarceRooms(context: SearchContext, opener: GroupOpener): void {
  const local = new Map<number, number[]>();
  for (let c = 0; c < context.componentCount; c++) {
    const waiting = context.waitingOf[c]!;
    const families = new Set<number>();
    for (const u of waiting) for (const f of context.unitFamilies[u]!) families.add(f);
    for (const family of [...families].sort((a, b) => a - b)) {
      if (context.waitingAt(c, family).length * LOCAL_SHARE >= waiting.length) continue;
      (local.get(family) ?? local.set(family, []).get(family)!).push(c);
    }
  }
  // Each waiting person's demand is spread over the places and slots they could meet at.
  const demand = (family: number): number => {
    let sum = 0;
    for (const c of local.get(family)!) for (const u of context.waitingAt(c, family)) sum += context.unitItems[u]!.length / context.unitFamilies[u]!.length;
    return sum;
  };
  // Largest offer first, then the best scoring; the sub-pool and place break ties, so the order is total.
  const first = (a: Candidate, b: Candidate): boolean => {
    if (a.size !== b.size) return a.size > b.size;
    const da = a.move?.delta ?? 0;
    const db = b.move?.delta ?? 0;
    if (da !== db) return da > db;
    return a.component !== b.component ? a.component < b.component : a.family < b.family;
  };
  const offers = new BinaryHeap<Candidate>(first);
  for (const [family, components] of local) {
    if (!scarce(context, family, demand(family))) continue;
    for (const c of components) offers.push({ component: c, family, move: null, size: Number.POSITIVE_INFINITY });
  }
  for (let top = offers.pop(); top !== undefined; top = offers.pop()) {
    top.move = scarce(context, top.family, demand(top.family)) ? largestAt(context, opener, top.component, top.family) : null;
    top.size = top.move === null ? 0 : top.move.changes[0]!.members.length;
    if (top.move === null) continue;
    // Still at least as large as the next offer (which can only have shrunk): it takes the room.
    const next = offers.peek();
    if (next === undefined || top.size >= next.size) {
      context.commit(top.move);
      top.size = Number.POSITIVE_INFINITY;
    }
    offers.push(top);
  }
}

/** Whether the free rooms at `family` hold fewer than the `people` who would meet there. */
function scarce(context: SearchContext, family: number, people: number): boolean {
  const { model, state } = context;
  const rooms = model.optionResources(family);
  if (rooms.length !== 1) return false;
  const left = model.resourceCapacity(rooms[0]!) - state.holdersOf(rooms[0]!).length;
  return left > 0 && left * model.sizeMax < people;
}

/** The largest group (then the best scoring) that can open at `family` from the sub-pool's waiting there. */
function largestAt(context: SearchContext, opener: GroupOpener, component: number, family: number): Move | null {
  const local = [...context.waitingAt(component, family)].sort((a, b) => context.unitLow[a]! - context.unitLow[b]! || a - b);
  const step = Math.max(1, Math.floor(local.length / ANCHORS));
  let best: Move | null = null;
  for (let k = 0; k < local.length; k += step) {
    const move = opener.open(local[k]!, local, k + 1, false, family);
    if (move === null) continue;
    const size = move.changes[0]!.members.length;
    const bestSize = best === null ? 0 : best.changes[0]!.members.length;
    if (best === null || size > bestSize || (size === bestSize && move.delta > best.delta)) best = move;
  }
  return best;
}
