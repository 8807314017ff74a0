import type { PoolModel } from "./poolModel.js";
import { UnionFind } from "./unionFind.js";

/** Independent sub-pools: no unit of one can ever share a group with a unit of another. */
export interface Decomposition {
  /** Component of each unit, or -1 when the unit is not placeable. */
  componentOfUnit: Int32Array;
  /** Component of each pinned group that can take someone new, or -1. */
  componentOfPinned: Int32Array;
  /** Units of each component, in ascending order. */
  units: number[][];
}

const OPTION_BITS = 2 ** 24;

/**
 * Splits the pool where the hard rules allow: two units are linked when their recorded
 * separating keys agree (wildcards agree with anything) and they share a meeting option.
 * Linking is conservative — it may join units that still cannot meet — never the reverse,
 * so solving components separately loses nothing.
 */
export function decompose(model: PoolModel, placeableUnits: readonly number[], openPinned: readonly number[]): Decomposition {
  const nodes = new KeyedUnionFind();
  const tupleIds = new Map<string, number>();
  const tuples: Int32Array[] = [];
  const optionsByTuple = new Map<number, Set<number>>();
  const nodeOf = (tuple: number, option: number): number => nodes.id(tuple * OPTION_BITS + option);

  // A "member" is a unit, or an open pinned group acting as one more unit.
  const members = [
    ...placeableUnits.map((u) => ({ items: model.units[u]!, options: unitOptions(model, model.units[u]!) })),
    ...openPinned.map((g) => ({ items: model.pinned[g]!.members, options: model.pinned[g]!.allowedOptions })),
  ];
  const memberNode = members.map(({ items, options }) => {
    const tuple = recordedTuple(model, items);
    const key = tuple.join(",");
    let t = tupleIds.get(key);
    if (t === undefined) {
      t = tuples.length;
      tupleIds.set(key, t);
      tuples.push(tuple);
      optionsByTuple.set(t, new Set());
    }
    const seen = optionsByTuple.get(t)!;
    let node = -1;
    for (const option of options) {
      seen.add(option);
      const n = nodeOf(t, option);
      if (node < 0) node = n;
      else nodes.union(node, n);
    }
    return node;
  });

  // Distinct tuples that agree up to wildcards share their common options.
  for (let a = 0; a < tuples.length; a++) {
    for (let b = a + 1; b < tuples.length; b++) {
      if (!agree(tuples[a]!, tuples[b]!)) continue;
      const small = optionsByTuple.get(a)!.size <= optionsByTuple.get(b)!.size ? a : b;
      const other = optionsByTuple.get(small === a ? b : a)!;
      for (const option of optionsByTuple.get(small)!) if (other.has(option)) nodes.union(nodeOf(a, option), nodeOf(b, option));
    }
  }

  const componentOfRoot = new Map<number, number>();
  const componentOf = (node: number): number => {
    if (node < 0) return -1;
    const root = nodes.find(node);
    let c = componentOfRoot.get(root);
    if (c === undefined) {
      c = componentOfRoot.size;
      componentOfRoot.set(root, c);
    }
    return c;
  };
  const componentOfUnit = new Int32Array(model.units.length).fill(-1);
  const units: number[][] = [];
  placeableUnits.forEach((u, k) => {
    const c = componentOf(memberNode[k]!);
    componentOfUnit[u] = c;
    if (c < 0) return;
    (units[c] ??= []).push(u);
  });
  const componentOfPinned = new Int32Array(model.pinned.length).fill(-1);
  openPinned.forEach((g, k) => {
    componentOfPinned[g] = componentOf(memberNode[placeableUnits.length + k]!);
  });
  for (let c = 0; c < componentOfRoot.size; c++) units[c] ??= [];
  return { componentOfUnit, componentOfPinned, units };
}

/** The options every item of a unit can use. */
export function unitOptions(model: PoolModel, items: readonly number[]): Int32Array {
  let options = model.options[items[0]!]!;
  for (let k = 1; k < items.length; k++) options = intersectSorted(options, model.options[items[k]!]!);
  return options;
}

/** Sorted-array intersection. */
export function intersectSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return Int32Array.from(out);
}

function recordedTuple(model: PoolModel, items: readonly number[]): Int32Array {
  return Int32Array.from(model.separatingKeys, (column) => {
    for (const i of items) if (column[i]! >= 0) return column[i]!;
    return -1;
  });
}

function agree(a: Int32Array, b: Int32Array): boolean {
  for (let k = 0; k < a.length; k++) if (a[k]! >= 0 && b[k]! >= 0 && a[k] !== b[k]) return false;
  return true;
}

/** Union-find over sparse numeric keys. */
class KeyedUnionFind {
  private readonly ids = new Map<number, number>();
  private readonly sets = new UnionFind();

  id(key: number): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.sets.add();
      this.ids.set(key, id);
    }
    return id;
  }

  find(x: number): number {
    return this.sets.find(x);
  }

  union(a: number, b: number): void {
    this.sets.union(a, b);
  }
}
