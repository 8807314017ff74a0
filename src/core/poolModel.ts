import type { MinDistinct } from "./minDistinct.js";

/**
 * What the grouping engine sees of a composition problem: integers, lists and a few
 * callbacks — never people or rule names. `compile/` builds one from a domain problem.
 *
 * Items are placed in groups as whole units (a person, or people who must join together).
 * A group is valid when its size is within bounds, no two members conflict, and there is a
 * meeting option every member can use, at a place with enough capacity and a free room.
 */
export interface PoolModel {
  /** Number of items. */
  readonly n: number;
  readonly sizeMin: number;
  readonly sizeMax: number;
  readonly sizePreferred: number;
  /** Units: every item is in exactly one; a unit is placed whole or not at all. */
  readonly units: readonly (readonly number[])[];
  readonly unitOf: Int32Array;
  /** 1 when the item may be given a new place at all (eligible, has options, unit consistent). */
  readonly placeable: Uint8Array;
  /** Index of the pinned group an item belongs to, or -1. */
  readonly pinnedTo: Int32Array;
  readonly pinned: readonly PinnedGroupSpec[];
  /** Per item: sorted option ids it can meet at. */
  readonly options: readonly Int32Array[];
  /** The place an option is at. */
  optionPlace(option: number): number;
  /** Most members a group at this place may have. */
  placeCapacity(place: number): number;
  /**
   * What a group holds while it meets at an option, one unit of each (a room in that slot, a
   * starter's evening, a starter's share of groups): resource ids, none when nothing is limited.
   */
  optionResources(option: number): Int32Array;
  /** Number of resource ids (each id is below it). */
  readonly resourceCount: number;
  /** How many groups may hold a resource at once. */
  resourceCapacity(resource: number): number;
  /** Whether a new group may meet at this option (some options serve only existing groups, which need no starter). */
  opensGroups(option: number): boolean;
  /**
   * The place and time an option stands for: options of one family differ only in what else
   * they hold (which starters), and their ids are consecutive. Opening moves weigh a family once.
   */
  optionFamily(option: number): number;
  /** When not null, a group's place must be the home place of one of its members. */
  readonly homePlace: Int32Array | null;
  /** Travel cost of an item to a place: the only option-dependent part of the objective. */
  placeCost(item: number, place: number): number;
  /** Per item: `placeCost` of each of its options, aligned with `options` (read in the hot loop). */
  readonly optionCosts: readonly Float64Array[];
  /** A bounded-spread attribute (age): any two members differ by at most `maxSpread`; -1 is unknown. */
  readonly spread: Int32Array;
  readonly maxSpread: number;
  /** Hard pairwise conflict: the two may never share a group. */
  conflicts(i: number, j: number): boolean;
  /** A group's contribution to the objective (higher is better) at the given option. */
  groupScore(members: readonly number[], option: number): number;
  /** Equality-when-recorded columns (-1 = unrecorded): items with different recorded values never share a group. */
  readonly separatingKeys: readonly Int32Array[];
  /** Optional group-level rule: a group with newcomers holds enough distinct recorded key values. */
  readonly minDistinct?: MinDistinct;
  /** How urgently an item should be placed when not all can be (longest waiting first). */
  readonly priority: Float64Array;
}

/** A group that already exists: its members stay; a closed one takes nobody new. */
export interface PinnedGroupSpec {
  readonly members: readonly number[];
  readonly closed: boolean;
  /** Options it may use if it takes someone new (its slot and place are kept). */
  readonly allowedOptions: Int32Array;
  /** The option it holds now (counts against rooms), or -1. */
  readonly recordedOption: number;
}
