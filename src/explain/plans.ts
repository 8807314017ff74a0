import type { CompiledPool } from "../compile/compilePool.js";
import type { Gender } from "../model/schemas.js";
import type { PeerIndex } from "./peers.js";
import type { Compatible } from "./sameKeys.js";

export type { Compatible } from "./sameKeys.js";

/**
 * A group a suggestion promises: people waiting now who would meet at one option, and how many
 * more people like the person explained it still needs (one of them of `oneOfGender`).
 */
export interface Plan {
  option: number;
  /** Canonical indices, the person's unit first. */
  members: number[];
  count: number;
  oneOfGender: Gender | null;
  /** People waiting at the option, outside the plan, who waited longer than the person: who else a new group there would serve first. */
  rivals: number;
  /** The groups those people would fill first (at most the group's size each): what a new room or starter there serves before the person. */
  ahead: number;
}

/** What the change itself brings, so the plan need not find it in the pool or the result. */
export interface PlanAllowance {
  /** One more room at the option's venue comes with the change. */
  roomAdded?: boolean;
  /** People like the person may be asked for (false: the group must form from the waiting alone). */
  copies?: boolean;
  /** The smallest group the plan must reach, when the change lowers `groupSize.min`. */
  minSize?: number;
}

const GENDERS: readonly Gender[] = ["female", "male", "other"];
/** Keys of the waiting lists at a venue's slot it does not offer yet, apart from the options' own. */
const NEW_SLOT = -1_000_000_000;

/**
 * Grows the group a suggestion would let start, from the people waiting now: the person's unit,
 * then, longest waiting first, everyone at the option who may share a group with all of them
 * (someone of another gender first, where a mix is required), up to the most the group and the
 * place hold; then counts the people like the person it still needs. Each plan is one that the
 * independent checker accepts beside the result's groups once the change is made
 * (test/properties/followingASuggestionLetsThemStart.test.ts).
 */
export class Planner {
  private readonly mixRequired: boolean;
  private readonly waitingByKey = new Map<number, readonly number[]>();
  /** Per place, everyone free, waiting and alone in their unit who can reach it, longest waiting first (made on first use). */
  private reachers: readonly (readonly number[])[] | undefined;

  constructor(
    private readonly pool: CompiledPool,
    private readonly peers: PeerIndex,
    private readonly placed: Uint8Array,
    private readonly held: Int32Array,
  ) {
    this.mixRequired = pool.problem.policy.gender.mix === "require";
  }

  /** Whether every resource of the option has room for one more group (a room may come with the change). */
  free(option: number, roomAdded = false): boolean {
    const { meeting } = this.pool;
    for (const r of meeting.resourcesOf(option)) {
      if (this.held[r]! < meeting.resourceCapacity[r]!) continue;
      if (!(roomAdded && r < meeting.roomResourceCount)) return false;
    }
    return true;
  }

  /** The group the person's unit would start at `option`, or null when none can. */
  at(unit: readonly number[], option: number, compatible: Compatible, allow: PlanAllowance = {}): Plan | null {
    return this.variants(unit, option, compatible, [allow])[0]!;
  }

  /** `at` for several allowances (one `roomAdded` for all) at the cost of one: the group grows the same way for each. */
  variants(unit: readonly number[], option: number, compatible: Compatible, allows: readonly PlanAllowance[]): (Plan | null)[] {
    return this.grow(unit, option, this.waiting(option, () => this.peers.peopleAt(option)), compatible, allows);
  }

  /**
   * The group the unit would start at a venue (place index) if it also opened in a slot (slot
   * index) it does not offer: everyone waiting who can reach the venue, finds their needs met
   * there and can make the slot may join.
   */
  atNewSlot(unit: readonly number[], place: number, slot: number, compatible: Compatible): Plan | null {
    const { meeting, problem } = this.pool;
    const label = meeting.slots[slot]!;
    const venue = meeting.places[place]!;
    const served = (j: number): boolean => {
      const c = problem.candidates[j]!;
      return (c.needs ?? []).every((need) => venue.offers.has(need)) && (c.availability?.includes(label) ?? true);
    };
    if (!unit.every((j) => meeting.reaches(j, place) && served(j))) return null;
    const option = place * meeting.slots.length + slot;
    let waiting = this.waitingByKey.get(NEW_SLOT + option);
    if (waiting === undefined) {
      waiting = this.waitingReaching(place).filter(served);
      this.waitingByKey.set(NEW_SLOT + option, waiting);
    }
    return this.grow(unit, option, waiting, compatible, [{}])[0]!;
  }

  /** Free people waiting now, alone in their unit, who can reach a place, longest waiting first: every place's list made in one pass. */
  private waitingReaching(place: number): readonly number[] {
    if (this.reachers === undefined) {
      const { meeting } = this.pool;
      const lists: number[][] = meeting.places.map(() => []);
      const free = Array.from({ length: this.pool.n }, (_, j) => j).filter((j) => !this.pool.ineligible[j] && this.pool.pinnedTo[j]! < 0);
      // Person by person, so each place's list keeps the longest-waiting-first order.
      for (const j of this.waitingAmong(free)) for (const p of meeting.placesReached(j)) lists[p]!.push(j);
      this.reachers = lists;
    }
    return this.reachers[place]!;
  }

  /** People waiting now at an option (listed once per option and kept), alone in their unit, longest waiting first. */
  private waiting(key: number, people: () => readonly number[]): readonly number[] {
    let list = this.waitingByKey.get(key);
    if (list === undefined) {
      list = this.waitingAmong(people());
      this.waitingByKey.set(key, list);
    }
    return list;
  }

  /** Of `people`, those waiting now alone in their unit, longest waiting first (then by index). */
  private waitingAmong(people: readonly number[]): number[] {
    const { pool } = this;
    const list = people.filter((j) => this.placed[j] === 0 && pool.units[pool.unitOf[j]!]!.length === 1);
    return list.sort((a, b) => pool.waitYears[b]! - pool.waitYears[a]! || a - b);
  }

  /** The unit, then whoever of `waiting` fits (someone of another gender first, where a mix is required), completed. */
  private grow(unit: readonly number[], option: number, waiting: readonly number[], compatible: Compatible, allows: readonly PlanAllowance[]): (Plan | null)[] {
    const { pool } = this;
    const none = allows.map(() => null);
    if (!this.free(option, allows[0]?.roomAdded)) return none;
    const cap = Math.min(pool.sizeMax, pool.meeting.places[pool.meeting.placeOf(option)]!.capacity);
    if (unit.length > cap || !allAgree(unit, unit, compatible)) return none;
    const likely = this.peers.sameKeys.among(waiting, unit, compatible);
    const members = [...unit];
    if (members.length < cap && this.needsAnotherGender(members)) {
      const present = this.gendersOf(members);
      for (let k = 0, j = likely.at(0); j >= 0; j = likely.at(++k)) {
        const gender = this.recordedGender(j);
        if (gender === null || present.has(gender) || members.includes(j) || !agreesWithAll(members, j, compatible)) continue;
        members.push(j);
        break;
      }
    }
    for (let k = 0, j = likely.at(0); j >= 0 && members.length < cap; j = likely.at(++k)) {
      if (!members.includes(j) && agreesWithAll(members, j, compatible)) members.push(j);
    }
    const rivals = rivalsOf(waiting, members, pool.waitYears[unit[0]!]!, pool.waitYears);
    return allows.map((allow) => {
      const plan = this.completed([...members], option, cap, allow);
      return plan === null ? null : { ...plan, rivals, ahead: Math.ceil(rivals / cap) };
    });
  }

  /** The group the unit would start at a new venue where they live: the unit and people like the person explained. */
  alone(unit: readonly number[], compatible: Compatible): Plan | null {
    if (unit.length > this.pool.sizeMax || !allAgree(unit, unit, compatible)) return null;
    return this.completed([...unit], -1, this.pool.sizeMax, {});
  }

  /** A plan with the people like the person it still needs, or null when it cannot hold them (or may not ask for any). */
  private completed(members: number[], option: number, cap: number, allow: PlanAllowance): Plan | null {
    const { pool } = this;
    let count = Math.max(0, (allow.minSize ?? pool.sizeMin) - members.length);
    let oneOfGender: Gender | null = null;
    if (this.needsAnotherGender(members)) {
      const present = this.gendersOf(members);
      // The people asked for have the person's gender but one, so the members must bring one gender.
      if (present.size === 0) return null;
      oneOfGender = GENDERS.find((g) => !present.has(g))!;
      if (count === 0) count = 1;
    }
    // Without venues a group meets in a member's municipality; the people asked for would live there.
    const homes = pool.meeting.placesAreVenues ? null : pool.meeting.homePlace;
    if (homes !== null && option >= 0 && count === 0 && !members.some((m) => homes[m] === pool.meeting.placeOf(option))) count = 1;
    if (count > 0 && allow.copies === false) return null;
    if (members.length + count > cap) return null;
    return { option, members, count, oneOfGender, rivals: 0, ahead: 0 };
  }

  /** RULES.md 16: a required mix binds a group unless a member's problem asks for a single gender. */
  private needsAnotherGender(members: readonly number[]): boolean {
    if (!this.mixRequired) return false;
    if (members.some((m) => this.pool.fields.singleGender[m] === 1)) return false;
    return this.gendersOf(members).size < 2;
  }

  private gendersOf(members: readonly number[]): Set<Gender> {
    const out = new Set<Gender>();
    for (const m of members) {
      const g = this.recordedGender(m);
      if (g !== null) out.add(g);
    }
    return out;
  }

  private recordedGender(i: number): Gender | null {
    return this.pool.problem.candidates[i]!.gender ?? null;
  }
}

function agreesWithAll(members: readonly number[], j: number, compatible: Compatible): boolean {
  for (const m of members) if (!compatible.pair(m, j)) return false;
  return true;
}

function allAgree(a: readonly number[], b: readonly number[], compatible: Compatible): boolean {
  return a.every((i) => b.every((j) => i === j || compatible.pair(i, j)));
}

/** Of the people waiting at an option (longest waiting first, then by index), those outside the plan who waited longer than `wait`, by binary search. */
function rivalsOf(waiting: readonly number[], members: readonly number[], wait: number, waitYears: Float64Array): number {
  const longer = firstAtMost(waiting, wait, waitYears);
  let inside = 0;
  for (const m of members) if (waitYears[m]! > wait && isListed(waiting, m, waitYears)) inside += 1;
  return longer - inside;
}

/** The first position in `waiting` of someone who waited `wait` years or less. */
function firstAtMost(waiting: readonly number[], wait: number, waitYears: Float64Array): number {
  let lo = 0;
  let hi = waiting.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (waitYears[waiting[mid]!]! > wait) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `j` is in `waiting`, which is ordered longest waiting first, then by index. */
function isListed(waiting: readonly number[], j: number, waitYears: Float64Array): boolean {
  let lo = 0;
  let hi = waiting.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = waiting[mid]!;
    if (k === j) return true;
    if (waitYears[k]! > waitYears[j]! || (waitYears[k] === waitYears[j] && k < j)) lo = mid + 1;
    else hi = mid;
  }
  return false;
}
