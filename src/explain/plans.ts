import type { CompiledPool } from "../compile/compilePool.js";
import type { Gender } from "../model/schemas.js";
import type { PeerIndex } from "./peers.js";

/** Who may share a group with whom: the pool's pair rules, or all of them but one being relaxed. */
export type Compatible = (i: number, j: number) => boolean;

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
  /** People waiting alone at each option (or venue and new slot), longest waiting first: the same for every person explained. */
  private readonly waitingByOption = new Map<number, readonly number[]>();
  private readonly waitingByNewSlot = new Map<number, readonly number[]>();
  private readonly reachersOf = new Map<number, readonly number[]>();
  private everyoneWaiting: readonly number[] | undefined;

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
    let waiting = this.waitingByOption.get(option);
    if (waiting === undefined) this.waitingByOption.set(option, (waiting = this.waitingAlone(this.peers.peopleAt(option))));
    return this.grow(unit, option, outside(waiting, unit), compatible, allow);
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
    const reaches = (j: number): boolean => {
      const c = problem.candidates[j]!;
      if (meeting.travelKm(j, place) > (c.maxTravelKm ?? problem.policy.travel.defaultMaxKm)) return false;
      return (c.needs ?? []).every((need) => venue.offers.has(need));
    };
    const free = (j: number): boolean => problem.candidates[j]!.availability?.includes(label) ?? true;
    if (!unit.every((j) => reaches(j) && free(j))) return null;
    const option = place * meeting.slots.length + slot;
    let waiting = this.waitingByNewSlot.get(option);
    if (waiting === undefined) {
      // Who reaches the venue is the same for every slot: found once per venue.
      let reachers = this.reachersOf.get(place);
      if (reachers === undefined) {
        // Waiting alone first: it is cheap, and leaves far fewer distances to look up.
        this.everyoneWaiting ??= this.waitingAlone(Array.from({ length: this.pool.n }, (_, j) => j));
        const waiting = this.everyoneWaiting;
        this.reachersOf.set(place, (reachers = waiting.filter((j) => !this.pool.ineligible[j] && this.pool.pinnedTo[j]! < 0 && reaches(j))));
      }
      this.waitingByNewSlot.set(option, (waiting = reachers.filter(free)));
    }
    return this.grow(unit, option, outside(waiting, unit), compatible, {});
  }

  /** The unit, then whoever of `waiting` fits (someone of another gender first, where a mix is required), completed. */
  private grow(unit: readonly number[], option: number, waiting: readonly number[], compatible: Compatible, allow: PlanAllowance): Plan | null {
    const { pool } = this;
    if (!this.free(option, allow.roomAdded)) return null;
    const cap = Math.min(pool.sizeMax, pool.meeting.places[pool.meeting.placeOf(option)]!.capacity);
    if (unit.length > cap || !allAgree(unit, unit, compatible)) return null;
    const members = [...unit];
    const fits = (j: number): boolean => members.length < cap && members.every((m) => compatible(m, j));
    if (this.needsAnotherGender(members)) {
      const present = this.gendersOf(members);
      const other = waiting.find((j) => fits(j) && this.recordedGender(j) !== null && !present.has(this.recordedGender(j)!));
      if (other !== undefined) members.push(other);
    }
    for (const j of waiting) if (!members.includes(j) && fits(j)) members.push(j);
    const plan = this.completed(members, option, cap, allow);
    if (plan !== null) plan.rivals = waiting.filter((j) => !members.includes(j) && pool.waitYears[j]! > pool.waitYears[unit[0]!]!).length;
    return plan;
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
    return { option, members, count, oneOfGender, rivals: 0 };
  }

  /** Of `people`, those waiting now and alone in their unit, longest waiting first (ties by index: a total order). */
  private waitingAlone(people: readonly number[]): number[] {
    const { pool } = this;
    const out = people.filter((j) => this.placed[j] === 0 && pool.units[pool.unitOf[j]!]!.length === 1);
    return out.sort((a, b) => pool.waitYears[b]! - pool.waitYears[a]! || a - b);
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

/** `waiting` less the unit's members, in its order. */
function outside(waiting: readonly number[], unit: readonly number[]): readonly number[] {
  return waiting.filter((j) => !unit.includes(j));
}

function allAgree(a: readonly number[], b: readonly number[], compatible: Compatible): boolean {
  return a.every((i) => b.every((j) => i === j || compatible(i, j)));
}
