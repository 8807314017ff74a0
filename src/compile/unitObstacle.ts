import { intersectSorted } from "../core/decompose.js";
import type { WaitReasonCode } from "../model/result.js";
import type { CompiledPool } from "./compilePool.js";

/**
 * Why a candidate's unit (the person and whoever must join with them) can never be placed,
 * or null. One function for the solver (what it may place) and for explanations (why not).
 */
export function unitObstacle(pool: CompiledPool, candidate: number): WaitReasonCode | null {
  const own = pool.ineligible[candidate];
  if (own) return own;
  const unit = pool.units[pool.unitOf[candidate]!]!;
  if (unit.length === 1) return pool.meeting.noOptionReason(candidate);
  const free = unit.filter((m) => pool.pinnedTo[m]! < 0);
  if (new Set(unit.map((m) => pool.pinnedTo[m]!).filter((g) => g >= 0)).size > 1) return "together_incompatible";
  if (free.some((m) => pool.ineligible[m]) || free.length > pool.sizeMax) return "together_incompatible";
  for (let a = 0; a < unit.length; a++) {
    for (let b = a + 1; b < unit.length; b++) if (!pool.compatible(unit[a]!, unit[b]!)) return "together_incompatible";
  }
  let shared = pool.meeting.byCandidate[unit[0]!]!;
  for (const m of unit) shared = intersectSorted(shared, pool.meeting.byCandidate[m]!);
  if (shared.length === 0) return pool.meeting.noOptionReason(candidate) ?? "together_incompatible";
  return null;
}
