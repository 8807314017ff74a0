import * as z from "zod";
import type { MipSolver } from "../exact/mipSolver.js";
import { normaliseLabel } from "./label.js";
import { DEFAULT_LOCALE, LOCALES } from "./locale.js";
import { hasInvisibleCharacter, isWellFormedText, looksLikePersonalNumber, type TextRuleCode } from "./textRules.js";

/** Hard cap on pool size, enforced before any per-candidate work. */
export const MAX_CANDIDATES = 50_000;

const ID_MAX = 256;
const LABEL_MAX = 200;

/** Issue params naming one of our text rules; `validate` turns them into that issue code. */
const textRule = (code: TextRuleCode) => ({ params: { textRule: code } });

/**
 * A pseudonymous identifier: compared exactly, never normalised (duplicates are still found
 * after NFC). Must be well-formed Unicode, must not look like a national identity number in any
 * spelling, and must hold no invisible format or bidi control character.
 * Over-long strings are already rejected by `max`, so the rules skip them rather than scan megabytes.
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(ID_MAX)
  .refine((id) => id.length > ID_MAX || isWellFormedText(id), textRule("malformed_unicode"))
  .refine((id) => id.length > ID_MAX || !looksLikePersonalNumber(id), textRule("looks_like_personal_number"))
  .refine((id) => id.length > ID_MAX || !hasInvisibleCharacter(id), textRule("invisible_character"));

/**
 * A category label (problem area, slot, municipality, need, event):
 * compared case-insensitively, with runs of spaces/underscores read as one hyphen.
 * Labels are echoed into results, so one holding a national identity number is refused.
 */
export const LabelSchema = z
  .string()
  .min(1)
  .max(LABEL_MAX)
  .refine((label) => label.length > LABEL_MAX || isWellFormedText(label), textRule("malformed_unicode"))
  .refine((label) => label.length > LABEL_MAX || !looksLikePersonalNumber(label), textRule("looks_like_personal_number"))
  .transform(normaliseLabel);

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
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});

/** A person who wants a group. Every field but `id` is optional. */
export const CandidateSchema = z.strictObject({
  id: IdSchema,
  age: z.number().int().min(0).max(130).optional(),
  gender: GenderSchema.optional(),
  problem: LabelSchema.optional(),
  role: RoleSchema.optional(),
  relation: RelationSchema.optional(),
  patientSetting: PatientSettingSchema.optional(),
  event: LabelSchema.optional(),
  location: LocationSchema.optional(),
  maxTravelKm: z.number().min(0).max(20_000).optional(),
  availability: z.array(LabelSchema).max(200).optional(),
  needs: z.array(LabelSchema).max(50).optional(),
  expectation: ExpectationSchema.optional(),
  knows: z.array(IdSchema).max(1_000).optional(),
  together: z.array(IdSchema).max(50).optional(),
  waitingSince: DateSchema.optional(),
});

/** A neutral meeting place. `rooms` groups can meet there in the same slot. */
export const VenueSchema = z.strictObject({
  id: IdSchema,
  location: LocationSchema,
  slots: z.array(LabelSchema).max(200).optional(),
  offers: z.array(LabelSchema).max(50).optional(),
  capacity: z.number().int().min(1).max(1_000).optional(),
  rooms: z.number().int().min(1).max(100).default(1),
});

/** A starter (igangsetter) who attends a new group's first meetings. */
export const StarterSchema = z.strictObject({
  id: IdSchema,
  location: LocationSchema,
  maxTravelKm: z.number().min(0).max(20_000).optional(),
  availability: z.array(LabelSchema).max(200).optional(),
  experience: z.array(LabelSchema).max(50).optional(),
  maxGroups: z.number().int().min(1).max(50).default(1),
});

/** A group that already meets. Its members are kept; a closed group takes nobody new. */
export const ExistingGroupSchema = z.strictObject({
  id: IdSchema,
  members: z.array(IdSchema).min(1).max(1_000),
  slot: LabelSchema.optional(),
  venue: IdSchema.optional(),
  municipality: LabelSchema.optional(),
  closed: z.boolean().default(true),
});

/** Straight-line or road distance between two municipalities, used when coordinates are missing. */
export const DistanceSchema = z.strictObject({
  from: LabelSchema,
  to: LabelSchema,
  km: z.number().min(0).max(20_000),
});

const WeightSchema = z.number().min(0).max(1e6);

/** Every rule and weight, each defaulting to the guidance in DOMAIN.md. */
export const PolicySchema = z.strictObject({
  /** Fewer than 4 is fragile, more than 8 leaves too little room (001; 003 §6.2). */
  groupSize: z
    .strictObject({
      min: z.number().int().min(2).max(100).default(4),
      max: z.number().int().min(2).max(100).default(8),
      preferred: z.number().int().min(2).max(100).default(6),
    })
    .prefault({}),
  /** Adults only; the span stays within one generation (001 "Alder"; 003 §8). */
  age: z
    .strictObject({
      minimum: z.number().int().min(0).max(130).default(18),
      maximum: z.number().int().min(0).max(130).optional(),
      maxSpan: z.number().int().min(0).max(130).default(15),
    })
    .prefault({}),
  /**
   * Mixed groups where possible; single-gender where the problem area needs it (001 "Kvinner og
   * menn"; 003 §6.3.2). `mix`: `"prefer"` rewards a mixed group (default), `"require"` makes at
   * least two recorded genders a hard rule for every group that may mix (RULES.md 16; some
   * programmes require it), `"ignore"` does neither.
   */
  gender: z
    .strictObject({
      mix: z.enum(["prefer", "require", "ignore"]).default("prefer"),
      singleGenderProblems: z.array(LabelSchema).max(200).default(["breast-cancer", "sexual-abuse"]),
    })
    .prefault({}),
  /** Shared-problem groups by default; cross-problem groups may still never mix listed pairs. */
  problem: z
    .strictObject({
      mode: z.enum(["shared", "cross"]).default("shared"),
      neverMix: z.array(z.tuple([LabelSchema, LabelSchema])).max(10_000).default([]),
    })
    .prefault({}),
  /** Affected people and relatives meet in separate groups unless this is off; an absent role is `"self"` (RULES.md 6). */
  roles: z.strictObject({ separate: z.boolean().default(true) }).prefault({}),
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
  relatives: z
    .strictObject({
      roles: z.array(RoleSchema).max(4).default(["relative", "bereaved"]),
      byRelation: z.boolean().default(true),
      byPatientSetting: z.union([z.boolean(), z.array(LabelSchema).max(200)]).default(["stroke"]),
    })
    .prefault({}),
  /**
   * Disaster support groups are built on one shared event (000). A person without an event is
   * "not affected by a disaster", a value of its own: never with someone who has one (RULES.md 9).
   */
  events: z.strictObject({ shared: z.boolean().default(true) }).prefault({}),
  /** People who know each other are never in the same group (003 §6.3.2). */
  keepApart: z.boolean().default(true),
  /** Every group meets in one weekly slot all its members can make (001; 003 §8). */
  slots: z
    .strictObject({
      required: z.boolean().default(true),
      offered: z.array(LabelSchema).max(200).optional(),
    })
    .prefault({}),
  /** How far people travel when they have not said. */
  travel: z.strictObject({ defaultMaxKm: z.number().min(0).max(20_000).default(30) }).prefault({}),
  /** Starters per new group (ideally two, 003 §2.3); `min` 0 means groups may start without one. */
  starters: z
    .strictObject({
      min: z.number().int().min(0).max(10).default(0),
      max: z.number().int().min(0).max(10).default(2),
      requireSharedExperience: z.boolean().default(false),
    })
    .prefault({}),
  /** Reference date for waiting time; defaults to the latest `waitingSince` in the pool. */
  asOf: DateSchema.optional(),
  /** Objective weights, in priority order: placing people first, then group quality. */
  weights: z
    .strictObject({
      placed: WeightSchema.default(1_000),
      waitingPerYear: WeightSchema.default(200),
      ageSpan: WeightSchema.default(4),
      genderMix: WeightSchema.default(30),
      expectation: WeightSchema.default(10),
      sizeFromPreferred: WeightSchema.default(20),
      travelKm: WeightSchema.default(0.5),
    })
    .prefault({}),
});

/** Everything `compose` takes about the people, places and rules. */
export const ComposeInputSchema = z.strictObject({
  candidates: z.array(CandidateSchema).max(MAX_CANDIDATES),
  policy: PolicySchema.prefault({}),
  venues: z.array(VenueSchema).max(10_000).default([]),
  starters: z.array(StarterSchema).max(10_000).default([]),
  groups: z.array(ExistingGroupSchema).max(10_000).default([]),
  distances: z.array(DistanceSchema).max(1_000_000).default([]),
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
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
  timeLimitMs: z.number().min(0).max(3_600_000).default(2_000),
  maxIterations: z.number().int().min(0).optional(),
  method: z.enum(["auto", "exact", "search"]).default("auto"),
  /** The MIP solver for "auto" and "exact" (default: the bundled javascript-lp-solver); e.g. `await loadHighsSolver()`. */
  mipSolver: z.custom<MipSolver>((v) => typeof v === "object" && v !== null && typeof (v as { solve?: unknown }).solve === "function" && typeof (v as { name?: unknown }).name === "string").optional(),
  /** Stop once the search stops improving, before the time limit (default true); false searches until a limit. */
  stopWhenIdle: z.boolean().default(true),
  /** Recompute the score from scratch after every move and throw on drift (slow; for tests). */
  assert: z.boolean().default(false),
  signal: z.custom<AbortSignal>((v) => typeof AbortSignal !== "undefined" && v instanceof AbortSignal).optional(),
  onProgress: z.custom<(progress: Progress) => void>((v) => typeof v === "function").optional(),
  /** Clock used for time limits and elapsed time; injectable so tests can control it. */
  now: z.custom<() => number>((v) => typeof v === "function").optional(),
  /** The language of every text the run writes: waitlist reasons, suggestions, warnings, issues ("en" or "nb"; default "en"). */
  locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
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

