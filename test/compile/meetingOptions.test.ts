import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileMeetingOptions } from "../../src/compile/meetingOptions.js";
import { DistanceResolver, type Place } from "../../src/compile/distances.js";
import { parse, type Problem } from "../../src/index.js";
import { generatePool, poolArbitrary } from "../helpers/pools.js";
import { scarceStartersPoolArbitrary } from "../helpers/starterPools.js";

const point = (location: { municipality: string; lat?: number | undefined; lon?: number | undefined }): Place => ({
  municipality: location.municipality,
  lat: location.lat !== undefined && location.lon !== undefined ? location.lat : Number.NaN,
  lon: location.lat !== undefined && location.lon !== undefined ? location.lon : Number.NaN,
});

/** Every option of each candidate, measuring every place (the slow, obvious way). */
function optionsByBruteForce(problem: Problem): number[][] {
  const { places, slots, placesAreVenues } = compileMeetingOptions(problem);
  const resolver = new DistanceResolver(problem.distances);
  const S = slots.length;
  return problem.candidates.map((c) => {
    if (!c.location) return [];
    const limit = c.maxTravelKm ?? problem.policy.travel.defaultMaxKm;
    const mine = c.availability === undefined || slots[0] === null ? null : new Set(c.availability);
    return places.flatMap((place, p) => {
      if (!(resolver.km(point(c.location!), place.point) <= limit)) return [];
      if (placesAreVenues && !(c.needs ?? []).every((need) => place.offers.has(need))) return [];
      return Array.from(place.slots).filter((s) => mine === null || mine.has(slots[s]!)).map((s) => p * S + s);
    });
  });
}

function optionsByIndex(problem: Problem): number[][] {
  const meeting = compileMeetingOptions(problem);
  // Plain (place, slot) options only: starter teams are judged below.
  return meeting.byCandidate.map((options) => Array.from(options).filter((o) => meeting.teamOf(o).length === 0));
}

/** Each candidate's starter teams as "place/slot/starters", from the compiled team options. */
function teamsByIndex(problem: Problem): string[][] {
  const meeting = compileMeetingOptions(problem);
  return meeting.byCandidate.map((options) =>
    Array.from(options)
      .filter((o) => meeting.opensGroups(o) && meeting.teamOf(o).length > 0)
      .map((o) => `${meeting.placeOf(o)}/${meeting.slotOf(o)}/${meeting.teamOf(o).join(",")}`)
      .sort(),
  );
}

/** The same, the obvious way: every `starters.min`-subset of the starters who can start a group at each plain option (RULES.md §15). */
function teamsByBruteForce(problem: Problem): string[][] {
  const { places, slots } = compileMeetingOptions(problem);
  const resolver = new DistanceResolver(problem.distances);
  const { min, requireSharedExperience } = problem.policy.starters;
  const S = slots.length;
  const subsets = (items: number[], k: number): number[][] =>
    k === 0 ? [[]] : items.flatMap((first, i) => subsets(items.slice(i + 1), k - 1).map((rest) => [first, ...rest]));
  return optionsByBruteForce(problem).map((options, i) => {
    const area = problem.candidates[i]!.problem;
    return options
      .flatMap((o) => {
        const place = places[Math.floor(o / S)]!;
        const slot = slots[o % S] ?? null;
        const able = problem.starters.flatMap((st, s) => {
          if (!(resolver.km(point(st.location), place.point) <= (st.maxTravelKm ?? problem.policy.travel.defaultMaxKm))) return [];
          if (slot !== null && st.availability !== undefined && !st.availability.includes(slot)) return [];
          return [s];
        });
        return subsets(able, min)
          .filter((team) => !requireSharedExperience || area === undefined || team.every((s) => (problem.starters[s]!.experience ?? []).includes(area)))
          .map((team) => `${Math.floor(o / S)}/${o % S}/${team.join(",")}`);
      })
      .sort();
  });
}

describe("meeting options", () => {
  it("the latitude-window search finds exactly the places a full scan finds", () => {
    fc.assert(
      fc.property(poolArbitrary(), (input) => {
        const problem = parse(input);
        expect(optionsByIndex(problem)).toEqual(optionsByBruteForce(problem));
      }),
      { numRuns: 300 },
    );
  });

  it("with starters required, each candidate's teams are exactly the eligible starters' subsets at their options", () => {
    let teams = 0;
    fc.assert(
      fc.property(fc.oneof(scarceStartersPoolArbitrary(12), poolArbitrary()), (input) => {
        const problem = parse(input);
        if (problem.policy.starters.min === 0) return;
        const found = teamsByIndex(problem);
        expect(found).toEqual(teamsByBruteForce(problem));
        teams += found.flat().length;
      }),
      { numRuns: 300 },
    );
    expect(teams).toBeGreaterThan(500);
  });

  it("agrees with a full scan on a generated regional pool", () => {
    const problem = parse(generatePool(800, 9));
    expect(optionsByIndex(problem)).toEqual(optionsByBruteForce(problem));
  });
});
