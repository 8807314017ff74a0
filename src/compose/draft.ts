import type { CompiledPool, PinnedGroup } from "../compile/compilePool.js";

/** A group being built: members, the options they all share, and the option it holds. */
export interface DraftGroup {
  members: number[];
  pinned: PinnedGroup | null;
  /** Options every member can use (and, for an existing group, that keep its slot and place). */
  options: Int32Array;
  /** The option this group occupies, or -1. */
  option: number;
  /** False for closed existing groups and those whose current members could not take anyone. */
  accepting: boolean;
  youngest: number;
  oldest: number;
}

/** Rooms in use per option; a venue hosts at most `rooms` groups in one slot. */
export class RoomLedger {
  private readonly used = new Map<number, number>();

  constructor(private readonly pool: CompiledPool) {}

  /**
   * Whether a group could meet at `option`; `current` is the option it holds now, whose own
   * booking does not count against it (but an over-booking by others, as input may hold, does).
   */
  free(option: number, current = -1): boolean {
    // Without a slot nobody knows when groups meet, so rooms cannot clash (RULES.md §13).
    if (this.pool.meeting.slots[0] === null) return true;
    const others = (this.used.get(option) ?? 0) - (option === current ? 1 : 0);
    return others < this.pool.meeting.places[this.placeOf(option)]!.rooms;
  }

  take(option: number): void {
    this.used.set(option, (this.used.get(option) ?? 0) + 1);
  }

  release(option: number): void {
    this.used.set(option, (this.used.get(option) ?? 0) - 1);
  }

  placeOf(option: number): number {
    return Math.floor(option / this.pool.meeting.slots.length);
  }
}

/** Sorted-array intersection of option lists. */
export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return Int32Array.from(out);
}

/**
 * The best option a group of these members could move to: enough capacity, a free room
 * (its own current room counts as free), and without venues a member's own municipality.
 * Least total travel wins; ties go to the lowest option id so runs are reproducible.
 * @returns the option, or -1 if none is usable.
 */
export function bestOption(
  pool: CompiledPool,
  rooms: RoomLedger,
  options: Int32Array,
  members: readonly number[],
  current: number,
): number {
  const { places, placesAreVenues, homePlace, travelKm } = pool.meeting;
  let best = -1;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const option of options) {
    const place = rooms.placeOf(option);
    if (places[place]!.capacity < members.length) continue;
    if (!rooms.free(option, current)) continue;
    if (!placesAreVenues && !members.some((m) => homePlace[m] === place)) continue;
    let km = 0;
    for (const m of members) km += travelKm(m, place);
    if (km < bestKm || best < 0) {
      best = option;
      bestKm = km;
    }
  }
  return best;
}

/** Whether every member of `unit` may share a group with every member of `members`. */
export function compatibleWithAll(pool: CompiledPool, unit: readonly number[], members: readonly number[]): boolean {
  for (const u of unit) for (const m of members) if (!pool.compatible(u, m)) return false;
  return true;
}
