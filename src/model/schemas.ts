import * as z from "zod/mini";
import type { MipSolver } from "../exact/mipSolver.js";
import { normaliseLabel } from "./label.js";
import { DEFAULT_LOCALE, LOCALES } from "./locale.js";
import { hasInvisibleCharacter, isWellFormedText, looksLikePersonalNumber, type TextRuleCode } from "./textRules.js";

// The schemas are built with zod's tree-shakable `zod/mini` API: the same core checks and issues
// as classic zod, but a browser bundle carries only the checks used here (BENCHMARKS.md "bundle size").

/** Hard cap on pool size, enforced before any per-candidate work. */
export const MAX_CANDIDATES = 50_000;

const ID_MAX = 256;
const LABEL_MAX = 200;

/** Issue params naming one of our text rules; `validate` turns them into that issue code. */
const textRule = (code: TextRuleCode) => ({ params: { textRule: code } });

/** A number within `min`..`max`, and a whole one: the checks in the order their issues are listed. */
const numberIn = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
const wholeIn = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));

/** A list of at most `max` entries. */
const listOf = <T extends z.core.SomeType>(entry: T, max: number) => z.array(entry).check(z.maxLength(max));

/**
 * A pseudonymous identifier: compared exactly, never normalised (duplicates are still found
 * after NFC). Must be well-formed Unicode, must not look like a national identity number in any
 * spelling, and must hold no invisible format or bidi control character.
 * Over-long strings are already rejected by `max`, so the rules skip them rather than scan megabytes.
 */
export const IdSchema = z.string().check(
  z.minLength(1),
  z.maxLength(ID_MAX),
  z.refine((id) => id.length > ID_MAX || isWellFormedText(id), textRule("malformed_unicode")),
  z.refine((id) => id.length > ID_MAX || !looksLikePersonalNumber(id), textRule("looks_like_personal_number")),
  z.refine((id) => id.length > ID_MAX || !hasInvisibleCharacter(id), textRule("invisible_character")),
);

/**
 * A category label (problem area, slot, municipality, need, event):
 * compared case-insensitively, with runs of spaces/underscores read as one hyphen.
 * Labels are echoed into results, so one holding a national identity number is refused.
 */
export const LabelSchema = z.pipe(
  z.string().check(
    z.minLength(1),
    z.maxLength(LABEL_MAX),
    z.refine((label) => label.length > LABEL_MAX || isWellFormedText(label), textRule("malformed_unicode")),
    z.refine((label) => label.length > LABEL_MAX || !looksLikePersonalNumber(label), textRule("looks_like_personal_number")),
  ),
  z.transform(normaliseLabel),
);

/** ISO calendar date `YYYY-MM-DD`. */
export const DateSchema = z.iso.date();

export const GenderSchema = z.enum(["female", "male", "other"]);
export const RoleSchema = z.enum(["self", "relative", "bereaved", "survivor"]);
export const RelationSchema = z.enum(["partner", "parent", "child", "sibling", "other"]);
export const PatientSettingSchema = z.enum(["home", "institution"]);
export const ExpectationSchema = z.enum(["change", "combined", "social"]);

/** Where someone lives or a venue is: a municipality, with coordinates for distances. */
export const LocationSchema = z.strictObject({
  municipality: LabelSchema,
  lat: z.optional(numberIn(-90, 90)),
  lon: z.optional(numberIn(-180, 180)),
});

/** A person who wants a group. Every field but `id` is optional. */
export const CandidateSchema = z.strictObject({
  id: IdSchema,
  age: z.optional(wholeIn(0, 130)),
  gender: z.optional(GenderSchema),
  problem: z.optional(LabelSchema),
  role: z.optional(RoleSchema),
  relation: z.optional(RelationSchema),
  patientSetting: z.optional(PatientSettingSchema),
  event: z.optional(LabelSchema),
  location: z.optional(LocationSchema),
  maxTravelKm: z.optional(numberIn(0, 20_000)),
  availability: z.optional(listOf(LabelSchema, 200)),
  needs: z.optional(listOf(LabelSchema, 50)),
  expectation: z.optional(ExpectationSchema),
  knows: z.optional(listOf(IdSchema, 1_000)),
  together: z.optional(listOf(IdSchema, 50)),
  waitingSince: z.optional(DateSchema),
});

/** A neutral meeting place. `rooms` groups can meet there in the same slot. */
export const VenueSchema = z.strictObject({
  id: IdSchema,
  location: LocationSchema,
  slots: z.optional(listOf(LabelSchema, 200)),
  offers: z.optional(listOf(LabelSchema, 50)),
  capacity: z.optional(wholeIn(1, 1_000)),
  rooms: z._default(wholeIn(1, 100), 1),
});

/** A starter (igangsetter) who attends a new group's first meetings. */
export const StarterSchema = z.strictObject({
  id: IdSchema,
  location: LocationSchema,
  maxTravelKm: z.optional(numberIn(0, 20_000)),
  availability: z.optional(listOf(LabelSchema, 200)),
  experience: z.optional(listOf(LabelSchema, 50)),
  maxGroups: z._default(wholeIn(1, 50), 1),
});

/** A group that already meets. Its members are kept; a closed group takes nobody new. */
export const ExistingGroupSchema = z.strictObject({
  id: IdSchema,
  members: z.array(IdSchema).check(z.minLength(1), z.maxLength(1_000)),
  slot: z.optional(LabelSchema),
  venue: z.optional(IdSchema),
  municipality: z.optional(LabelSchema),
  closed: z._default(z.boolean(), true),
});

/** Straight-line or road distance between two municipalities, used when coordinates are missing. */
export const DistanceSchema = z.strictObject({
  from: LabelSchema,
  to: LabelSchema,
  km: numberIn(0, 20_000),
});

const WeightSchema = numberIn(0, 1e6);

/** Every rule and weight, each defaulting to the guidance in DOMAIN.md. */
export const PolicySchema = z.strictObject({
  /** Fewer than 4 is fragile, more than 8 leaves too little room (001; 003 §6.2). */
  groupSize: z.prefault(
    z.strictObject({
      min: z._default(wholeIn(2, 100), 4),
      max: z._default(wholeIn(2, 100), 8),
      preferred: z._default(wholeIn(2, 100), 6),
    }),
    {},
  ),
  /** Adults only; the span stays within one generation (001 "Alder"; 003 §8). */
  age: z.prefault(
    z.strictObject({
      minimum: z._default(wholeIn(0, 130), 18),
      maximum: z.optional(wholeIn(0, 130)),
      maxSpan: z._default(wholeIn(0, 130), 15),
    }),
    {},
  ),
  /**
   * Mixed groups where possible; single-gender where the problem area needs it (001 "Kvinner og
   * menn"; 003 §6.3.2). `mix`: `"prefer"` rewards a mixed group (default), `"require"` makes at
   * least two recorded genders a hard rule for every group that may mix (RULES.md 16; some
   * programmes require it), `"ignore"` does neither.
   */
  gender: z.prefault(
    z.strictObject({
      mix: z._default(z.enum(["prefer", "require", "ignore"]), "prefer"),
      singleGenderProblems: z._default(listOf(LabelSchema, 200), ["breast-cancer", "sexual-abuse"]),
    }),
    {},
  ),
  /** Shared-problem groups by default; cross-problem groups may still never mix listed pairs. */
  problem: z.prefault(
    z.strictObject({
      mode: z._default(z.enum(["shared", "cross"]), "shared"),
      neverMix: z._default(listOf(z.tuple([LabelSchema, LabelSchema]), 10_000), []),
    }),
    {},
  ),
  /** Affected people and relatives meet in separate groups unless this is off; an absent role is `"self"` (RULES.md 6). */
  roles: z.prefault(z.strictObject({ separate: z._default(z.boolean(), true) }), {}),
  /**
   * Relatives are grouped by their relation to the ill person, and by where that person lives
   * (003 §6.3.2, §8; RULES.md 7-8).
   * - `roles`: the roles these rules apply to. Default `["relative", "bereaved"]`: the bereaved are
   *   relatives of the dead, and "it is a big difference whether one is the child, sibling or
   *   partner" (003 §6.3.2) holds for them too (DOMAIN.md). An absent role counts as `"self"`.
   * - `byPatientSetting`: `true` (every problem area), `false` (never), or the problem areas it
   *   applies to. Default `["stroke"]`: 003 §6.3.2/§8 names home versus institution as the key
   *   divide for stroke relatives ("For pårørende til slagrammete …"), not for every relatives' group.
   */
  relatives: z.prefault(
    z.strictObject({
      roles: z._default(listOf(RoleSchema, 4), ["relative", "bereaved"]),
      byRelation: z._default(z.boolean(), true),
      byPatientSetting: z._default(z.union([z.boolean(), listOf(LabelSchema, 200)]), ["stroke"]),
    }),
    {},
  ),
  /**
   * Disaster support groups are built on one shared event (000). A person without an event is
   * "not affected by a disaster", a value of its own: never with someone who has one (RULES.md 9).
   */
  events: z.prefault(z.strictObject({ shared: z._default(z.boolean(), true) }), {}),
  /** People who know each other are never in the same group (003 §6.3.2). */
  keepApart: z._default(z.boolean(), true),
  /** Every group meets in one weekly slot all its members can make (001; 003 §8). */
  slots: z.prefault(
    z.strictObject({
      required: z._default(z.boolean(), true),
      offered: z.optional(listOf(LabelSchema, 200)),
    }),
    {},
  ),
  /** How far people travel when they have not said. */
  travel: z.prefault(z.strictObject({ defaultMaxKm: z._default(numberIn(0, 20_000), 30) }), {}),
  /** Starters per new group (ideally two, 003 §2.3); `min` 0 means groups may start without one. */
  starters: z.prefault(
    z.strictObject({
      min: z._default(wholeIn(0, 10), 0),
      max: z._default(wholeIn(0, 10), 2),
      requireSharedExperience: z._default(z.boolean(), false),
    }),
    {},
  ),
  /** Reference date for waiting time; defaults to the latest `waitingSince` in the pool. */
  asOf: z.optional(DateSchema),
  /** Objective weights, in priority order: placing people first, then group quality. */
  weights: z.prefault(
    z.strictObject({
      placed: z._default(WeightSchema, 1_000),
      waitingPerYear: z._default(WeightSchema, 200),
      ageSpan: z._default(WeightSchema, 4),
      genderMix: z._default(WeightSchema, 30),
      expectation: z._default(WeightSchema, 10),
      sizeFromPreferred: z._default(WeightSchema, 20),
      travelKm: z._default(WeightSchema, 0.5),
    }),
    {},
  ),
});

/** Everything `compose` takes about the people, places and rules. */
export const ComposeInputSchema = z.strictObject({
  candidates: listOf(CandidateSchema, MAX_CANDIDATES),
  policy: z.prefault(PolicySchema, {}),
  venues: z._default(listOf(VenueSchema, 10_000), []),
  starters: z._default(listOf(StarterSchema, 10_000), []),
  groups: z._default(listOf(ExistingGroupSchema, 10_000), []),
  distances: z._default(listOf(DistanceSchema, 1_000_000), []),
});

/**
 * What a run is doing when it reports progress, in order: parsing and validating the input
 * (`reading`), compiling it and building a first composition (`first-composition`), local
 * search (`search`), giving the final groups their rooms (`rooms`), the exact method's proof
 * attempt (`exact`, methods "auto" and "exact"), reasons for the waitlist (`explanations`) and
 * the independent checker (`check`); `done` is the last report, made as the result is returned.
 */
export type ProgressPhase = "reading" | "first-composition" | "search" | "rooms" | "exact" | "explanations" | "check" | "done";

/**
 * Progress reported during a run: as each phase starts (the first as the call starts), every
 * 100 ms or so while the search runs, and once at the end (`phase: "done"`).
 */
export interface Progress {
  /** Milliseconds since the call started, by the run's clock. */
  elapsedMs: number;
  /** Search iterations so far (0 before the search). */
  iterations: number;
  /** Best objective so far (`-Infinity` before the first composition). */
  bestObjective: number;
  /**
   * People in groups in the best composition so far, once the first composition is under way
   * (absent before); at `done`, the result's `stats.placed`.
   */
  placed?: number;
  /**
   * What the run is doing. sammen always sets it; it is optional in the type only so code that
   * builds `Progress` values of its own keeps compiling.
   */
  phase?: ProgressPhase;
}

/** How `compose` runs: seeded, bounded by time and work, abortable. */
export const ComposeOptionsSchema = z.strictObject({
  seed: z._default(wholeIn(0, 2 ** 32 - 1), 1),
  timeLimitMs: z._default(numberIn(0, 3_600_000), 2_000),
  maxIterations: z.optional(z.number().check(z.int(), z.minimum(0))),
  method: z._default(z.enum(["auto", "exact", "search"]), "auto"),
  /** The MIP solver for "auto" and "exact" (default: the bundled javascript-lp-solver); e.g. `await loadHighsSolver()`. */
  mipSolver: z.optional(z.custom<MipSolver>((v) => typeof v === "object" && v !== null && typeof (v as { solve?: unknown }).solve === "function" && typeof (v as { name?: unknown }).name === "string")),
  /** Stop once the search stops improving, before the time limit (default true); false searches until a limit. */
  stopWhenIdle: z._default(z.boolean(), true),
  /** Recompute the score from scratch after every move and throw on drift (slow; for tests). */
  assert: z._default(z.boolean(), false),
  signal: z.optional(z.custom<AbortSignal>((v) => typeof AbortSignal !== "undefined" && v instanceof AbortSignal)),
  onProgress: z.optional(z.custom<(progress: Progress) => void>((v) => typeof v === "function")),
  /** Clock used for time limits and elapsed time; injectable so tests can control it. */
  now: z.optional(z.custom<() => number>((v) => typeof v === "function")),
  /** The language of every text the run writes: waitlist reasons, suggestions, warnings, issues ("en" or "nb"; default "en"). */
  locale: z._default(z.enum(LOCALES), DEFAULT_LOCALE),
});

// The types callers write are documented in inputTypes.ts (what each field means, its default),
// and parsedTypes.ts builds what parsing returns from them; inputTypesAgree.ts proves both equal
// to these schemas' types.
export type {
  Gender,
  Role,
  Relation,
  PatientSetting,
  Expectation,
  Location,
  CandidateInput,
  VenueInput,
  StarterInput,
  ExistingGroupInput,
  Distance,
  PolicyInput,
  ComposeInput,
  ComposeOptionsInput,
} from "./inputTypes.js";
export type { Candidate, Venue, Starter, ExistingGroup, Policy, Problem, ComposeOptions } from "./parsedTypes.js";

