import type { CompiledPool } from "../compile/compilePool.js";
import type { PairRule } from "../compile/pairRules.js";
import { SameKeys, type Compatible } from "./sameKeys.js";

/**
 * Who could share a group with whom, read from the compiled pool: the people free to be placed
 * (eligible, in no existing group) listed by meeting option, counted for a unit one option at a
 * time, and, for relaxations, by the one pair rule that alone keeps someone out.
 */
export class PeerIndex {
  /** Cuts of long lists to the people whose keys agree with a unit's, kept for every explanation. */
  readonly sameKeys: SameKeys;
  /** All of the pool's pair rules. */
  readonly all: Compatible;
  private readonly byOption = new Map<number, number[]>();
  private readonly stamp: Int32Array;
  private round = 0;

  constructor(private readonly pool: CompiledPool) {
    this.stamp = new Int32Array(pool.n);
    this.sameKeys = new SameKeys(pool.pairRules);
    this.all = { pair: (i, j) => pool.compatible(i, j), keyed: this.sameKeys.keyedExcept() };
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
    const cut = this.sameKeys.among(this.byOption.get(option) ?? NOBODY, unit, this.all);
    for (let k = 0, j = cut.at(0); j >= 0; j = cut.at(++k)) {
      if (unit.includes(j) || !this.agreesWithAll(unit, j)) continue;
      if (++count >= enough) break;
    }
    return count;
  }

  /** Distinct people outside `unit` at any of `options` who pass `among` (tried first) and are compatible with the unit. */
  anyOf(unit: readonly number[], options: Iterable<number>, among: (j: number) => boolean): number {
    this.round += 1;
    let count = 0;
    for (const o of options) {
      const cut = this.sameKeys.among(this.byOption.get(o) ?? NOBODY, unit, this.all);
      for (let k = 0, j = cut.at(0); j >= 0; j = cut.at(++k)) {
        if (this.stamp[j] === this.round) continue;
        this.stamp[j] = this.round;
        if (among(j) && !unit.includes(j) && this.agreesWithAll(unit, j)) count += 1;
      }
    }
    return count;
  }

  /**
   * The pair rules that alone keep someone at `option` from the unit: people kept apart from it by
   * that rule and by nothing else, whom relaxing the rule would let in.
   */
  rulesKeepingOneOut(unit: readonly number[], option: number): Set<string> {
    const rules = this.pool.pairRules;
    const found = new Set<string>();
    for (const j of this.byOption.get(option) ?? NOBODY) {
      if (unit.includes(j)) continue;
      let only = -1;
      for (let r = 0; r < rules.length; r++) {
        if (!conflictsWithUnit(rules[r]!, unit, j)) continue;
        // A second rule keeps them out too: relaxing either alone does not.
        if (only >= 0) {
          only = -1;
          break;
        }
        only = r;
      }
      if (only >= 0) found.add(rules[only]!.id);
    }
    return found;
  }

  private agreesWithAll(unit: readonly number[], j: number): boolean {
    for (const i of unit) if (!this.compatible(i, j)) return false;
    return true;
  }

  private compatible(i: number, j: number): boolean {
    return this.pool.compatible(i, j);
  }
}

const NOBODY: readonly number[] = [];

function conflictsWithUnit(rule: PairRule, unit: readonly number[], j: number): boolean {
  for (const i of unit) if (rule.conflicts(i, j)) return true;
  return false;
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
