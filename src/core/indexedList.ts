/** Where each value sits in its list; a plain array where the value range grows. */
type Position = Int32Array | number[];

/** Adds to an unordered list that keeps each element's position, for O(1) removal. */
export function listAdd(list: number[], position: Position, value: number): void {
  position[value] = list.length;
  list.push(value);
}

/** Removes from such a list in O(1) by moving the last element into the gap. */
export function listRemove(list: number[], position: Position, value: number): void {
  const at = position[value]!;
  const last = list.pop()!;
  if (last !== value) {
    list[at] = last;
    position[last] = at;
  }
  position[value] = -1;
}

