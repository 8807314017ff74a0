/**
 * ComposeResultSchema describes exactly the ComposeResult type (checked by the compiler: the test
 * file does not type-check when they drift apart), and parses what compose returns.
 */
import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { compose, ComposeResultSchema, type ComposeInput, type ComposeResult } from "../../src/index.js";

describe("ComposeResultSchema", () => {
  it("has the ComposeResult type, field for field", () => {
    expectTypeOf<z.output<typeof ComposeResultSchema>>().toEqualTypeOf<ComposeResult>();
  });

  it("parses the result compose returns for the example pool, as result.json holds it, unchanged", () => {
    const pool = JSON.parse(readFileSync(new URL("../../examples/pool.json", import.meta.url), "utf8")) as ComposeInput;
    const result = compose(pool, { seed: 1, maxIterations: 2_000 });
    const json = JSON.parse(JSON.stringify(result)) as unknown;
    expect(ComposeResultSchema.parse(json)).toEqual(json);
  });

  it("refuses a result with a field it does not know, or a status it does not have", () => {
    const pool = JSON.parse(readFileSync(new URL("../../examples/pool.json", import.meta.url), "utf8")) as ComposeInput;
    const result = compose(pool, { seed: 1, maxIterations: 500 });
    expect(ComposeResultSchema.safeParse({ ...result, extra: 1 }).success).toBe(false);
    expect(ComposeResultSchema.safeParse({ ...result, status: "done" }).success).toBe(false);
  });
});
