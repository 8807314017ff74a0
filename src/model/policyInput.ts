/**
 * The policy as an app writes it, documented field by field (its default from the guidance on
 * self-help groups): the largest of the input types of `inputTypes.ts`, kept apart for its size.
 */

/**
 * Every rule and weight, as written by the caller. Every field is optional, with a default taken
 * from the guidance on self-help groups, so `{}` is the recommended policy; RULES.md (in the
 * package) states each rule exactly.
 */
export type PolicyInput = {
  /** Group size: fewer than 4 is fragile, more than 8 leaves too little room (RULES.md 1). */
  groupSize?: {
    /**
     * The fewest members a new group may have (2-100).
     * @defaultValue `4`
     */
    min?: number;
    /**
     * The most members any group may have (2-100).
     * @defaultValue `8`
     */
    max?: number;
    /**
     * The size the objective aims for (2-100); every member more or fewer costs `weights.sizeFromPreferred`.
     * @defaultValue `6`
     */
    preferred?: number;
  };
  /** Age: adults only, and the span within a group stays within one generation (RULES.md 2). */
  age?: {
    /**
     * The youngest age a new member may have; younger people wait (`below_minimum_age`).
     * @defaultValue `18`
     */
    minimum?: number;
    /** The oldest age a new member may have; older people wait (`above_maximum_age`). Absent: no maximum. */
    maximum?: number;
    /**
     * The largest difference in years between a group's oldest and youngest member.
     * @defaultValue `15`
     */
    maxSpan?: number;
  };
  /** Gender: mixed groups where possible, single-gender where the problem area needs it (RULES.md 5, 16). */
  gender?: {
    /**
     * `"prefer"` rewards a mixed group (`weights.genderMix`); `"require"` makes at least two
     * recorded genders a hard rule for every group that may mix (some programmes require it);
     * `"ignore"` does neither.
     * @defaultValue `"prefer"`
     */
    mix?: "prefer" | "require" | "ignore";
    /**
     * Problem areas whose groups hold one gender only (labels).
     * @defaultValue `["breast-cancer", "sexual-abuse"]`
     */
    singleGenderProblems?: string[];
  };
  /** Problem areas: shared-problem groups by default (RULES.md 3, 4). */
  problem?: {
    /**
     * `"shared"`: a group holds one recorded problem area; `"cross"`: areas may mix, except the `neverMix` pairs.
     * @defaultValue `"shared"`
     */
    mode?: "shared" | "cross";
    /**
     * Pairs of problem areas (labels) never in one group, whatever `mode` is.
     * @defaultValue `[]`
     */
    neverMix?: [string, string][];
  };
  /** Roles: affected people, relatives, the bereaved and survivors meet apart (RULES.md 6). */
  roles?: {
    /**
     * Whether a group holds one role only; an absent role is `"self"`.
     * @defaultValue `true`
     */
    separate?: boolean;
  };
  /** Relatives are grouped by their relation to the ill person, and by where that person lives (RULES.md 7, 8). */
  relatives?: {
    /**
     * The roles these rules apply to: the bereaved are relatives of the dead, and the relation
     * matters for them too. An absent role counts as `"self"`.
     * @defaultValue `["relative", "bereaved"]`
     */
    roles?: ("self" | "relative" | "bereaved" | "survivor")[];
    /**
     * Whether such people meet only with others of the same recorded `relation` (partners with partners).
     * @defaultValue `true`
     */
    byRelation?: boolean;
    /**
     * Whether such people meet only with others of the same recorded `patientSetting` (home or
     * institution): `true` for every problem area, `false` for none, or the problem areas it
     * applies to (the guidance names it the key divide for stroke relatives).
     * @defaultValue `["stroke"]`
     */
    byPatientSetting?: boolean | string[];
  };
  /** Disaster support groups are built on one shared event (RULES.md 9). */
  events?: {
    /**
     * Whether a group holds people of one `event` only; people without an event meet only each other.
     * @defaultValue `true`
     */
    shared?: boolean;
  };
  /**
   * Whether people who know each other (`knows`, either way) are kept out of one group (RULES.md 10).
   * @defaultValue `true`
   */
  keepApart?: boolean;
  /** Every group meets in one weekly slot all its members can make (RULES.md 12). */
  slots?: {
    /**
     * Whether every group needs such a slot.
     * @defaultValue `true`
     */
    required?: boolean;
    /** The slots groups may meet in (labels). Absent: every slot named in the input (availability, venue slots, existing groups). */
    offered?: string[];
  };
  /** How far people travel when they have not said (RULES.md 14). */
  travel?: {
    /**
     * The `maxTravelKm`, in km, of candidates and starters who give none.
     * @defaultValue `30`
     */
    defaultMaxKm?: number;
  };
  /** Starters per new group: ideally two (RULES.md 15). */
  starters?: {
    /**
     * The fewest starters a new group needs (0-10); `0` lets groups start without one.
     * @defaultValue `0`
     */
    min?: number;
    /**
     * The most starters a new group is given (0-10).
     * @defaultValue `2`
     */
    max?: number;
    /**
     * Whether a group's starters must have the members' problem areas among their `experience`.
     * @defaultValue `false`
     */
    requireSharedExperience?: boolean;
  };
  /**
   * The date waiting time is counted to (`YYYY-MM-DD`).
   * @defaultValue the latest `waitingSince` in the pool
   */
  asOf?: string;
  /**
   * Objective weights, in priority order: placing people first, then group quality. The result's
   * `score` gives each term, so a coordinator can see why one composition beat another.
   */
  weights?: {
    /**
     * Gained for each person placed in a group (0-1,000,000).
     * @defaultValue `1000`
     */
    placed?: number;
    /**
     * Gained per year a placed person has waited, so the longest-waiting are placed first.
     * @defaultValue `200`
     */
    waitingPerYear?: number;
    /**
     * Lost per year between a group's oldest and youngest member.
     * @defaultValue `4`
     */
    ageSpan?: number;
    /**
     * Gained by a group of two or more recorded genders, with `gender.mix` `"prefer"`.
     * @defaultValue `30`
     */
    genderMix?: number;
    /**
     * Lost for each member whose recorded `expectation` differs from the group's most common one.
     * @defaultValue `10`
     */
    expectation?: number;
    /**
     * Lost per member a group is above or below `groupSize.preferred`.
     * @defaultValue `20`
     */
    sizeFromPreferred?: number;
    /**
     * Lost per km the members of a group travel, in total.
     * @defaultValue `0.5`
     */
    travelKm?: number;
  };
};
