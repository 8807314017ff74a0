import type * as z from "zod/mini";
import { ComposeInputSchema } from "./schemas.js";

/** What zod keeps about a schema, as far as finding its fields needs. */
interface Definition {
  type?: unknown;
  checks?: { _zod: { def: { check?: unknown; maximum?: unknown } } }[];
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  items?: z.core.$ZodType[];
  in?: z.core.$ZodType;
  /** A union's alternatives. */
  options?: z.core.$ZodType[];
}

const definitionOf = (schema: z.core.$ZodType): Definition => (schema as unknown as { _zod: { def: Definition } })._zod.def;

// Wrappers (optional, default, prefault, pipe) hold one schema; arrays and tuples hold their elements.
function inner(schema: z.core.$ZodType): z.core.$ZodType | undefined {
  const def = definitionOf(schema);
  return def.innerType ?? def.in;
}

/** The object schema reached by following `path` from `schema`, or null when the path leaves every object. */
function objectAt(schema: z.core.$ZodType, path: readonly (string | number)[]): Record<string, z.core.$ZodType> | null {
  let node: z.core.$ZodType | undefined = schema;
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

/** The longest list a schema allows, looking through optional, default and the like; null when it is no list. */
function longestList(schema: z.core.$ZodType): number | null {
  let node: z.core.$ZodType | undefined = schema;
  while (node !== undefined) {
    const def = definitionOf(node);
    // A union (a switch or a list) allows the longest list any alternative allows.
    if (def.options !== undefined) {
      const lists = def.options.map(longestList).filter((n): n is number => n !== null);
      return lists.length === 0 ? null : Math.max(...lists);
    }
    if (def.element !== undefined) {
      const max = def.checks?.find((check) => check._zod.def.check === "max_length")?._zod.def.maximum;
      return typeof max === "number" ? max : Number.POSITIVE_INFINITY;
    }
    node = inner(node);
  }
  return null;
}

function collectFields(schema: z.core.$ZodType, into: Set<string>, lists: Map<string, number>, seen: Set<z.core.$ZodType>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = definitionOf(schema);
  for (const [name, field] of Object.entries(def.shape ?? {})) {
    into.add(name);
    const longest = longestList(field);
    if (longest !== null) lists.set(name, Math.max(lists.get(name) ?? 0, longest));
    collectFields(field, into, lists, seen);
  }
  for (const child of [def.innerType, def.in, def.element, ...(def.items ?? []), ...(def.options ?? [])]) if (child) collectFields(child, into, lists, seen);
}

let allFields: Set<string> | undefined;
let longestLists: Map<string, number> | undefined;

function fieldTables(): { fields: Set<string>; lists: Map<string, number> } {
  if (allFields === undefined || longestLists === undefined) {
    allFields = new Set();
    longestLists = new Map();
    collectFields(ComposeInputSchema, allFields, longestLists, new Set());
  }
  return { fields: allFields, lists: longestLists };
}

/** Entries the schema's tuples hold at most (a `neverMix` pair). */
const LONGEST_TUPLE = 2;

/**
 * How many entries of a list found under `key` are worth reading: one more than the longest
 * list the schema allows under that field name anywhere (so a longer list is still too long),
 * one more than a tuple under an index, and one where no list belongs (the type alone is wrong).
 *
 * @param key - the field name or index the list was found under; undefined for the input itself.
 */
export function listReadLimit(key: string | number | undefined): number {
  if (typeof key === "number") return LONGEST_TUPLE + 1;
  const longest = key === undefined ? undefined : fieldTables().lists.get(key);
  return longest === undefined ? 1 : Math.min(longest, Number.MAX_SAFE_INTEGER - 1) + 1;
}

/**
 * True when `key` is a field name of some object in the compose input schema: such a key is
 * ours, not the caller's, and may appear in a path or a message.
 */
export function isSchemaField(key: string): boolean {
  return fieldTables().fields.has(key);
}
