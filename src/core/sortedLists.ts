/** Whether two sorted option lists share an element. */
export function sharesOption(a: Int32Array, b: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
}

/** `list` without the values in `remove`. */
export function without(list: readonly number[], remove: readonly number[]): number[] {
  return list.filter((x) => !remove.includes(x));
}
