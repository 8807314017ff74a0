/**
 * Compile-time proof that the documented types of `inputTypes.ts` and `parsedTypes.ts` are the
 * schemas' own types: `npx tsc --noEmit` fails here when a field is added, dropped, renamed,
 * retyped or made optional in one and not the other. Nothing imports this file; it holds types only.
 */
import type * as z from "zod/mini";
import type {
  CandidateInput,
  ComposeInput,
  ComposeOptionsInput,
  Distance,
  Expectation,
  Gender,
  PatientSetting,
  Relation,
  Role,
  ExistingGroupInput,
  Location,
  PolicyInput,
  StarterInput,
  VenueInput,
} from "./inputTypes.js";
import type { Candidate, ComposeOptions, ExistingGroup, Policy, Problem, Starter, Venue } from "./parsedTypes.js";
import type {
  CandidateSchema,
  ComposeInputSchema,
  ComposeOptionsSchema,
  DistanceSchema,
  ExistingGroupSchema,
  ExpectationSchema,
  GenderSchema,
  LocationSchema,
  PatientSettingSchema,
  RelationSchema,
  RoleSchema,
  PolicySchema,
  StarterSchema,
  VenueSchema,
} from "./schemas.js";

/**
 * True only when A and B are identical to the compiler (stricter than each being assignable to
 * the other: an optional field one side lacks, or `readonly`, also tells them apart).
 */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when every entry is `true`; the error names the entry that is not. */
type Agree<T extends Record<string, true>> = T;

/** Each documented type against its schema's input type, or output type for the parsed ones. */
export type InputTypesAgreeWithSchemas = Agree<{
  Gender: Same<Gender, z.output<typeof GenderSchema>>;
  Role: Same<Role, z.output<typeof RoleSchema>>;
  Relation: Same<Relation, z.output<typeof RelationSchema>>;
  PatientSetting: Same<PatientSetting, z.output<typeof PatientSettingSchema>>;
  Expectation: Same<Expectation, z.output<typeof ExpectationSchema>>;
  Location: Same<Location, z.input<typeof LocationSchema>>;
  LocationOutput: Same<Location, z.output<typeof LocationSchema>>;
  CandidateInput: Same<CandidateInput, z.input<typeof CandidateSchema>>;
  Candidate: Same<Candidate, z.output<typeof CandidateSchema>>;
  VenueInput: Same<VenueInput, z.input<typeof VenueSchema>>;
  Venue: Same<Venue, z.output<typeof VenueSchema>>;
  StarterInput: Same<StarterInput, z.input<typeof StarterSchema>>;
  Starter: Same<Starter, z.output<typeof StarterSchema>>;
  ExistingGroupInput: Same<ExistingGroupInput, z.input<typeof ExistingGroupSchema>>;
  ExistingGroup: Same<ExistingGroup, z.output<typeof ExistingGroupSchema>>;
  Distance: Same<Distance, z.input<typeof DistanceSchema>>;
  DistanceOutput: Same<Distance, z.output<typeof DistanceSchema>>;
  PolicyInput: Same<PolicyInput, z.input<typeof PolicySchema>>;
  ComposeInput: Same<ComposeInput, z.input<typeof ComposeInputSchema>>;
  ComposeOptionsInput: Same<ComposeOptionsInput, z.input<typeof ComposeOptionsSchema>>;
  Policy: Same<Policy, z.output<typeof PolicySchema>>;
  Problem: Same<Problem, z.output<typeof ComposeInputSchema>>;
  ComposeOptions: Same<ComposeOptions, z.output<typeof ComposeOptionsSchema>>;
}>;
