import type { CompiledPool } from "../compile/compilePool.js";

/**
 * Who could share a group with whom, read from the compiled pool: the people free to be placed
 * (eligible, in no existing group) listed by meeting option, counted for a unit one option at a
 * time, and, for relaxations, by the one pair rule that alone keeps someone out.
 */
export class PeerIndex {
  private readonly byOption = new Map<number, number[]>();
  private readonly stamp: Int32Array;
  private round = 0;

  constructor(private readonly pool: CompiledPool) {
    this.stamp = new Int32Array(pool.n);
    for (let j = 0; j < pool.n; j++) {
      if (pool.ineligible[j] || pool.pinnedTo[j]! >= 0) continue;
      for (const o of pool.meeting.byCandidate[j]!) push(this.byOption, o, j);
    }
  }

  /** The free people (eligible, in no existing group) who can meet at `option`, in index order. */
  peopleAt(option: number): readonly number[] {
    return this.byOption.get(option) ?? NOBODY;
  }

  /** People outside `unit` who can meet at `option` and may share a group with every member of the unit, counted up to `enough`. */
  atOption(unit: readonly number[], option: number, enough = Number.POSITIVE_INFINITY): number {
    let count = 0;
    for (const j of this.byOption.get(option) ?? NOBODY) {
      if (unit.includes(j) || !unit.every((i) => this.compatible(i, j))) continue;
      if (++count >= enough) break;
    }
    return count;
  }

  /** Distinct people outside `unit` at any of `options` who pass `among` (tried first) and are compatible with the unit. */
  anyOf(unit: readonly number[], options: Iterable<number>, among: (j: number) => boolean): number {
    this.round += 1;
    let count = 0;
    for (const o of options) {
      for (const j of this.byOption.get(o) ?? NOBODY) {
        if (this.stamp[j] === this.round) continue;
        this.stamp[j] = this.round;
        if (among(j) && !unit.includes(j) && unit.every((i) => this.compatible(i, j))) count += 1;
      }
    }
    return count;
  }

  /**
   * For each pair rule, how many people at `option` would be compatible with the unit if that
   * rule alone were relaxed (they are kept apart by it and by nothing else): one pass for every rule.
   */
  blockedByOneRule(unit: readonly number[], option: number): Map<string, number> {
    const tally = new Map<string, number>();
    for (const j of this.byOption.get(option) ?? NOBODY) {
      if (unit.includes(j)) continue;
      let only: string | null = null;
      let blocked = 0;
      for (const rule of this.pool.pairRules) {
        if (!unit.some((i) => rule.conflicts(i, j))) continue;
        only = rule.id;
        if (++blocked > 1) break;
      }
      if (blocked === 1 && only !== null) tally.set(only, (tally.get(only) ?? 0) + 1);
    }
    return tally;
  }

  private compatible(i: number, j: number): boolean {
    return this.pool.compatible(i, j);
  }
}

const NOBODY: readonly number[] = [];

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
