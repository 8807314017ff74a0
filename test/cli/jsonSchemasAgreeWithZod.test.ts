/**
 * The JSON Schemas shipped for apps in other languages (`sammen schema`, `sammen/schema/*.json`),
 * checked with ajv (draft 2020-12): they accept the example pool and the result compose gives
 * for it, and reject a sample of inputs that the zod schema rejects, for the same reason.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compose, ComposeInputSchema, inputJsonSchema, resultJsonSchema, type ComposeInput } from "../../src/index.js";
import { sammen } from "./runInProcess.js";

const pool = JSON.parse(readFileSync(new URL("../../examples/pool.json", import.meta.url), "utf8")) as ComposeInput;
// Formats (date) are left to zod: ajv checks them only with a plugin; every other keyword is checked.
const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
const validInput = ajv.compile(inputJsonSchema());
const validResult = ajv.compile(resultJsonSchema());

type Mutation = [name: string, change: (input: ComposeInput & Record<string, unknown>) => void];
const first = (input: ComposeInput): Record<string, unknown> => input.candidates[0] as unknown as Record<string, unknown>;
const INVALID: Mutation[] = [
  ["a negative age", (input) => void (first(input).age = -1)],
  ["an age with decimals", (input) => void (first(input).age = 52.5)],
  ["a gender that is not female, male or other", (input) => void (first(input).gender = "f")],
  ["a field no schema has", (input) => void (first(input).name = "Kari")],
  ["a candidate without id", (input) => void delete first(input).id],
  ["an empty id", (input) => void (first(input).id = "")],
  ["a latitude above 90", (input) => void (first(input).location = { municipality: "Bergen", lat: 91 })],
  ["a location without municipality", (input) => void (first(input).location = { lat: 60 })],
  ["availability as text instead of a list", (input) => void (first(input).availability = "tue-evening")],
  ["candidates that are not a list", (input) => void (input.candidates = {} as never)],
  ["a group size below 2", (input) => void (input.policy = { groupSize: { min: 1 } })],
  ["an unknown policy rule", (input) => void (input.policy = { maxAge: 70 } as never)],
  ["a problem mode that does not exist", (input) => void (input.policy = { problem: { mode: "mixed" } } as never)],
  ["a venue with no location", (input) => void (input.venues = [{ id: "v" }] as never)],
  ["an existing group with no members", (input) => void (input.groups = [{ id: "g", members: [] }])],
];

describe("the JSON Schemas agree with the zod schemas", () => {
  it("the input schema accepts the example pool", () => {
    expect(validInput(pool), JSON.stringify(validInput.errors)).toBe(true);
  });

  it("the result schema accepts the result compose gives for it", () => {
    const result = JSON.parse(JSON.stringify(compose(pool, { seed: 1, maxIterations: 2_000 }))) as unknown;
    expect(validResult(result), JSON.stringify(validResult.errors)).toBe(true);
  });

  for (const [name, change] of INVALID) {
    it(`zod and the JSON Schema both reject ${name}`, () => {
      const input = structuredClone(pool) as ComposeInput & Record<string, unknown>;
      change(input);
      expect(ComposeInputSchema.safeParse(input).success).toBe(false);
      expect(validInput(input)).toBe(false);
    });
  }

  it("sammen schema prints them", async () => {
    expect(JSON.parse((await sammen(["schema", "input"])).stdout)).toEqual(inputJsonSchema());
    expect(JSON.parse((await sammen(["schema", "result"])).stdout)).toEqual(resultJsonSchema());
    expect((await sammen(["schema", "report"])).code).toBe(2);
  });
});
