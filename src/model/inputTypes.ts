/**
 * What an app writes for `compose`, as plain documented object types, so an editor shows every
 * field's meaning and default (a type inferred from a schema shows `ZodDefault<ZodNumber>`).
 * Type aliases, not interfaces: like the inferred types they replace, they stay assignable to
 * `Record<string, unknown>`. The schemas in `schemas.ts` stay the contract: `inputTypesAgree.ts`
 * does not compile when a type here differs from its schema's input type, and
 * `test/model/inputTypesAreDocumented.test.ts` walks the schemas and fails when a field has no
 * doc here or its `@defaultValue` is not the schema's default. What parsing returns is in
 * `parsedTypes.ts`.
 */
import type { MipSolver } from "../exact/mipSolver.js";
import type { Locale } from "./locale.js";
import type { PolicyInput } from "./policyInput.js";
import type { Progress } from "./schemas.js";

export type { PolicyInput } from "./policyInput.js";

/** A candidate's gender, when recorded. */
export type Gender = "female" | "male" | "other";
/** Whom a group is for: the affected person, a relative, the bereaved or a survivor. */
export type Role = "self" | "relative" | "bereaved" | "survivor";
/** A relative's relation to the ill or dead person. */
export type Relation = "partner" | "parent" | "child" | "sibling" | "other";
/** Where the ill person lives. */
export type PatientSetting = "home" | "institution";
/** What someone wants from a group: personal change, change and practical exchange combined, or a social meeting place. */
export type Expectation = "change" | "combined" | "social";

/** Where someone lives or a venue is: a municipality, with coordinates for distances. */
export type Location = {
  /** The municipality (a label: compared case-insensitively, spaces and underscores read as `-`). */
  municipality: string;
  /** Latitude in degrees (-90 to 90); with `lon`, distances are great-circle, else by municipality and `distances`. */
  lat?: number;
  /** Longitude in degrees (-180 to 180). */
  lon?: number;
};

/** A person who wants a group, as written by the caller. Every field but `id` is optional. */
export type CandidateInput = {
  /** A pseudonymous id, unique in the pool (at most 256 characters); never a name or a national identity number, which is refused. */
  id: string;
  /** Age in whole years (0-130). Needed to join a new group: without it the person waits (`age_unknown`). */
  age?: number;
  /** Absent: undisclosed, its own value in a single-gender group and no gender in a mix (RULES.md, "Not recorded"). */
  gender?: "female" | "male" | "other";
  /** The problem area, e.g. `"dementia"` (a label). Absent: fits any group's problem area. */
  problem?: string;
  /** Whom the group is for: the affected person (`"self"`), a relative, the bereaved or a survivor. Absent counts as `"self"`. */
  role?: "self" | "relative" | "bereaved" | "survivor";
  /** A relative's relation to the ill (or dead) person; relatives of one relation meet together (`policy.relatives`). Absent: fits any. */
  relation?: "partner" | "parent" | "child" | "sibling" | "other";
  /** Where the ill person lives, for relatives (`policy.relatives.byPatientSetting`). Absent: fits either. */
  patientSetting?: "home" | "institution";
  /** The disaster the person was affected by (a label). Absent: not affected by a disaster, never grouped with someone who was. */
  event?: string;
  /** Where the person lives. Absent: they can reach no venue or municipality, so they wait. */
  location?: Location;
  /**
   * How far the person will travel, in km (0-20,000).
   * @defaultValue the policy's `travel.defaultMaxKm`
   */
  maxTravelKm?: number;
  /** The weekly slots the person can make, e.g. `["tue-evening"]` (labels). Absent: any slot. */
  availability?: string[];
  /** What the meeting place must offer them, e.g. `["step-free"]` (labels, matched against a venue's `offers`). */
  needs?: string[];
  /** What they want from the group: personal change, change and practical exchange combined, or a social meeting place. Absent counts for nothing. */
  expectation?: "change" | "combined" | "social";
  /** Ids of candidates this person knows; two people who know each other are never in one group (`policy.keepApart`). */
  knows?: string[];
  /** Ids of candidates who must be in the same group or wait with this person (a couple, a family). */
  together?: string[];
  /** When they joined the waitlist (`YYYY-MM-DD`); the longer they have waited, the sooner they are placed (`policy.weights.waitingPerYear`). */
  waitingSince?: string;
};

/** A neutral meeting place, as written by the caller. */
export type VenueInput = {
  /** The venue's id, unique among venues (same rules as a candidate's id). */
  id: string;
  /** Where the venue is. */
  location: Location;
  /** The weekly slots it is open in (labels). Absent: any slot. */
  slots?: string[];
  /** What it offers, e.g. `["step-free"]` (labels): it can host only people whose `needs` it all offers. */
  offers?: string[];
  /** The most members one group there may have (1-1,000). Absent: no limit beyond the group size. */
  capacity?: number;
  /**
   * How many groups can meet there in the same slot (1-100).
   * @defaultValue `1`
   */
  rooms?: number;
};

/** A starter (igangsetter) who attends a new group's first meetings, as written by the caller. */
export type StarterInput = {
  /** The starter's id, unique among starters (same rules as a candidate's id). */
  id: string;
  /** Where the starter lives. */
  location: Location;
  /**
   * How far the starter will travel, in km (0-20,000).
   * @defaultValue the policy's `travel.defaultMaxKm`
   */
  maxTravelKm?: number;
  /** The weekly slots the starter can make (labels). Absent: any slot. */
  availability?: string[];
  /** The problem areas the starter has lived through (labels), for `policy.starters.requireSharedExperience`. Absent: none. */
  experience?: string[];
  /**
   * How many groups the starter can start at once (1-50), never two in one slot.
   * @defaultValue `1`
   */
  maxGroups?: number;
};

/** A group that already meets, as written by the caller. Its members are kept; a closed group takes nobody new. */
export type ExistingGroupInput = {
  /** The group's id, unique among existing groups. */
  id: string;
  /** Its members' candidate ids (1-1,000); each must be in `candidates`, and stays in this group. */
  members: string[];
  /** The weekly slot it meets in (a label), which it keeps. */
  slot?: string;
  /** The id of the venue it meets at, which it keeps. */
  venue?: string;
  /** The municipality it meets in, when there are no venues (a label). */
  municipality?: string;
  /**
   * Whether the group takes nobody new; an open group (`false`) may receive members up to `policy.groupSize.max`.
   * @defaultValue `true`
   */
  closed?: boolean;
};

/** The distance between two municipalities, used when coordinates are missing. */
export type Distance = {
  /** One municipality (a label). */
  from: string;
  /** The other municipality (a label); the distance holds in both directions. */
  to: string;
  /** Straight-line or road distance in km (0-20,000). */
  km: number;
};

/** What the caller passes to `compose`, `composeAsync`, `validate` and `check`: the people, places and rules. */
export type ComposeInput = {
  /** Everyone on the list, at most 50,000 (`MAX_CANDIDATES`); each ends up in one group or on the waitlist. */
  candidates: CandidateInput[];
  /** The rules and weights; every field has a default from the guidance, so it may be left out. */
  policy?: PolicyInput;
  /**
   * Where groups can meet. Without venues a group meets in the municipality of one of its members.
   * @defaultValue `[]`
   */
  venues?: VenueInput[];
  /**
   * People who can start new groups; needed when `policy.starters.min` is 1 or more.
   * @defaultValue `[]`
   */
  starters?: StarterInput[];
  /**
   * Groups that already meet: their members stay, and open ones may take new members.
   * @defaultValue `[]`
   */
  groups?: ExistingGroupInput[];
  /**
   * Distances between municipalities, for places without coordinates; an unknown distance is unreachable.
   * @defaultValue `[]`
   */
  distances?: Distance[];
};

/** How `compose` runs: seeded, bounded by time and work, abortable. Every field is optional. */
export type ComposeOptionsInput = {
  /**
   * Seed of the search (an integer, 0 to 2^32 - 1): the same input, seed and `maxIterations`
   * give the same result byte for byte (apart from `stats.elapsedMs`).
   * @defaultValue `1`
   */
  seed?: number;
  /**
   * The whole call's time limit in ms (0-3,600,000), parsing and checking included; a first composition is always completed.
   * @defaultValue `2000`
   */
  timeLimitMs?: number;
  /** A work bound on the search: runs bounded by work are reproducible, runs cut by the clock may differ. Absent: no bound. */
  maxIterations?: number;
  /**
   * `"auto"`: the search, then the exact method on small pools for a proof; `"exact"`: the same on
   * larger pools with all the time left; `"search"`: the search only.
   * @defaultValue `"auto"`
   */
  method?: "auto" | "exact" | "search";
  /**
   * The MIP solver for methods `"auto"` and `"exact"`, e.g. `await loadHighsSolver()`.
   * @defaultValue the bundled javascript-lp-solver (`javascriptLpSolver`)
   */
  mipSolver?: MipSolver;
  /**
   * Stop once the search stops improving, before the time limit; `false` searches until a limit.
   * @defaultValue `true`
   */
  stopWhenIdle?: boolean;
  /**
   * Recompute the score from scratch after every move and throw on any drift (slow; for tests).
   * @defaultValue `false`
   */
  assert?: boolean;
  /**
   * Stops the search when aborted; the best composition so far is returned (`stats.stoppedBy: "signal"`).
   * `compose` is synchronous, so it sees an abort made before the call or from inside `onProgress`;
   * to cancel from outside, use `composeAsync` from `sammen/worker`.
   */
  signal?: AbortSignal;
  /** Called as each phase starts, about every 100 ms while the search runs, and once at the end (`phase: "done"`). */
  onProgress?: (progress: Progress) => void;
  /**
   * The clock, in ms, for the time limit and `elapsedMs`; it never steers the search (for tests).
   * @defaultValue `performance.now()`
   */
  now?: () => number;
  /**
   * The language of every text the run writes: waitlist reasons, suggestions, warnings and issues.
   * @defaultValue `"en"`
   */
  locale?: Locale;
};
