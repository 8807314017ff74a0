/**
 * The field tables read from the input schema: which keys are fields (and so may be read and
 * named), which fields an object at a path may hold, and how far a list under a field name is
 * read (one entry past the longest list the schema allows under that name anywhere).
 */
import { describe, expect, it } from "vitest";
import { MAX_CANDIDATES } from "../../src/index.js";
import { fieldsAt, isSchemaField, listReadLimit } from "../../src/model/schemaFields.js";

describe("the schema's field tables", () => {
  it("a list is read to one past its longest: plain lists, lists behind a default, a union of a switch and a list, lists of tuples", () => {
    const expected: [string, number][] = [
      ["candidates", MAX_CANDIDATES + 1],
      ["knows", 1_001],
      ["members", 1_001],
      ["together", 51],
      ["needs", 51],
      ["availability", 201],
      ["venues", 10_001],
      ["distances", 1_000_001],
      ["roles", 5],
      ["byPatientSetting", 201],
      ["neverMix", 10_001],
      ["singleGenderProblems", 201],
    ];
    for (const [name, limit] of expected) expect(listReadLimit(name), name).toBe(limit);
  });

  it("a list where no list belongs is read to one entry, a list under an index to one past a pair", () => {
    for (const name of [undefined, "id", "age", "location", "policy", "not-a-field"]) expect(listReadLimit(name), String(name)).toBe(1);
    for (const index of [0, 7]) expect(listReadLimit(index)).toBe(3);
  });

  it("every field name of every object is a schema field, and nothing else is", () => {
    for (const name of ["candidates", "id", "municipality", "lat", "maxGroups", "closed", "km", "groupSize", "preferred", "byRelation", "neverMix", "asOf", "travelKm"]) {
      expect(isSchemaField(name), name).toBe(true);
    }
    for (const name of ["name", "fullName", "__proto__", "constructor", "0", ""]) expect(isSchemaField(name), name).toBe(false);
  });

  it("fieldsAt follows objects, list entries and wrappers, and is empty wherever no object belongs", () => {
    expect([...fieldsAt(["candidates", 3, "location"])].sort()).toEqual(["lat", "lon", "municipality"]);
    expect(fieldsAt([])).toEqual(expect.arrayContaining(["candidates", "venues", "starters", "groups", "distances", "policy"]));
    expect(fieldsAt(["policy", "groupSize"])).toEqual(["min", "max", "preferred"]);
    expect(fieldsAt(["venues", 0])).toContain("rooms");
    for (const path of [["candidates", "x"], ["candidates", 0, "nope"], ["candidates", 0, "id"], ["policy", "problem", "neverMix", 0], ["policy", "problem", "neverMix", 0, 1], [0], ["nope"], ["constructor"], ["candidates", 0, "toString"]]) {
      expect(fieldsAt(path), JSON.stringify(path)).toEqual([]);
    }
  });
});
