/**
 * The oracle's own reading of the model's group-level `minDistinct` rule (RULES.md 16 as the
 * engine receives it), written apart from `src/core/minDistinct.ts` so the oracle judges it.
 */
import type { PoolModel } from "../../src/core/poolModel.js";

/**
 * Whether a group holds enough distinct recorded key values: true without the rule, with an
 * exempt member, or when no member is new (an existing group as it stands).
 */
export function holdsEnoughDistinctValues(model: PoolModel, members: readonly number[]): boolean {
  const rule = model.minDistinct;
  if (rule === undefined) return true;
  if (members.some((m) => rule.exempt[m] === 1)) return true;
  if (members.every((m) => model.pinnedTo[m]! >= 0)) return true;
  return new Set(members.map((m) => rule.key[m]!).filter((v) => v >= 0)).size >= rule.count;
}
