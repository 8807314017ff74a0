/**
 * Disjoint sets over 0..size-1 that can grow. A union keeps the smaller root, so the
 * resulting roots do not depend on the order of unions.
 */
export class UnionFind {
  private readonly parent: number[];

  constructor(size = 0) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  /** Adds one more singleton set and returns its element. */
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }

  find(x: number): number {
    while (this.parent[x] !== x) {
      const up = this.parent[this.parent[x]!]!;
      this.parent[x] = up;
      x = up;
    }
    return x;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
