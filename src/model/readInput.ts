import { isSchemaField, listReadLimit } from "./schemaFields.js";

/** A path into the input: object keys and array indices. */
export type Path = (string | number)[];

/** Where a value could not be read: its path, which holds field names and indices only. */
export interface UnreadableValue {
  path: Path;
}

/** The input as plain data, and where reading it failed. */
export interface ReadInput {
  /** Plain objects, arrays and primitives only: parsing it runs none of the caller's code. */
  value: unknown;
  unreadable: UnreadableValue[];
}

/** Stands where a value could not be read; no schema accepts it. */
export const UNREADABLE: unique symbol = Symbol("unreadable");

/** Deeper than any field of the schema, so a value cut here is already rejected higher up. */
const MAX_DEPTH = 64;

/**
 * Copies `input` into plain data with a guarded walk: own enumerable properties, array
 * elements (holes kept as holes), primitives. A getter, Proxy trap or anything else that throws
 * leaves `UNREADABLE` in its place and is listed; what it threw is never looked at. The value
 * of a key that is no field name anywhere in the schema is not read (the key is kept, holding
 * null, so the schema reports it as unknown). Functions
 * become `UNREADABLE` too (no field takes one), nesting past 64 levels is cut and a list is
 * read only up to one entry more than the schema allows where it stands (see `listReadLimit`),
 * all of which the schema rejects anyway.
 *
 * @param input - anything the caller passed.
 * @returns the plain copy and every place that could not be read.
 */
export function readInput(input: unknown): ReadInput {
  const unreadable: UnreadableValue[] = [];
  const value = copy(input, null, 0, unreadable);
  return { value, unreadable };
}

/** A path as a chain from the leaf up, so the walk allocates one link per node and builds arrays only for failures. */
interface Link {
  up: Link | null;
  part: string | number;
}

function pathOf(link: Link | null): Path {
  const path: Path = [];
  for (let at = link; at !== null; at = at.up) path.push(at.part);
  return path.reverse();
}

function copy(node: unknown, at: Link | null, depth: number, unreadable: UnreadableValue[]): unknown {
  if (typeof node === "function") return UNREADABLE;
  if (typeof node !== "object" || node === null) return node;
  if (depth >= MAX_DEPTH) return null;
  try {
    return Array.isArray(node) ? copyList(node, at, depth, unreadable) : copyObject(node, at, depth, unreadable);
  } catch {
    // Array.isArray on a revoked Proxy, or a trap listing keys or reading the length.
    unreadable.push({ path: pathOf(at) });
    return UNREADABLE;
  }
}

function copyList(list: readonly unknown[], at: Link | null, depth: number, unreadable: UnreadableValue[]): unknown[] {
  // A list is read only as far as the schema could accept it, plus one, so a longer one is still too long.
  const length = Math.min(list.length, listReadLimit(at?.part));
  const out = new Array<unknown>(length);
  for (let i = 0; i < length; i++) {
    const link = { up: at, part: i };
    try {
      if (Object.prototype.hasOwnProperty.call(list, i)) out[i] = copy(list[i], link, depth + 1, unreadable);
    } catch {
      unreadable.push({ path: pathOf(link) });
      out[i] = UNREADABLE;
    }
  }
  return out;
}

function copyObject(object: object, at: Link | null, depth: number, unreadable: UnreadableValue[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(object)) {
    // A key no schema knows is reported as unknown whatever it holds: its value is never read.
    let value: unknown = null;
    if (isSchemaField(key)) {
      const link = { up: at, part: key };
      try {
        value = copy((object as Record<string, unknown>)[key], link, depth + 1, unreadable);
      } catch {
        unreadable.push({ path: pathOf(link) });
        value = UNREADABLE;
      }
    }
    // As JSON.parse does: "__proto__" becomes an own property, never the prototype.
    if (key === "__proto__") Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
  return out;
}
