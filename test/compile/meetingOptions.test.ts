import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileMeetingOptions } from "../../src/compile/meetingOptions.js";
import { DistanceResolver, type Place } from "../../src/compile/distances.js";
import { parse, type Problem } from "../../src/index.js";
import { generatePool, poolArbitrary } from "../helpers/pools.js";

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
  return compileMeetingOptions(problem).byCandidate.map((options) => Array.from(options));
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

  it("agrees with a full scan on a generated regional pool", () => {
    const problem = parse(generatePool(800, 9));
    expect(optionsByIndex(problem)).toEqual(optionsByBruteForce(problem));
  });
});
