/**
 * Snapshots of the built-in prototypes and constructors, to prove that no input (a `__proto__`
 * key, a `constructor.prototype` payload) changes them as it passes through sammen.
 */

// Everything a prototype-pollution payload could reach from a parsed JSON value or a zod output.
const GUARDED: readonly [string, object][] = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
  ["Number.prototype", Number.prototype],
  ["Boolean.prototype", Boolean.prototype],
  ["Symbol.prototype", Symbol.prototype],
  ["Error.prototype", Error.prototype],
  ["RegExp.prototype", RegExp.prototype],
  ["Map.prototype", Map.prototype],
  ["Set.prototype", Set.prototype],
  ["Promise.prototype", Promise.prototype],
  ["Object", Object],
  ["Array", Array],
  ["JSON", JSON],
];

type Shape = { proto: object | null; extensible: boolean; keys: Map<PropertyKey, PropertyDescriptor> };

function shapeOf(target: object): Shape {
  const keys = new Map<PropertyKey, PropertyDescriptor>();
  for (const key of Reflect.ownKeys(target)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
    if (descriptor) keys.set(key, descriptor);
  }
  return { proto: Reflect.getPrototypeOf(target), extensible: Reflect.isExtensible(target), keys };
}

const FIELDS = ["value", "get", "set", "writable", "enumerable", "configurable"] as const;

function differences(name: string, before: Shape, after: Shape): string[] {
  const out: string[] = [];
  if (before.proto !== after.proto) out.push(`${name}: prototype replaced`);
  if (before.extensible !== after.extensible) out.push(`${name}: extensibility changed`);
  for (const key of after.keys.keys()) if (!before.keys.has(key)) out.push(`${name}: own property ${String(key)} added`);
  for (const [key, was] of before.keys) {
    const now = after.keys.get(key);
    if (!now) {
      out.push(`${name}: own property ${String(key)} removed`);
      continue;
    }
    for (const field of FIELDS) {
      if (!Object.is(Reflect.get(was, field), Reflect.get(now, field))) out.push(`${name}: ${String(key)}.${field} changed`);
    }
  }
  return out;
}

/** Takes a snapshot now; the returned function lists every change made since (empty when none). */
export function watchPrototypes(): () => string[] {
  const before = GUARDED.map(([name, target]) => [name, target, shapeOf(target)] as const);
  return () => before.flatMap(([name, target, shape]) => differences(name, shape, shapeOf(target)));
}

/** Property names a pollution payload typically plants; none may be readable from a fresh object. */
export const PLANTED = ["polluted", "isAdmin", "candidates", "policy", "keepApart", "min", "max", "id"] as const;

/** The planted names a fresh object or array can see through its prototype chain. */
export function inheritedPlants(): string[] {
  const fresh: Record<string, unknown> = {};
  const list: unknown[] = [];
  return PLANTED.filter((name) => name in fresh || name in list);
}
