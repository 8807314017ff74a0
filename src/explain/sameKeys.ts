import type { PairRule } from "../compile/pairRules.js";

/**
 * Who may share a group with whom, for a plan or a count: the pair test, and which of the
 * "same value when recorded" rules it enforces (indices into the pool's pair rules), so that a
 * long list can first be cut to the people those rules let in.
 */
export interface Compatible {
  pair(i: number, j: number): boolean;
  /** Indices of the enforced pair rules that have a key (same problem area, role, relation, event). */
  keyed: readonly number[];
}

/**
 * Cuts lists of people (longest waiting first, or by index) to those whose recorded keys agree
 * with a unit's, for the keyed rules a `Compatible` enforces: everyone it drops the pair test
 * would reject, so a scan of the cut list finds what a scan of the whole list finds. Explaining a
 * national list scans the same few long lists for thousands of people of a handful of key
 * tuples, so each cut is kept per list and tuple, and made only as far as a scan has read it.
 */
export class SameKeys {
  private readonly cuts = new Map<readonly number[], Map<number, Cut>>();
  /** Tuple signatures as small integers. */
  private readonly tupleIds = new Map<string, number>();
  private last: { unit: readonly number[]; compatible: Compatible; tuple: Tuple | null } | null = null;

  constructor(private readonly rules: readonly PairRule[]) {}

  /** The keyed rule indices of all the pool's pair rules but `relaxed`. */
  keyedExcept(relaxed?: string): number[] {
    const out: number[] = [];
    this.rules.forEach((rule, r) => {
      if (rule.key !== undefined && rule.id !== relaxed) out.push(r);
    });
    return out;
  }

  /** `list` without the people a keyed rule of `compatible` keeps apart from some member of `unit`, in the list's order. */
  among(list: readonly number[], unit: readonly number[], compatible: Compatible): Cut {
    const tuple = this.tupleOf(unit, compatible);
    // Nothing to cut by (no recorded keys, or members who disagree): the whole list, kept under -1.
    const whole = tuple === null || tuple.wanted.length === 0;
    const id = whole ? -1 : tuple.id;
    let byTuple = this.cuts.get(list);
    if (byTuple === undefined) {
      byTuple = new Map();
      this.cuts.set(list, byTuple);
    }
    let cut = byTuple.get(id);
    if (cut === undefined) {
      cut = new Cut(list, whole ? [] : tuple.wanted);
      byTuple.set(id, cut);
    }
    return cut;
  }

  /** The unit's recorded value for each keyed rule, or null when its members disagree; the last unit's is kept (one person's explanation asks for it at every option). */
  private tupleOf(unit: readonly number[], compatible: Compatible): Tuple | null {
    const last = this.last;
    if (last !== null && last.unit === unit && last.compatible === compatible) return last.tuple;
    const read = readTuple(this.rules, unit, compatible);
    let tuple: Tuple | null = null;
    if (read !== null) {
      let id = this.tupleIds.get(read.signature);
      if (id === undefined) {
        id = this.tupleIds.size;
        this.tupleIds.set(read.signature, id);
      }
      tuple = { wanted: read.wanted, id };
    }
    this.last = { unit, compatible, tuple };
    return tuple;
  }
}

function readTuple(rules: readonly PairRule[], unit: readonly number[], compatible: Compatible): { wanted: [Int32Array, number][]; signature: string } | null {
  const wanted: [Int32Array, number][] = [];
  let signature = "";
  for (const r of compatible.keyed) {
    const key = rules[r]!.key!;
    let value = -1;
    for (const m of unit) {
      const v = key[m]!;
      if (v < 0) continue;
      // Members who disagree already fail the pair test among themselves: leave the list whole.
      if (value >= 0 && v !== value) return null;
      value = v;
    }
    if (value < 0) continue;
    wanted.push([key, value]);
    signature += `${r}:${value},`;
  }
  return { wanted, signature };
}

interface Tuple {
  wanted: readonly [Int32Array, number][];
  id: number;
}

/** A list cut to the people whose keys agree with some values, read and kept as far as asked. */
export class Cut {
  private readonly kept: number[] = [];
  private read = 0;

  constructor(
    private readonly list: readonly number[],
    private readonly wanted: readonly [Int32Array, number][],
  ) {}

  /** The `k`-th person of the cut, or -1 past its end. */
  at(k: number): number {
    const { list, kept } = this;
    // Nothing to cut by: the list itself.
    if (this.wanted.length === 0) return k < list.length ? list[k]! : -1;
    while (kept.length <= k && this.read < list.length) {
      const j = list[this.read++]!;
      if (agrees(this.wanted, j)) kept.push(j);
    }
    return k < kept.length ? kept[k]! : -1;
  }
}

function agrees(wanted: readonly [Int32Array, number][], j: number): boolean {
  for (const [key, value] of wanted) {
    const v = key[j]!;
    if (v >= 0 && v !== value) return false;
  }
  return true;
}
