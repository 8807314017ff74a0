import { describe, expect, it } from "vitest";
import { starterBound } from "../../bench/starterBound.js";
import type { ComposeInput, StarterInput, VenueInput } from "../../src/index.js";

/** One candidate (for the slot universe), the given venues and starters; starters optional unless `min`. */
function pool(venues: VenueInput[], starters: StarterInput[], min = 0, extra: Partial<ComposeInput> = {}): ComposeInput {
  return {
    candidates: [{ id: "a", availability: ["mon", "tue"], problem: "disaster" }],
    venues,
    starters,
    policy: { starters: { min, max: Math.max(min, 2), requireSharedExperience: true } },
    ...extra,
  };
}
const venue = (slots: string[] | undefined, rooms = 1): VenueInput => ({ id: "v", location: { municipality: "m", lat: 60, lon: 5 }, slots, rooms });
// 0.5° of latitude north of the venue: about 55.6 km.
const starter = (id: string, over: Partial<StarterInput> = {}): StarterInput => ({
  id,
  location: { municipality: "n", lat: 60.5, lon: 5 },
  maxTravelKm: 60,
  experience: ["disaster"],
  maxGroups: 2,
  ...over,
});

describe("starterBound", () => {
  it("counts one group per slot a starter can make, up to maxGroups", () => {
    expect(starterBound(pool([venue(["mon", "tue"])], [starter("s")])).groups).toBe(2);
    expect(starterBound(pool([venue(["mon", "tue"])], [starter("s", { maxGroups: 1 })])).groups).toBe(1);
    expect(starterBound(pool([venue(["mon"])], [starter("s")])).groups).toBe(1);
    expect(starterBound(pool([venue(["mon", "tue"])], [starter("s", { availability: ["tue"] })])).groups).toBe(1);
    expect(starterBound(pool([venue(undefined)], [starter("s")])).groups).toBe(2);
  });

  it("counts no group a starter cannot reach (haversine, the starter's own maxTravelKm or the policy default)", () => {
    expect(starterBound(pool([venue(["mon", "tue"])], [starter("s", { maxTravelKm: 55 })])).groups).toBe(0);
    // Without maxTravelKm the policy default applies: 30 km unless set.
    const noReach = pool([venue(["mon", "tue"])], [starter("s", { maxTravelKm: undefined })]);
    expect(starterBound(noReach).groups).toBe(0);
    expect(starterBound({ ...noReach, policy: { ...noReach.policy, travel: { defaultMaxKm: 56 } } }).groups).toBe(2);
    expect(starterBound({ ...noReach, policy: { ...noReach.policy, travel: { defaultMaxKm: 55 } } }).groups).toBe(0);
  });

  it("counts no more groups in a slot than the venue has free rooms", () => {
    expect(starterBound(pool([venue(["mon"])], [starter("s"), starter("t")])).groups).toBe(1);
    expect(starterBound(pool([venue(["mon"], 2)], [starter("s"), starter("t")])).groups).toBe(2);
    const held = pool([venue(["mon"], 2)], [starter("s"), starter("t")], 0, {
      candidates: [{ id: "a", availability: ["mon"] }, { id: "b" }],
      groups: [{ id: "g", members: ["b"], venue: "v", slot: "mon" }],
    });
    expect(starterBound(held).groups).toBe(1);
  });

  it("needs starters.min starters for each group", () => {
    expect(starterBound(pool([venue(["mon", "tue"], 2)], [starter("s"), starter("t")], 2)).groups).toBe(2);
    expect(starterBound(pool([venue(["mon", "tue"], 2)], [starter("s"), starter("t", { maxGroups: 1 })], 2)).groups).toBe(1);
    expect(starterBound(pool([venue(["mon", "tue"], 2)], [starter("s")], 2)).groups).toBe(0);
  });

  it("counts no starter who shares no problem area when shared experience is required", () => {
    expect(starterBound(pool([venue(["mon", "tue"])], [starter("s", { experience: ["grief"] })])).groups).toBe(0);
    expect(starterBound(pool([venue(["mon", "tue"])], [starter("s", { experience: undefined })])).groups).toBe(0);
  });
});
