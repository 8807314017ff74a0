import { describe, expect, it } from "vitest";
import { check, compose, parse, type CandidateInput, type ComposeInput } from "../../src/index.js";
import { compilePool } from "../../src/compile/compilePool.js";
import { toPoolModel } from "../../src/compile/toPoolModel.js";
import { GroupOpener } from "../../src/core/groupOpener.js";
import { Random } from "../../src/core/random.js";
import { fillScarceRooms } from "../../src/core/scarceRooms.js";
import { SearchContext } from "../../src/core/searchContext.js";

const TOWNS = 25;

/**
 * Twenty-five towns 40 km apart on a line, each with one venue of one room in one evening; people
 * travel up to 45 km, so each can meet in their own town and the next ones. In each town two
 * people wait with grief and eight with anxiety, all of an age. Neither sub-pool alone wants more
 * of a room than it holds (at most 24 with anxiety could meet in each), but together they do: a
 * room should then hold a group of eight with anxiety, not the six with grief who could reach it.
 * Grief is the smaller sub-pool, which the age sweep fills first.
 */
function oneRoomTowns(): ComposeInput {
  const candidates: CandidateInput[] = [];
  const venues: NonNullable<ComposeInput["venues"]> = [];
  for (let t = 0; t < TOWNS; t++) {
    const location = { municipality: `town${t}`, lat: 58 + 0.36 * t, lon: 8 };
    venues.push({ id: `v${t}`, location, rooms: 1, slots: ["tue-evening"] });
    const person = (problem: string, k: number): CandidateInput => ({ id: `${problem}-${t}-${k}`, age: 40 + (k % 5), problem, location, maxTravelKm: 45, availability: ["tue-evening"] });
    for (let k = 0; k < 2; k++) candidates.push(person("grief", k));
    for (let k = 0; k < 8; k++) candidates.push(person("anxiety", k));
  }
  return { candidates, venues, policy: { groupSize: { min: 4, max: 8, preferred: 6 } } };
}

/**
 * A room is scarce when more people would meet there than its free rooms hold (each person's
 * demand spread over the places and slots they can meet at), counted over every sub-pool: a room
 * one sub-pool takes is gone for the others. The largest group that can meet there then takes it.
 */
describe("scarceRoomGoesToTheLargestGroup", () => {
  it("rooms wanted by two sub-pools together go to full groups of the larger one", () => {
    const input = oneRoomTowns();
    const pool = compilePool(parse(input));
    const model = toPoolModel(pool);
    const context = new SearchContext(model, new Random(1), true);
    fillScarceRooms(context, new GroupOpener(context));
    const opened = context.state.groups.filter((g) => g.alive);
    // Counting each sub-pool on its own, no room is scarce and none is filled here.
    expect(opened.length).toBeGreaterThanOrEqual(TOWNS / 3);
    for (const group of opened) {
      expect(group.members.length).toBe(8);
      for (const m of group.members) expect(pool.ids[m]).toMatch(/^anxiety-/);
    }
    const result = compose(input, { seed: 1, maxIterations: 1, method: "search", assert: true });
    expect(check(input, result).violations).toEqual([]);
  });
});
