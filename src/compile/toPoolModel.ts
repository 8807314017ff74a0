import type { MinDistinct } from "../core/minDistinct.js";
import type { PoolModel } from "../core/poolModel.js";
import type { CompiledPool } from "./compilePool.js";
import { scoreGroup, totalScore } from "./objective.js";
import { unitObstacle } from "./unitObstacle.js";

/**
 * The engine's view of a compiled pool: integers and callbacks. The age rule becomes the
 * engine's bounded spread; every other pair rule stays a conflict; "same when recorded"
 * rules also lend their columns to the decomposition.
 */
export function toPoolModel(pool: CompiledPool): PoolModel {
  const { meeting } = pool;
  const placeable = new Uint8Array(pool.n);
  for (let i = 0; i < pool.n; i++) if (pool.pinnedTo[i]! < 0 && unitObstacle(pool, i) === null) placeable[i] = 1;
  const conflictRules = pool.pairRules.filter((rule) => rule.id !== "age.maxSpan");
  return {
    n: pool.n,
    sizeMin: pool.sizeMin,
    sizeMax: pool.sizeMax,
    sizePreferred: pool.sizePreferred,
    units: pool.units,
    unitOf: pool.unitOf,
    placeable,
    pinnedTo: pool.pinnedTo,
    pinned: pool.pinned,
    options: meeting.byCandidate,
    optionPlace: meeting.placeOf,
    placeCapacity: (place) => meeting.places[place]!.capacity,
    optionResources: meeting.resourcesOf,
    resourceCount: meeting.resourceCapacity.length,
    resourceCapacity: (resource) => meeting.resourceCapacity[resource]!,
    opensGroups: meeting.opensGroups,
    optionFamily: meeting.plainOf,
    homePlace: meeting.placesAreVenues ? null : meeting.homePlace,
    placeCost: (item, place) => meeting.travelKm(item, place),
    optionCosts: meeting.byCandidate.map((options, item) => Float64Array.from(options, (o) => meeting.travelKm(item, meeting.placeOf(o)))),
    spread: pool.fields.age,
    maxSpread: pool.problem.policy.age.maxSpan,
    conflicts: (i, j) => {
      for (const rule of conflictRules) if (rule.conflicts(i, j)) return true;
      return false;
    },
    groupScore: (members, option) => totalScore(scoreGroup(pool, members, option)),
    separatingKeys: pool.pairRules.flatMap((rule) => (rule.key ? [rule.key] : [])),
    priority: pool.waitYears,
    ...(pool.problem.policy.gender.mix === "require" ? { minDistinct: requiredGenderMix(pool) } : {}),
  };
}

/**
 * `gender.mix: "require"` as the engine's structural rule (RULES.md 16): at least two distinct
 * recorded genders (an undisclosed gender counts for none), unless a member needs a single-gender group.
 */
function requiredGenderMix(pool: CompiledPool): MinDistinct {
  const { gender, singleGender } = pool.fields;
  // Codes 0-2 are recorded genders; 3 is undisclosed.
  return { key: Int32Array.from(gender, (g) => (g < 3 ? g : -1)), exempt: singleGender, count: 2 };
}
