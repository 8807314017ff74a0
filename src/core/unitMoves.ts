import type { Move } from "./poolState.js";
import type { SearchContext } from "./searchContext.js";
import { SearchPart } from "./searchPart.js";
import { without } from "./sortedLists.js";

/**
 * The cheap moves of a pool search: one unit (or one new group) changes places between at most
 * two groups. Each is evaluated, not applied: null when it breaks a rule, else the changes and
 * their objective delta.
 */
export class UnitMoves extends SearchPart {
  constructor(private readonly context: SearchContext) {
    super(context);
  }

  /** Adds waiting unit `u` to group `slot`. */
  insertMove(u: number, slot: number): Move | null {
    const group = this.state.groups[slot]!;
    if (!group.alive || !group.accepting || !this.mayJoin(u, slot)) return null;
    const items = this.unitItems[u]!;
    if (group.members.length + items.length > this.model.sizeMax) return null;
    if (!this.state.fits(items, group.members)) return null;
    return this.single(slot, [...group.members, ...items], [...group.units, u]);
  }

  /** Waiting unit `u` takes the place of unit `v` in its group; `v` waits. */
  swapInMove(u: number, v: number): Move | null {
    const slot = this.state.groupOfUnit[v]!;
    const group = this.state.groups[slot]!;
    if (!this.mayJoin(u, slot)) return null;
    const members = without(group.members, this.unitItems[v]!);
    if (!this.state.fits(this.unitItems[u]!, members)) return null;
    return this.single(slot, [...members, ...this.unitItems[u]!], [...without(group.units, [v]), u]);
  }

  /** Moves placed unit `u` to group `to` (its old group may close if it empties). */
  relocateMove(u: number, to: number): Move | null {
    const from = this.state.groupOfUnit[u]!;
    const target = this.state.groups[to]!;
    if (from === to || !target.alive || !target.accepting || !this.mayJoin(u, to)) return null;
    const items = this.unitItems[u]!;
    if (target.members.length + items.length > this.model.sizeMax || !this.state.fits(items, target.members)) return null;
    const source = this.state.groups[from]!;
    return this.pair(from, without(source.members, items), without(source.units, [u]), to, [...target.members, ...items], [...target.units, u]);
  }

  /** Exchanges placed units `u` and `v` between their groups. */
  swapMove(u: number, v: number): Move | null {
    const a = this.state.groupOfUnit[u]!;
    const b = this.state.groupOfUnit[v]!;
    if (a === b || !this.mayJoin(u, b) || !this.mayJoin(v, a)) return null;
    const ga = this.state.groups[a]!;
    const gb = this.state.groups[b]!;
    const restA = without(ga.members, this.unitItems[u]!);
    const restB = without(gb.members, this.unitItems[v]!);
    if (!this.state.fits(this.unitItems[v]!, restA) || !this.state.fits(this.unitItems[u]!, restB)) return null;
    return this.pair(
      a, [...restA, ...this.unitItems[v]!], [...without(ga.units, [u]), v],
      b, [...restB, ...this.unitItems[u]!], [...without(gb.units, [v]), u],
    );
  }

  /** Everyone in new group `from` joins group `to`; `from` closes. */
  mergeMove(from: number, to: number): Move | null {
    const source = this.state.groups[from]!;
    const target = this.state.groups[to]!;
    if (from === to || source.pinned >= 0 || !target.alive || !target.accepting) return null;
    if (source.members.length + target.members.length > this.model.sizeMax) return null;
    if (!source.units.every((v) => this.mayJoin(v, to)) || !this.state.fits(source.members, target.members)) return null;
    return this.pair(from, [], [], to, [...target.members, ...source.members], [...target.units, ...source.units]);
  }

  /** The insert of waiting unit `u` that adds most, over every group of its component. */
  bestInsert(u: number): Move | null {
    let best: Move | null = null;
    const target = this.target[u]!;
    for (const slot of this.slotsOf[this.componentOfUnit[u]!]!) {
      if (target >= 0 && this.state.groups[slot]!.pinned !== target) continue;
      const move = this.insertMove(u, slot);
      if (move && (best === null || move.delta > best.delta)) best = move;
    }
    return best;
  }

  private mayJoin(u: number, slot: number): boolean {
    const target = this.target[u]!;
    return target < 0 || this.state.groups[slot]!.pinned === target;
  }

  private single(slot: number, members: number[], units: number[]): Move | null {
    const group = this.state.groups[slot]!;
    const evaluated = this.context.evaluateSlot(slot, members);
    if (evaluated === null) return null;
    return { changes: [{ slot, component: group.component, members, units, ...evaluated }], delta: evaluated.score - group.score };
  }

  private pair(a: number, membersA: number[], unitsA: number[], b: number, membersB: number[], unitsB: number[]): Move | null {
    const ga = this.state.groups[a]!;
    const gb = this.state.groups[b]!;
    const ea = this.context.evaluateSlot(a, membersA);
    if (ea === null) return null;
    const eb = this.state.withRebooking(ga.option, ea.option, () => this.context.evaluateSlot(b, membersB));
    if (eb === null) return null;
    return {
      changes: [
        { slot: a, component: ga.component, members: membersA, units: unitsA, ...ea },
        { slot: b, component: gb.component, members: membersB, units: unitsB, ...eb },
      ],
      delta: ea.score + eb.score - ga.score - gb.score,
    };
  }
}
