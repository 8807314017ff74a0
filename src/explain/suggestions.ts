import type { CompiledPool } from "../compile/compilePool.js";
import type { SuggestedGroup, Suggestion, WaitReasonCode } from "../model/result.js";
import type { ExplainTexts, RelaxableRule } from "./messages.js";
import type { PeerIndex } from "./peers.js";
import type { Compatible, Plan, PlanAllowance, Planner } from "./plans.js";
import { GUIDED_MIN_SIZE, suggestionText } from "./suggestionText.js";


/**
 * The pair rules a coordinator may relax, and whether the relaxation goes against the guidance
 * its default comes from (DOMAIN.md: one generation, relation and setting, one event, affected
 * and relatives apart; cross-problem groups and never-mix pairs are the coordinator's own choice).
 */
const AGAINST_GUIDANCE: Record<RelaxableRule, boolean> = {
  "age.maxSpan": true,
  "problem.mode": false,
  "problem.neverMix": false,
  "roles.separate": true,
  "relatives.byRelation": true,
  "relatives.byPatientSetting": true,
  "events.shared": true,
};

function isRelaxable(rule: string): rule is RelaxableRule {
  return Object.prototype.hasOwnProperty.call(AGAINST_GUIDANCE, rule);
}

/** A suggestion before its text: the change, and the plan of the group it lets start. */
type Change = Omit<Suggestion, "message" | "group" | "count" | "like" | "oneOfGender">;

/**
 * Writes the suggestions for one waiting person, each backed by a plan: the group that the change
 * (with the people and starters it also asks for) would let start beside the result's groups. A
 * change no plan backs is not suggested.
 */
export class Suggester {
  private readonly relaxedTests = new Map<string, Compatible>();

  constructor(
    private readonly pool: CompiledPool,
    private readonly peers: PeerIndex,
    private readonly planner: Planner,
    private readonly texts: ExplainTexts,
  ) {}

  /** No place they reach meets their needs, or none is open in their slots: a new venue where `near` lives. */
  newVenue(like: number, unit: readonly number[], near: number, obstacle: WaitReasonCode): Suggestion[] {
    const { pool } = this;
    const home = pool.problem.candidates[near]!.location;
    if (!pool.meeting.placesAreVenues || home === undefined) return [];
    // The unit meets where `near` lives: all of them must live there too.
    if (unit.some((m) => JSON.stringify(pool.problem.candidates[m]!.location) !== JSON.stringify(home))) return [];
    const slot = this.slotFor(unit);
    if (slot === undefined) return [];
    const plan = this.planner.alone(unit, this.peers.all);
    if (plan === null) return [];
    const offers = [...new Set(unit.flatMap((m) => pool.problem.candidates[m]!.needs ?? []))].sort();
    const group: SuggestedGroup = { members: this.ids(plan.members), venue: null, municipality: home.municipality, slot, starters: [] };
    return [this.write({ kind: "add_venue", near: pool.ids[near]!, offers, ...this.starters(plan) }, plan, like, obstacle, group)];
  }

  /**
   * A venue they reach that meets their needs, opened in one more slot they can make: the venue and
   * slot whose group needs the fewest more people. Venues only: without them the slots are the pool's.
   */
  newSlot(like: number, unit: readonly number[]): Suggestion[] {
    const { meeting } = this.pool;
    if (!meeting.placesAreVenues || meeting.slots[0] === null) return [];
    let best: Plan | null = null;
    for (let p = 0; p < meeting.places.length; p++) {
      const place = meeting.places[p]!;
      // Cheap test first: every member of the unit must reach the venue at all.
      if (!unit.every((m) => meeting.reaches(m, p))) continue;
      for (let slot = 0; slot < meeting.slots.length; slot++) {
        if (place.slots.includes(slot)) continue;
        const plan = this.planner.atNewSlot(unit, p, slot, this.compatible());
        if (plan !== null && (best === null || byFewestMore(plan, best) < 0)) best = plan;
        if (best !== null && unbeatable(best)) break;
      }
      if (best !== null && unbeatable(best)) break;
    }
    if (best === null) return [];
    const venue = meeting.places[meeting.placeOf(best.option)]!.id!;
    const slot = meeting.slots[meeting.slotOf(best.option)]!;
    return [this.write({ kind: "add_slot", venue, slot, ...this.starters(best) }, best, like)];
  }

  /** No starter can start a group at their options: new starters for the best plain option. */
  newStarter(like: number, unit: readonly number[], options: Iterable<number>): Suggestion[] {
    const { meeting } = this.pool;
    const plain = [...new Set(Array.from(options, (o) => meeting.plainOf(o)))];
    const plan = this.best(unit, plain, this.compatible());
    return plan === null ? [] : [this.write({ kind: "add_starter", ...this.starters(plan) }, plan, like)];
  }

  /** Too few compatible people anywhere: more of them, a relaxed pair rule, or a smaller minimum size. */
  shortage(like: number, unit: readonly number[], openable: readonly number[]): Suggestion[] {
    const out: Suggestion[] = [];
    const all = this.compatible();
    // One growth per option serves both the people asked for and the smaller minimum.
    const grown = openable.map((o) => this.planner.variants(unit, o, all, [{}, { copies: false, minSize: 2 }]));
    const more = pick(grown.map((v) => v[0]!), byFewestMore);
    if (more !== null) out.push(this.morePeople(more, like));
    else out.push(...this.roomFor(like, unit, openable));
    // Only a rule that alone keeps someone at an option from them can, relaxed, bring anyone in there.
    const alone = openable.map((o) => this.peers.rulesKeepingOneOut(unit, o));
    for (const rule of this.pool.pairRules) {
      if (!isRelaxable(rule.id)) continue;
      const options = openable.filter((_, k) => alone[k]!.has(rule.id));
      const plan = options.length === 0 ? null : this.best(unit, options, this.compatible(rule.id), { copies: false });
      if (plan === null) continue;
      const to = rule.id === "age.maxSpan" ? this.ageSpan(plan.members) : undefined;
      if (to !== undefined && to <= this.pool.problem.policy.age.maxSpan) continue;
      out.push(this.write({ kind: "relax_rule", rule: rule.id, ...(to === undefined ? {} : { to }), againstGuidance: AGAINST_GUIDANCE[rule.id] }, plan, like));
    }
    const smaller = pick(grown.map((v) => v[1]!), (a, b) => b.members.length - a.members.length);
    if (smaller !== null && smaller.members.length < this.pool.sizeMin) {
      const to = smaller.members.length;
      out.push(this.write({ kind: "relax_rule", rule: "groupSize.min", to, againstGuidance: to < GUIDED_MIN_SIZE }, smaller, like));
    }
    return out;
  }

  /**
   * Enough people, but the rooms or starters of every such option are taken: one more room, a
   * starter, or (where both are taken) a room with new starters, whichever group needs the fewest more people.
   */
  taken(like: number, unit: readonly number[], enough: readonly number[], room: (option: number) => boolean): Suggestion[] {
    const { meeting } = this.pool;
    const out: Suggestion[] = this.roomFor(like, unit, enough.filter(room));
    const plain = [...new Set(enough.map((o) => meeting.plainOf(o)))];
    const starter = this.best(unit, plain, this.compatible());
    if (starter !== null) out.push(this.write({ kind: "add_starter", ...this.starters(starter) }, starter, like));
    if (out.length > 0) return out;
    const both = this.best(unit, plain, this.compatible(), { roomAdded: true });
    if (both === null) return [];
    const venue = meeting.places[meeting.placeOf(both.option)]!.id;
    return venue === null ? [] : [this.write({ kind: "add_room", venue, rooms: 1 + both.ahead, ...this.starters(both) }, both, like)];
  }

  /** They lost out: the people still waiting at their best free option, and the few more a group of them needs. */
  lostOut(like: number, unit: readonly number[], enough: readonly number[]): Suggestion[] {
    const plan = this.best(unit, enough, this.compatible());
    if (plan === null) return [];
    // A group the waiting could form alone still asks for one more, so the change is real.
    const asked = plan.count > 0 ? plan : { ...plan, count: 1 };
    const cap = Math.min(this.pool.sizeMax, this.pool.meeting.places[this.pool.meeting.placeOf(plan.option)]!.capacity);
    return asked.members.length + asked.count > cap ? [] : [this.morePeople(asked, like)];
  }

  /** Where every option's room is taken too: one more room, with the people the group needs. */
  private roomFor(like: number, unit: readonly number[], options: readonly number[]): Suggestion[] {
    const { meeting } = this.pool;
    const plan = this.best(unit, options, this.compatible(), { roomAdded: true });
    const venue = plan === null ? null : meeting.places[meeting.placeOf(plan.option)]!.id;
    return plan === null || venue === null ? [] : [this.write({ kind: "add_room", venue, rooms: 1 + plan.ahead }, plan, like)];
  }

  private morePeople(plan: Plan, like: number): Suggestion {
    const venue = this.pool.meeting.places[this.pool.meeting.placeOf(plan.option)]!.id;
    return this.write({ kind: "more_candidates", ...(venue === null ? {} : { venue }) }, plan, like);
  }

  /** The plan needing the fewest more people, then with the fewest longer-waiting rivals for it (then the first option), or null when no option has one. */
  private best(unit: readonly number[], options: readonly number[], compatible: Compatible, allow: PlanAllowance = {}): Plan | null {
    let best: Plan | null = null;
    for (const o of options) {
      const plan = this.planner.at(unit, o, compatible, allow);
      if (plan !== null && (best === null || byFewestMore(plan, best) < 0)) best = plan;
      // No later option can beat a group that needs nobody more and serves nobody first.
      if (best !== null && unbeatable(best)) break;
    }
    return best;
  }

  /** The pool's pair rules, all of them or all but the one relaxed (made once per rule: plans ask them for every pair they try). */
  private compatible(relaxed?: string): Compatible {
    if (relaxed === undefined) return this.peers.all;
    let test = this.relaxedTests.get(relaxed);
    if (test === undefined) {
      const rules = this.pool.pairRules.filter((r) => r.id !== relaxed);
      const pair = (i: number, j: number): boolean => {
        for (const rule of rules) if (rule.conflicts(i, j)) return false;
        return true;
      };
      test = { pair, keyed: this.peers.sameKeys.keyedExcept(relaxed) };
      this.relaxedTests.set(relaxed, test);
    }
    return test;
  }

  /**
   * New starters for a group that has none: `starters.min` for it and for each group the people
   * who waited longer there would fill first (a composition serves them first), with its problem
   * areas where experience must be shared.
   */
  private starters(plan: Plan): Pick<Suggestion, "newStarters" | "experience"> {
    const { policy, candidates } = this.pool.problem;
    if (policy.starters.min === 0) return {};
    const newStarters = policy.starters.min * (1 + plan.ahead);
    if (!policy.starters.requireSharedExperience) return { newStarters };
    const experience = [...new Set(plan.members.flatMap((m) => candidates[m]!.problem ?? []))].sort();
    return { newStarters, experience };
  }

  /** A slot every member of the unit can make (the first of the universe), null when none binds, undefined when none fits. */
  private slotFor(unit: readonly number[]): string | null | undefined {
    const { slots } = this.pool.meeting;
    if (slots[0] === null) return null;
    return slots.find((s) => unit.every((m) => this.pool.problem.candidates[m]!.availability?.includes(s!) ?? true)) ?? undefined;
  }

  private ageSpan(members: readonly number[]): number {
    const ages = members.map((m) => this.pool.problem.candidates[m]!.age ?? 0);
    return Math.max(...ages) - Math.min(...ages);
  }

  private ids(members: readonly number[]): string[] {
    return members.map((m) => this.pool.ids[m]!);
  }

  /** The suggestion with its plan's group and people, and its text. */
  private write(change: Change, plan: Plan, like: number, obstacle?: WaitReasonCode, group?: SuggestedGroup): Suggestion {
    const { meeting } = this.pool;
    const people = plan.count === 0 ? {} : { count: plan.count, like: this.pool.ids[like]!, ...(plan.oneOfGender === null ? {} : { oneOfGender: plan.oneOfGender }) };
    const place = plan.option < 0 ? null : meeting.places[meeting.placeOf(plan.option)]!;
    const planned: SuggestedGroup = group ?? {
      members: this.ids(plan.members),
      venue: place!.id,
      municipality: place!.municipality,
      slot: meeting.slots[meeting.slotOf(plan.option)] ?? null,
      starters: meeting.teamOf(plan.option).map((k) => this.pool.problem.starters[k]!.id),
    };
    const suggestion = { ...change, ...people, group: planned };
    return { ...suggestion, message: suggestionText(suggestion, obstacle, this.texts) };
  }
}

/** Fewest more people asked for, then fewest longer-waiting rivals. */
function byFewestMore(a: Plan, b: Plan): number {
  return a.count - b.count || a.rivals - b.rivals;
}

/** Whether no plan can come before this one under `byFewestMore`. */
function unbeatable(plan: Plan): boolean {
  return plan.count === 0 && plan.rivals === 0;
}

/** The first plan no later one beats under `order`, or null when there is none. */
function pick(plans: readonly (Plan | null)[], order: (a: Plan, b: Plan) => number): Plan | null {
  let best: Plan | null = null;
  for (const plan of plans) if (plan !== null && (best === null || order(plan, best) < 0)) best = plan;
  return best;
}
