import type { PoolModel } from "./poolModel.js";

/**
 * A group-level rule in structural form: a group that takes newcomers holds at least `count`
 * distinct recorded values of `key`, unless one of its members is exempt. The engine does not
 * know what the key means (compile/ sets it, e.g. recorded genders under a required mix).
 */
export interface MinDistinct {
  /** Per item: the value, or -1 when not recorded (it counts towards nothing). */
  readonly key: Int32Array;
  /** Per item: 1 when a group holding it is exempt. */
  readonly exempt: Uint8Array;
  /** Fewest distinct recorded values a bound group holds. */
  readonly count: number;
}

/**
 * Whether a group of these items meets the model's `minDistinct` rule (true when there is none).
 * A group of pinned items only is an existing group as it stands, which the rule leaves alone.
 * Cost: O(members × count).
 * @param model - the pool model
 * @param members - the group's items
 */
export function meetsMinDistinct(model: PoolModel, members: readonly number[]): boolean {
  const rule = model.minDistinct;
  if (rule === undefined) return true;
  let newcomer = false;
  const seen: number[] = [];
  for (const m of members) {
    if (rule.exempt[m] === 1) return true;
    if (model.pinnedTo[m]! < 0) newcomer = true;
    const value = rule.key[m]!;
    if (value >= 0 && seen.length < rule.count && !seen.includes(value)) seen.push(value);
  }
  return !newcomer || seen.length >= rule.count;
}
