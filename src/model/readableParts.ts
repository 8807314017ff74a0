import type * as z from "zod/mini";
import {
  CandidateSchema,
  ExistingGroupSchema,
  PolicySchema,
  StarterSchema,
  VenueSchema,
  type Candidate,
  type ExistingGroup,
  type Policy,
  type Starter,
  type Venue,
} from "./schemas.js";

/**
 * What the cross-reference checks read: a valid problem, or the parts of an invalid one that
 * parsed. Entries keep their index (a missing entry could not be read at all); a missing field
 * was invalid, and the checks that need it are skipped.
 */
export interface ReadableProblem {
  candidates: readonly (Partial<Candidate> | undefined)[];
  venues: readonly (Partial<Venue> | undefined)[];
  starters: readonly (Partial<Starter> | undefined)[];
  groups: readonly (Partial<ExistingGroup> | undefined)[];
  policy: Partial<Policy>;
}

type ObjectSchema = z.ZodMiniObject<z.core.$ZodShape, z.core.$ZodObjectConfig>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The parts of an input that the schema accepts on their own: each candidate, venue, starter and
 * existing group, and each part of the policy, parsed by itself; an entry that fails keeps the
 * fields that pass.
 *
 * @param plain - the input as plain data (see `readInput`); it failed the schema as a whole.
 */
export function readableParts(plain: unknown): ReadableProblem {
  const input = isRecord(plain) ? plain : {};
  return {
    candidates: readList(input.candidates, CandidateSchema),
    venues: readList(input.venues, VenueSchema),
    starters: readList(input.starters, StarterSchema),
    groups: readList(input.groups, ExistingGroupSchema),
    policy: readEntry(PolicySchema, input.policy ?? {}) ?? {},
  };
}

function readList<S extends ObjectSchema>(list: unknown, schema: S): (Partial<z.output<S>> | undefined)[] {
  return Array.isArray(list) ? Array.from(list, (entry: unknown) => readEntry(schema, entry)) : [];
}

/** The whole entry when it parses, else the fields that parse one by one; undefined when it is no object. */
function readEntry<S extends ObjectSchema>(schema: S, entry: unknown): Partial<z.output<S>> | undefined {
  const whole = schema.safeParse(entry);
  if (whole.success) return whole.data;
  if (!isRecord(entry)) return undefined;
  const parts: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape) as [string, z.ZodMiniType][]) {
    const value = Object.prototype.hasOwnProperty.call(entry, name) ? entry[name] : undefined;
    const parsed = field.safeParse(value);
    if (parsed.success && parsed.data !== undefined) parts[name] = parsed.data;
  }
  return parts as Partial<z.output<S>>;
}
