import type { z } from "zod";
import { ComposeInputSchema } from "./schemas.js";

/** What zod keeps about a schema, as far as finding its fields needs. */
interface Definition {
  type?: unknown;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  in?: z.ZodType;
}

const definitionOf = (schema: z.ZodType): Definition => (schema as unknown as { _zod: { def: Definition } })._zod.def;

// Wrappers (optional, default, prefault, pipe) hold one schema; arrays and tuples hold their elements.
function inner(schema: z.ZodType): z.ZodType | undefined {
  const def = definitionOf(schema);
  return def.innerType ?? def.in;
}

/** The object schema reached by following `path` from `schema`, or null when the path leaves every object. */
function objectAt(schema: z.ZodType, path: readonly (string | number)[]): Record<string, z.ZodType> | null {
  let node: z.ZodType | undefined = schema;
  let i = 0;
  while (node !== undefined) {
    const def = definitionOf(node);
    if (i === path.length && def.shape !== undefined) return def.shape;
    const part = path[i];
    if (def.shape !== undefined) {
      if (typeof part !== "string" || !Object.prototype.hasOwnProperty.call(def.shape, part)) return null;
      node = def.shape[part];
      i++;
    } else if (def.element !== undefined || def.items !== undefined) {
      if (typeof part !== "number") return null;
      node = def.element ?? def.items?.[part];
      i++;
    } else node = inner(node);
  }
  return null;
}

/**
 * The field names the object at `path` of a compose input may hold (empty when no object belongs there).
 * @param path - a path into a compose input, e.g. `["candidates", 3, "location"]`.
 */
export function fieldsAt(path: readonly (string | number)[]): readonly string[] {
  const shape = objectAt(ComposeInputSchema, path);
  return shape === null ? [] : Object.keys(shape);
}

function collectFields(schema: z.ZodType, into: Set<string>, seen: Set<z.ZodType>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = definitionOf(schema);
  for (const [name, field] of Object.entries(def.shape ?? {})) {
    into.add(name);
    collectFields(field, into, seen);
  }
  for (const child of [def.innerType, def.in, def.element, ...(def.items ?? [])]) if (child) collectFields(child, into, seen);
}

let allFields: Set<string> | undefined;

/**
 * True when `key` is a field name of some object in the compose input schema: such a key is
 * ours, not the caller's, and may appear in a path or a message.
 */
export function isSchemaField(key: string): boolean {
  if (allFields === undefined) {
    allFields = new Set();
    collectFields(ComposeInputSchema, allFields, new Set());
  }
  return allFields.has(key);
}
