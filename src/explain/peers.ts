import type { CompiledPool } from "../compile/compilePool.js";

/**
 * Who could share a group with whom, read from the compiled pool: the people free to be placed
 * (eligible, in no existing group) listed by meeting option, counted for a unit one option at a
 * time, with or without one pair rule.
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

  /**
   * People outside `unit` who can meet at `option` and may share a group with every member of
   * the unit (every pair rule but `ignoredRule`), counted up to `enough`.
   */
  atOption(unit: readonly number[], option: number, ignoredRule: string | null = null, enough = Number.POSITIVE_INFINITY): number {
    let count = 0;
    for (const j of this.byOption.get(option) ?? NOBODY) {
      if (unit.includes(j) || !unit.every((i) => this.compatible(i, j, ignoredRule))) continue;
      if (++count >= enough) break;
    }
    return count;
  }

  /** The same people, as a list (for the ones placed or waiting among them). */
  listAt(unit: readonly number[], option: number): number[] {
    return (this.byOption.get(option) ?? NOBODY).filter((j) => !unit.includes(j) && unit.every((i) => this.compatible(i, j, null)));
  }

  /** Distinct people outside `unit` compatible with it at any of `options` (each counted once). */
  anyOf(unit: readonly number[], options: Iterable<number>): number[] {
    this.round += 1;
    const out: number[] = [];
    for (const o of options) {
      for (const j of this.byOption.get(o) ?? NOBODY) {
        if (this.stamp[j] === this.round) continue;
        this.stamp[j] = this.round;
        if (!unit.includes(j) && unit.every((i) => this.compatible(i, j, null))) out.push(j);
      }
    }
    return out;
  }

  compatible(i: number, j: number, ignoredRule: string | null): boolean {
    for (const rule of this.pool.pairRules) if (rule.id !== ignoredRule && rule.conflicts(i, j)) return false;
    return true;
  }
}

const NOBODY: readonly number[] = [];

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
