/**
 * Every entry of the misspelling table, written as a key of an object that holds its field, is
 * named with that field; so an entry pointing at no real field, or at one it cannot reach, fails.
 */
import { describe, expect, it } from "vitest";
import { ValidationError, parseOptions, validate } from "../../src/index.js";
import { fieldsAt } from "../../src/model/schemaFields.js";
import { MISSPELLINGS } from "../../src/model/unknownFields.js";

type Path = (string | number)[];
type Node = Record<string | number, unknown>;

/** A valid pool with one object of each kind, so a key can be slipped into any of them. */
function pool(): Node {
  const location = { municipality: "m" };
  return {
    candidates: [{ id: "a", location: { ...location } }],
    venues: [{ id: "v", location: { ...location } }],
    starters: [{ id: "s", location: { ...location } }],
    groups: [{ id: "g", members: ["a"] }],
    distances: [{ from: "m", to: "n", km: 1 }],
    policy: Object.fromEntries(["groupSize", "age", "gender", "problem", "roles", "relatives", "events", "slots", "travel", "starters", "weights"].map((k) => [k, {}])),
  };
}

/** Every object of the pool, by path. */
const OBJECTS: Path[] = [
  [],
  ["candidates", 0],
  ["candidates", 0, "location"],
  ["venues", 0],
  ["starters", 0],
  ["groups", 0],
  ["distances", 0],
  ["policy"],
  ...["groupSize", "age", "gender", "problem", "roles", "relatives", "events", "slots", "travel", "starters", "weights"].map((k) => ["policy", k]),
];

const OPTION_FIELDS = Object.keys(parseOptions({})).concat(["maxIterations", "mipSolver", "signal", "onProgress", "now"]);

describe("the misspelling table", () => {
  it("the pool every entry is tried in is valid", () => {
    expect(validate(pool()).success).toBe(true);
  });

  it.each(Object.entries(MISSPELLINGS))("%s is named as a misspelling of %s where that field belongs", (key, field) => {
    const path = OBJECTS.find((p) => fieldsAt(p).includes(field));
    if (path === undefined) {
      // Not a field of the input: it must be one of compose's options.
      expect(OPTION_FIELDS).toContain(field);
      let thrown: unknown;
      try {
        parseOptions({ [key]: 1 });
      } catch (error) {
        thrown = error;
      }
      expect((thrown as ValidationError).issues).toEqual([{ code: "unknown_field", path: ["options"], message: `options: unknown field "${key}"; did you mean "${field}"?` }]);
      return;
    }
    const input = pool();
    let node = input;
    for (const part of path) node = node[part] as Node;
    node[key] = 1;
    const result = validate(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    const where = path.length === 0 ? "(root)" : path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
    expect(result.issues).toContainEqual({ code: "unknown_field", path, message: `${where}: unknown field "${key}"; did you mean "${field}"?` });
  });
});
