import type { PoolModel } from "./poolModel.js";
import { improveOptions } from "./finalOptions.js";
import type { GroupChange, PoolState } from "./poolState.js";
import type { SearchContext } from "./searchContext.js";

/** A group of the best solution found. */
export interface FoundGroup {
  members: number[];
  option: number;
  /** The pinned group it continues, or -1. */
  pinned: number;
}

/**
 * The best solution a pool search has reached. While the current state is the best, nothing is
 * copied; it is copied only when the search is about to leave it.
 */
export class BestSolution {
  /** Objective of the best solution so far. */
  total = Number.NEGATIVE_INFINITY;
  private readonly model: PoolModel;
  private readonly state: PoolState;
  private snapshotted: FoundGroup[] | null = null;
  private isCurrent = false;

  constructor(private readonly context: SearchContext) {
    this.model = context.model;
    this.state = context.state;
  }

  /** The current state is a new best. */
  note(): void {
    this.total = this.state.total;
    this.isCurrent = true;
    this.snapshotted = null;
  }

  /** The state is about to get worse: if it is the best so far, copy it first. */
  saveBeforeLeaving(undo: GroupChange[]): void {
    if (!this.isCurrent) return;
    // The move is already applied: undo it, snapshot, redo it.
    const redo = this.state.apply({ changes: undo, delta: 0 });
    this.snapshotted = this.snapshot();
    this.state.apply({ changes: redo, delta: 0 });
    if (this.context.assertMode) this.context.assertConsistent();
    this.isCurrent = false;
  }

  /** The state is about to be left on purpose (a kick): if it is the best so far, copy it now. */
  saveBeforeKick(): void {
    if (this.isCurrent) {
      this.snapshotted = this.snapshot();
      this.isCurrent = false;
    }
  }

  private snapshot(): FoundGroup[] {
    return this.state.groups
      .filter((g) => g.alive)
      .map((g) => ({ members: [...g.members], option: g.option, pinned: g.pinned }));
  }

  /** People in groups in the best solution so far (for progress reports; O(groups)). */
  placed(): number {
    let placed = 0;
    if (this.isCurrent || this.snapshotted === null) {
      for (const g of this.state.groups) if (g.alive) placed += g.members.length;
    } else {
      for (const g of this.snapshotted) placed += g.members.length;
    }
    return placed;
  }

  /** The best groups found, as the search left them (copies), and their objective. */
  raw(): { groups: FoundGroup[]; objective: number } {
    const current = this.state.total > this.total + 1e-9 || this.isCurrent || this.snapshotted === null;
    const groups = (current ? this.snapshot() : this.snapshotted!).map((g) => ({ ...g }));
    return { groups, objective: current ? this.state.total : this.total };
  }

  /** The best groups found, each given its best meeting option (`improveOptions`), and their objective. */
  result(): { groups: FoundGroup[]; objective: number } {
    const { groups, objective } = this.raw();
    return { groups, objective: objective + improveOptions(this.model, groups) };
  }
}
