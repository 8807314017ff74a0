import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BinaryHeap } from "../../src/core/binaryHeap.js";

/**
 * The heap the scarce-room step takes its offers from: whatever is pushed, and however pushes
 * and pops interleave, each pop gives an item no item still held comes before (here: the
 * largest), and it gives back everything that was pushed.
 */
describe("binaryHeapPopsInOrder", () => {
  it("every pop is the largest item held, and every item comes back", () => {
    const steps = fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constant(null)), { maxLength: 200 });
    fc.assert(
      fc.property(steps, (ops) => {
        const heap = new BinaryHeap<number>((a, b) => a > b);
        const held: number[] = [];
        const check = (): void => {
          const top = heap.pop();
          const largest = held.length === 0 ? undefined : Math.max(...held);
          expect(top).toBe(largest);
          if (largest !== undefined) held.splice(held.indexOf(largest), 1);
        };
        for (const op of ops) {
          if (op === null) check();
          else {
            heap.push(op);
            held.push(op);
          }
          expect(heap.size).toBe(held.length);
          expect(heap.peek()).toBe(held.length === 0 ? undefined : Math.max(...held));
        }
        while (held.length > 0) check();
        expect(heap.pop()).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
