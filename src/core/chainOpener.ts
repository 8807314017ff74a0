import { regroupAndOpen, UNKNOWN_AGE, type SearchView } from "./groupOpener.js";
import { type Move, WAITING } from "./poolState.js";
import { without } from "./sortedLists.js";

/** The new group of a chain open, as a location of units. */
const NEW_GROUP = -3;
/** Most groups one chain search looks through (keeps a move cheap in large sub-pools). */
const MAX_EXPANSIONS = 48;

/** One step of a chain: `unit` enters group `into` (a slot, or NEW_GROUP). */
interface Step {
  unit: number;
  into: number;
}

/** Tentative contents of a group while a chain open is being built. */
interface Draft {
  members: number[];
  units: number[];
}

/**
 * Opens a new group around a waiting unit when neither the waiting nor spare members can fill it
 * directly: each further member comes through a chain of replacements (an augmenting path, found
 * breadth-first). The first person enters the new group, the group they leave takes someone in
 * their place who can meet at its option and fits its age window, and so on, until the chain
 * ends at someone waiting or at a group that stays large enough without the one it gives up.
 * Every group along a chain keeps its size, so only the chain's ends change who is placed.
 */
export class ChainOpener {
  /** Units of each sub-pool by meeting option, built on first use. */
  private readonly byOption = new Map<number, Map<number, number[]>>();
  private readonly componentUnits: number[][] = [];
  // Tentative view of the move being built.
  private readonly drafts = new Map<number, Draft>();
  private readonly moved = new Map<number, number>();
  private fresh: Draft = { members: [], units: [] };

  constructor(private readonly view: SearchView) {
    view.componentOfUnit.forEach((c, u) => {
      if (c >= 0) (this.componentUnits[c] ??= []).push(u);
    });
  }

  /** A new group around waiting unit `anchor` at one of its free options, filled to the minimum by chains; null if none is found. */
  open(anchor: number, component: number): Move | null {
    const { model, state, random } = this.view;
    if (this.view.target[anchor]! >= 0) return null;
    const free = this.view.unitOpts[anchor]!.filter(
      (o) => model.opensGroups(o) && !state.full(o, -1) && model.placeCapacity(model.optionPlace(o)) >= model.sizeMin,
    );
    if (free.length === 0) return null;
    const option = free[random.nextInt(free.length)]!;
    this.reset();
    this.fresh = { members: [...this.view.unitItems[anchor]!], units: [anchor] };
    this.moved.set(anchor, NEW_GROUP);
    while (this.fresh.members.length < model.sizeMin) {
      const chain = this.findChain(option, component);
      if (chain === null) return null;
      this.applyChain(chain);
    }
    return this.evaluated(component);
  }

  private reset(): void {
    this.drafts.clear();
    this.moved.clear();
    this.fresh = { members: [], units: [] };
  }

  /**
   * Breadth-first search for one more member of the new group: returns the steps from the
   * new group outward, the last one taken by someone waiting or by a spare member.
   */
  private findChain(option: number, component: number): Step[] | null {
    const { state } = this.view;
    // For each group reached: who leaves it, and where they go.
    const reached = new Map<number, Step>();
    const queue: number[] = [];
    let into = NEW_GROUP;
    let leaving = -1;
    let at = option;
    for (let expansions = 0; expansions <= MAX_EXPANSIONS; expansions++) {
      let spareEnd = -1;
      for (const v of this.unitsAt(component, at)) {
        if (!this.mayEnter(v, into, leaving)) continue;
        const from = this.where(v);
        if (from === WAITING) return this.path(reached, { unit: v, into });
        if (from < 0 || reached.has(from) || from === into) continue;
        const group = state.groups[from]!;
        if (group.pinned >= 0) continue;
        if (spareEnd < 0 && this.draftOf(from).members.length - this.view.unitItems[v]!.length >= this.view.model.sizeMin) spareEnd = v;
        else if (spareEnd < 0) {
          reached.set(from, { unit: v, into });
          queue.push(from);
        }
      }
      if (spareEnd >= 0) return this.path(reached, { unit: spareEnd, into });
      const next = queue.shift();
      if (next === undefined) return null;
      into = next;
      leaving = reached.get(next)!.unit;
      at = state.groups[next]!.option;
    }
    return null;
  }

  /** The steps from the new group out to `last`, following who each reached group gives up. */
  private path(reached: Map<number, Step>, last: Step): Step[] {
    const steps = [last];
    for (let into = last.into; into !== NEW_GROUP; ) {
      const step = reached.get(into)!;
      steps.unshift(step);
      into = step.into;
    }
    return steps;
  }

  /** Moves each unit of the chain, outermost first, into the group it enters. */
  private applyChain(chain: readonly Step[]): void {
    for (let k = chain.length - 1; k >= 0; k--) {
      const { unit, into } = chain[k]!;
      const items = this.view.unitItems[unit]!;
      const from = this.where(unit);
      if (from >= 0) {
        const draft = this.draftOf(from);
        this.drafts.set(from, { members: without(draft.members, items), units: without(draft.units, [unit]) });
      }
      const target = into === NEW_GROUP ? this.fresh : this.draftOf(into);
      const entered = { members: [...target.members, ...items], units: [...target.units, unit] };
      if (into === NEW_GROUP) this.fresh = entered;
      else this.drafts.set(into, entered);
      this.moved.set(unit, into);
    }
  }

  /** Whether unit `v` may enter `into` in place of `leaving` (-1: nobody leaves). */
  private mayEnter(v: number, into: number, leaving: number): boolean {
    const { model, state, target, unitItems, unitLow, unitHigh } = this.view;
    if (target[v]! >= 0 || v === leaving) return false;
    const location = this.where(v);
    if (location === into) return false;
    const items = unitItems[v]!;
    const draft = into === NEW_GROUP ? this.fresh : this.draftOf(into);
    // Groups along a chain keep their size: the one entering replaces someone of the same size.
    if (leaving >= 0 ? items.length !== unitItems[leaving]!.length : draft.members.length + items.length > model.sizeMax) return false;
    const gone = leaving >= 0 ? unitItems[leaving]! : [];
    if (unitLow[v] !== UNKNOWN_AGE) {
      for (const m of draft.members) {
        const a = model.spread[m]!;
        if (a >= 0 && !gone.includes(m) && (a < unitHigh[v]! - model.maxSpread || a > unitLow[v]! + model.maxSpread)) return false;
      }
    }
    for (const i of items) for (const m of draft.members) if (!gone.includes(m) && !state.compatible(i, m)) return false;
    return true;
  }

  /** Where unit `v` is in the move being built: a group slot, WAITING, or NEW_GROUP. */
  private where(v: number): number {
    return this.moved.get(v) ?? this.view.state.groupOfUnit[v]!;
  }

  private draftOf(slot: number): Draft {
    return this.drafts.get(slot) ?? this.view.state.groups[slot]!;
  }

  /** Units of sub-pool `component` that can meet at `option`. */
  private unitsAt(component: number, option: number): readonly number[] {
    let table = this.byOption.get(component);
    if (table === undefined) {
      table = new Map();
      for (const u of this.componentUnits[component] ?? []) {
        for (const o of this.view.unitOpts[u]!) {
          const list = table.get(o);
          if (list === undefined) table.set(o, [u]);
          else list.push(u);
        }
      }
      this.byOption.set(component, table);
    }
    return table.get(option) ?? [];
  }

  /** The move: the groups whose members changed, then the new group. */
  private evaluated(component: number): Move | null {
    const { groups } = this.view.state;
    const changed = [...this.drafts]
      .filter(([slot, draft]) => draft.members.length !== groups[slot]!.members.length || !draft.members.every((m) => groups[slot]!.members.includes(m)))
      .map(([slot, draft]) => ({ slot, members: draft.members, units: draft.units }));
    return regroupAndOpen(this.view, changed, component, this.fresh);
  }
}
