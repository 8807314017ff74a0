/**
 * `sammen/lean`: sammen's API without the bundled MIP solver (javascript-lp-solver), for apps
 * that count their bundle's bytes. Every export is `sammen`'s own but `compose`, whose `auto` and
 * `exact` prove only with the `mipSolver` given, and `javascriptLpSolver`, which is not here.
 * Public API: explicit named exports only; a test keeps the list equal to index.ts's.
 */
export { compose } from "./compose/composeLean.js";
export { CompositionError } from "./compose/errors.js";
export { validate, parse, parseOptions, type ValidateResult, type ValidateOptions } from "./model/validate.js";
export { LOCALES, type Locale } from "./model/locale.js";
export { ValidationError, type Issue, type IssueCode } from "./model/issues.js";
export { highsSolver, loadHighsSolver, HighsUnavailableError, type HighsRuntime } from "./exact/highs.js";
export type { MipSolver, MipLimits, MipOutcome } from "./exact/mipSolver.js";
export type { Mip, MipVariable, MipConstraint, MipTerm } from "./exact/mip.js";
export { explain, type Explanation } from "./explain/explain.js";
export { check, type CheckOptions, type CheckReport, type CheckRule, type Violation } from "./check/check.js";
export {
  MAX_CANDIDATES,
  CandidateSchema,
  VenueSchema,
  StarterSchema,
  ExistingGroupSchema,
  DistanceSchema,
  PolicySchema,
  ComposeInputSchema,
  ComposeOptionsSchema,
  type Candidate,
  type CandidateInput,
  type Venue,
  type VenueInput,
  type Starter,
  type StarterInput,
  type ExistingGroup,
  type ExistingGroupInput,
  type Distance,
  type Policy,
  type PolicyInput,
  type Problem,
  type ComposeInput,
  type ComposeOptions,
  type ComposeOptionsInput,
  type Progress,
  type ProgressPhase,
  type Gender,
  type Role,
  type Relation,
  type PatientSetting,
  type Expectation,
  type Location,
} from "./model/schemas.js";
export { ComposeResultSchema } from "./model/resultSchema.js";
export { inputJsonSchema, resultJsonSchema, type JsonSchema } from "./model/jsonSchemas.js";
export type {
  ComposeResult,
  ComposeStatus,
  ComposedGroup,
  GroupMetrics,
  ComposeStats,
  ExactReport,
  ScoreBreakdown,
  WaitlistEntry,
  WaitReason,
  WaitReasonCode,
  Suggestion,
  ComposeWarning,
  WarningCode,
} from "./model/result.js";
