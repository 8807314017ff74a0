/**
 * The input as parsing leaves it (what `parse`, `validate` and `parseOptions` return): the
 * documented types of `inputTypes.ts` with their defaults filled in, built from them so every
 * field keeps its doc. `inputTypesAgree.ts` proves each equal to its schema's output type.
 */
import type { CandidateInput, ComposeInput, ComposeOptionsInput, Distance, ExistingGroupInput, PolicyInput, StarterInput, VenueInput } from "./inputTypes.js";

/**
 * One plain object type of an intersection's fields, each keeping its doc (a field both sides
 * give is required if either requires it); going through `infer` makes an editor show the fields,
 * not the alias.
 */
type Flat<T> = T extends infer O ? { [K in keyof O]: O[K] } : never;

/** `T` as parsing leaves it: every field filled in but the `Kept` ones, which have no default. */
type Filled<T, Kept extends PropertyKey = never> = Flat<
  { [K in keyof T as K extends Kept ? never : K]-?: Exclude<T[K], undefined> } & { [K in keyof T as K extends Kept ? K : never]: T[K] }
>;

/** A candidate after validation: labels normalised (parsing fills in no default). */
export type Candidate = CandidateInput;

/** A venue after validation: labels normalised, `rooms` filled in. */
export type Venue = Flat<
  VenueInput & {
    /** How many groups can meet there in the same slot (1 when the input gave none). */
    rooms: number;
  }
>;

/** A starter after validation: labels normalised, `maxGroups` filled in. */
export type Starter = Flat<
  StarterInput & {
    /** How many groups the starter can start at once (1 when the input gave none). */
    maxGroups: number;
  }
>;

/** An existing group after validation: labels normalised, `closed` filled in. */
export type ExistingGroup = Flat<
  ExistingGroupInput & {
    /** Whether the group takes nobody new (`true` when the input gave nothing). */
    closed: boolean;
  }
>;

/** The policy fields that stay absent when the input leaves them out: they have no default. */
interface PolicyFieldsWithoutDefault {
  age: "maximum";
  slots: "offered";
}

/** A policy with every default filled in (only `age.maximum`, `slots.offered` and `asOf` may be absent). */
export type Policy = Flat<
  {
    [K in keyof PolicyInput as K extends "asOf" ? never : K]-?: Required<PolicyInput>[K] extends unknown[] | boolean | number
      ? Required<PolicyInput>[K]
      : Filled<Required<PolicyInput>[K], K extends keyof PolicyFieldsWithoutDefault ? PolicyFieldsWithoutDefault[K] : never>;
  } & Pick<PolicyInput, "asOf">
>;

/** What each part of the input becomes once parsed. */
interface ParsedParts {
  candidates: Candidate[];
  policy: Policy;
  venues: Venue[];
  starters: Starter[];
  groups: ExistingGroup[];
  distances: Distance[];
}

/** A validated, normalised problem: every default filled in, every reference resolved. */
export type Problem = { [K in keyof ComposeInput]-?: ParsedParts[K] };

/** The options with every default filled in. */
export type ComposeOptions = Filled<ComposeOptionsInput, "maxIterations" | "mipSolver" | "signal" | "onProgress" | "now">;
