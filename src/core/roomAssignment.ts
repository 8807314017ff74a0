/**
 * The best way to give groups rooms, exactly: each group takes one of its options, no option
 * holds more groups than it has rooms, and the groups' total value is as high as it can be.
 * A min-cost flow (source → group → option → sink) solved by successive shortest paths with
 * Dijkstra and potentials, one connected part (groups linked by shared options) at a time.
 */

import { BinaryHeap } from "./binaryHeap.js";

/** One group's choices: the options it may take and what each is worth to it. */
export interface RoomChoice {
  readonly options: Int32Array;
  readonly values: Float64Array;
}

/**
 * The option for each group that maximises the summed values within `rooms(option)` (which may be
 * Infinity); null when the groups cannot all have a room.
 */
export function assignRooms(choices: readonly RoomChoice[], rooms: (option: number) => number): Int32Array | null {
  const assigned = new Int32Array(choices.length).fill(-1);
  for (const part of connectedParts(choices)) {
    if (!solvePart(choices, part, rooms, assigned)) return null;
  }
  return assigned;
}

/** Groups linked by options they could share, as lists of group indexes. */
function connectedParts(choices: readonly RoomChoice[]): number[][] {
  const parent = choices.map((_, g) => g);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const firstWith = new Map<number, number>();
  choices.forEach((choice, g) => {
    for (const o of choice.options) {
      const other = firstWith.get(o);
      if (other === undefined) firstWith.set(o, g);
      else parent[find(g)] = find(other);
    }
  });
  const parts = new Map<number, number[]>();
  choices.forEach((_, g) => {
    const root = find(g);
    const part = parts.get(root);
    if (part === undefined) parts.set(root, [g]);
    else part.push(g);
  });
  return [...parts.values()];
}

/** Residual graph in arrays: edge e goes to `to[e]`, its reverse is e ^ 1. */
class FlowGraph {
  readonly head: Int32Array;
  to: number[] = [];
  capacity: number[] = [];
  cost: number[] = [];
  next: number[] = [];

  constructor(readonly nodes: number) {
    this.head = new Int32Array(nodes).fill(-1);
  }

  add(from: number, to: number, capacity: number, cost: number): void {
    this.push(from, to, capacity, cost);
    this.push(to, from, 0, -cost);
  }

  private push(from: number, to: number, capacity: number, cost: number): void {
    this.to.push(to);
    this.capacity.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[from]!);
    this.head[from] = this.to.length - 1;
  }
}

/** Solves one connected part into `assigned`; false when some group gets no room. */
function solvePart(choices: readonly RoomChoice[], part: readonly number[], rooms: (option: number) => number, assigned: Int32Array): boolean {
  // Nodes: 0 the source, then the part's groups, then the options they name, then the sink.
  const optionNode = new Map<number, number>();
  const nodeOption: number[] = [];
  for (const g of part) {
    for (const o of choices[g]!.options) {
      if (optionNode.has(o)) continue;
      optionNode.set(o, 1 + part.length + nodeOption.length);
      nodeOption.push(o);
    }
  }
  const sink = 1 + part.length + nodeOption.length;
  const graph = new FlowGraph(sink + 1);
  const sourceEdge = new Int32Array(part.length);
  part.forEach((g, k) => {
    const { options, values } = choices[g]!;
    // Costs relative to the group's best option keep every edge non-negative, as Dijkstra needs.
    let best = Number.NEGATIVE_INFINITY;
    for (const v of values) best = Math.max(best, v);
    sourceEdge[k] = graph.to.length;
    graph.add(0, 1 + k, 1, 0);
    options.forEach((o, j) => graph.add(1 + k, optionNode.get(o)!, 1, best - values[j]!));
  });
  const sinkEdge = nodeOption.map((o, j) => {
    const edge = graph.to.length;
    graph.add(1 + part.length + j, sink, Math.min(part.length, Math.max(0, rooms(o))), 0);
    return edge;
  });

  // Groups whose best option has a room left take it at once: a flow of zero cost, so zero
  // potentials stay valid, and only groups that compete for rooms need a shortest path.
  let flow = 0;
  part.forEach((_, k) => {
    for (let e = graph.head[1 + k]!; e >= 0; e = graph.next[e]!) {
      if ((e & 1) !== 0 || graph.cost[e] !== 0) continue;
      const toSink = sinkEdge[graph.to[e]! - 1 - part.length]!;
      if (graph.capacity[toSink]! <= 0) continue;
      for (const used of [sourceEdge[k]!, e, toSink]) {
        graph.capacity[used]! -= 1;
        graph.capacity[used ^ 1]! += 1;
      }
      flow += 1;
      return;
    }
  });
  const potential = new Float64Array(graph.nodes);
  const distance = new Float64Array(graph.nodes);
  const via = new Int32Array(graph.nodes);
  for (; flow < part.length; flow++) {
    if (!shortestPaths(graph, potential, distance, via)) return false;
    for (let node = 0; node < graph.nodes; node++) if (distance[node]! < Number.POSITIVE_INFINITY) potential[node]! += distance[node]!;
    for (let node = sink; node !== 0; node = graph.to[via[node]! ^ 1]!) {
      graph.capacity[via[node]!]! -= 1;
      graph.capacity[via[node]! ^ 1]! += 1;
    }
  }
  part.forEach((g, k) => {
    for (let e = graph.head[1 + k]!; e >= 0; e = graph.next[e]!) {
      // A used group → option edge has no capacity left.
      if ((e & 1) === 0 && graph.capacity[e] === 0) assigned[g] = nodeOption[graph.to[e]! - 1 - part.length]!;
    }
  });
  return true;
}

/** Dijkstra on reduced costs from the source; false when the sink cannot be reached. */
function shortestPaths(graph: FlowGraph, potential: Float64Array, distance: Float64Array, via: Int32Array): boolean {
  distance.fill(Number.POSITIVE_INFINITY);
  via.fill(-1);
  distance[0] = 0;
  // (distance, node) pairs, nearest first.
  const heap = new BinaryHeap<[number, number]>((a, b) => a[0] < b[0]);
  heap.push([0, 0]);
  for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
    const [d, node] = top;
    if (d > distance[node]!) continue;
    for (let e = graph.head[node]!; e >= 0; e = graph.next[e]!) {
      if (graph.capacity[e]! <= 0) continue;
      const target = graph.to[e]!;
      // Rounding can make a reduced cost a hair below zero; it is zero.
      const reduced = Math.max(0, graph.cost[e]! + potential[node]! - potential[target]!);
      if (d + reduced < distance[target]! - 1e-12) {
        distance[target] = d + reduced;
        via[target] = e;
        heap.push([d + reduced, target]);
      }
    }
  }
  return distance[graph.nodes - 1]! < Number.POSITIVE_INFINITY;
}
