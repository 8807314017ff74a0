import * as z from "zod/mini";
import { ComposeResultSchema } from "./resultSchema.js";
import { ComposeInputSchema } from "./schemas.js";

/** A JSON Schema document (draft 2020-12), as plain data. */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of what `compose` takes, generated from `ComposeInputSchema`
 * (what a caller writes: defaulted fields are optional). Checks sammen makes in code (ids that
 * look like personal numbers, invisible characters, cross-references between lists) have no JSON
 * Schema form: `validate` remains the full judge. Shipped as `sammen/schema/input.json`.
 */
export function inputJsonSchema(): JsonSchema {
  return {
    ...z.toJSONSchema(ComposeInputSchema, { io: "input", target: "draft-2020-12", unrepresentable: "any" }),
    title: "sammen compose input",
    description: "What compose takes: candidates, venues, starters, existing groups, distances and the policy. Every field is described in README.md and RULES.md.",
  };
}

/** The JSON Schema (draft 2020-12) of what `compose` returns (`result.json`). Shipped as `sammen/schema/result.json`. */
export function resultJsonSchema(): JsonSchema {
  return {
    ...z.toJSONSchema(ComposeResultSchema, { io: "output", target: "draft-2020-12" }),
    title: "sammen compose result",
    description: "What compose returns: groups, the waitlist with reasons and suggestions, warnings about the input, and run statistics.",
  };
}
