import type { ScoreBreakdown } from "../model/result.js";
import type { CompiledPool } from "./compilePool.js";

/** A zeroed breakdown, one entry per objective term. */
export function emptyScore(): ScoreBreakdown {
  return { placed: 0, waiting: 0, ageSpan: 0, genderMix: 0, expectation: 0, sizeFromPreferred: 0, travel: 0 };
}

/** Adds `b` into `a` term by term. */
export function addScore(a: ScoreBreakdown, b: ScoreBreakdown): void {
  for (const key of Object.keys(a) as (keyof ScoreBreakdown)[]) a[key] += b[key];
}

/** The sum of the terms: higher is better. */
export function totalScore(score: ScoreBreakdown): number {
  let total = 0;
  for (const key of Object.keys(score) as (keyof ScoreBreakdown)[]) total += score[key];
  return total;
}

/**
 * One group's contribution to the objective (DESIGN.md "The objective"): placing people,
 * longest-waiting first, then similarity where it helps identification and difference
 * where it helps dynamics. `option` is the meeting option, or -1 when not yet chosen.
 */
export function scoreGroup(pool: CompiledPool, members: readonly number[], option: number): ScoreBreakdown {
  const { weights, gender } = pool.problem.policy;
  const { age, gender: genderCode, singleGender } = pool.fields;
  const score = emptyScore();
  let youngest = Number.POSITIVE_INFINITY;
  let oldest = Number.NEGATIVE_INFINITY;
  let genders = 0;
  let single = false;
  const expectationCounts = [0, 0, 0];
  let recordedExpectations = 0;
  let waited = 0;
  for (const m of members) {
    const a = age[m]!;
    if (a >= 0) {
      youngest = Math.min(youngest, a);
      oldest = Math.max(oldest, a);
    }
    const g = genderCode[m]!;
    if (g < 3) genders |= 1 << g;
    if (singleGender[m] === 1) single = true;
    const e = pool.expectation[m]!;
    if (e >= 0) {
      expectationCounts[e] = (expectationCounts[e] ?? 0) + 1;
      recordedExpectations += 1;
    }
    waited += pool.waitYears[m]!;
  }
  score.placed = weights.placed * members.length;
  score.waiting = weights.waitingPerYear * waited;
  score.ageSpan = oldest >= youngest ? -weights.ageSpan * (oldest - youngest) : 0;
  const mixed = (genders & (genders - 1)) !== 0;
  score.genderMix = gender.mix === "prefer" && !single && mixed ? weights.genderMix : 0;
  score.expectation = -weights.expectation * (recordedExpectations - Math.max(...expectationCounts));
  score.sizeFromPreferred = -weights.sizeFromPreferred * Math.abs(members.length - pool.sizePreferred);
  score.travel = option >= 0 ? -weights.travelKm * groupTravelKm(pool, members, option) : 0;
  return score;
}

/** Total km members travel to the option's place; unknown distances (pinned members) count as 0. */
export function groupTravelKm(pool: CompiledPool, members: readonly number[], option: number): number {
  const place = pool.meeting.placeOf(option);
  let km = 0;
  for (const m of members) {
    const d = pool.meeting.travelKm(m, place);
    if (Number.isFinite(d)) km += d;
  }
  return km;
}
