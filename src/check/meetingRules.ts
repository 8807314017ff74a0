import type { Candidate, Problem } from "../model/schemas.js";
import { canReach } from "./distance.js";
import type { GroupRule } from "./groupRules.js";
import type { Violation } from "./violation.js";

/**
 * Rules about when and where a group meets (RULES.md 12-14): common slot, meeting place,
 * reach, venue needs and capacity, and that an existing group keeps its slot and place.
 * Rooms per venue and slot span several groups and live in `rooms.ts`.
 * @param problem - the parsed input
 */
export function meetingRules(problem: Problem): GroupRule[] {
  const { policy } = problem;
  const withVenues = problem.venues.length > 0;
  const defaultKm = policy.travel.defaultMaxKm;

  const slot: GroupRule = {
    rule: "common_slot",
    about: "slot",
    enabled: policy.slots.required,
    check(view, ctx) {
      const id = view.group.id;
      const out: Violation[] = [];
      const fail = (message: string, candidateIds?: string[]): void => {
        out.push({ rule: "common_slot", groupId: id, message: `group ${id}: ${message}`, ...(candidateIds ? { candidateIds } : {}) });
      };
      if (ctx.slotUniverse.size === 0) {
        // Nothing names a slot, so none can be chosen.
        if (view.slot !== null) fail("has a slot but the slot universe is empty");
        return out;
      }
      if (view.slot === null) {
        fail("has no slot");
        return out;
      }
      const s = view.slot;
      if (!ctx.slotUniverse.has(s)) fail("slot is not in the slot universe");
      const unavailable = view.members.filter((m) => {
        const availability = ctx.candidates.get(m)?.availability;
        return availability !== undefined && !availability.includes(s);
      });
      if (unavailable.length > 0) fail(`${unavailable.length} member(s) not available in the group's slot`, unavailable);
      const venue = view.group.venue == null ? undefined : ctx.venues.get(view.group.venue);
      if (venue?.slots !== undefined && !venue.slots.includes(s)) fail(`venue ${venue.id} does not list the group's slot`);
      return out;
    },
  };

  const keepSlot: GroupRule = {
    rule: "common_slot",
    about: "slot",
    enabled: policy.slots.required,
    scope: "existing",
    check(view) {
      const kept = view.input?.slot;
      if (kept === undefined || view.slot === kept) return [];
      const id = view.group.id;
      return [{ rule: "common_slot", groupId: id, message: `group ${id}: existing group ${view.input?.id ?? ""} did not keep its slot` }];
    },
  };

  const keepPlace: GroupRule = {
    rule: "meeting_place",
    about: "place",
    enabled: true,
    scope: "existing",
    check(view) {
      const input = view.input;
      if (input === null) return [];
      const id = view.group.id;
      if (withVenues && input.venue !== undefined && view.group.venue !== input.venue) {
        return [{ rule: "meeting_place", groupId: id, message: `group ${id}: existing group ${input.id} did not keep venue ${input.venue}` }];
      }
      if (!withVenues && input.municipality !== undefined && view.municipality !== input.municipality) {
        return [{ rule: "meeting_place", groupId: id, message: `group ${id}: existing group ${input.id} did not keep its municipality` }];
      }
      return [];
    },
  };

  const place: GroupRule = {
    rule: "meeting_place",
    about: "place",
    enabled: true,
    check(view, ctx) {
      const id = view.group.id;
      const fail = (message: string): Violation[] => [{ rule: "meeting_place", groupId: id, message: `group ${id}: ${message}` }];
      const venue = view.group.venue;
      if (withVenues) {
        if (venue == null) return fail("has no venue");
        if (!ctx.venues.has(venue)) return fail(`venue ${venue} does not exist`);
        return [];
      }
      if (venue != null) return fail(`names venue ${venue} but the input has no venues`);
      if (view.municipality === null) return fail("has no municipality");
      // An existing group's own municipality is kept (checked by keepPlace) instead of drawn from members.
      if (view.input?.municipality !== undefined) return [];
      const m = view.municipality;
      const home = view.members.some((c) => ctx.candidates.get(c)?.location?.municipality === m);
      return home ? [] : fail("municipality is not the municipality of any member");
    },
  };

  const reach: GroupRule = {
    rule: "unreachable",
    enabled: true,
    check(view, ctx) {
      const to = ctx.placeOf(view);
      // A missing or unknown place is a meeting_place violation already.
      if (to === null) return [];
      const far = view.members.filter((m) => {
        const c: Candidate | undefined = ctx.candidates.get(m);
        return !canReach(c?.location, c?.maxTravelKm ?? defaultKm, to, ctx.distances);
      });
      if (far.length === 0) return [];
      const id = view.group.id;
      const where = withVenues ? `venue ${view.group.venue ?? ""}` : "the group's municipality";
      return [{ rule: "unreachable", groupId: id, candidateIds: far, message: `group ${id}: ${far.length} member(s) cannot reach ${where}` }];
    },
  };

  const needs: GroupRule = {
    rule: "venue_needs",
    enabled: withVenues,
    check(view, ctx) {
      const venue = view.group.venue == null ? undefined : ctx.venues.get(view.group.venue);
      // A venue that records no offers offers nothing: a need is never assumed met (RULES.md §13).
      if (venue === undefined) return [];
      const offers = new Set(venue.offers ?? []);
      const unmet = view.members.filter((m) => (ctx.candidates.get(m)?.needs ?? []).some((n) => !offers.has(n)));
      if (unmet.length === 0) return [];
      const id = view.group.id;
      return [
        {
          rule: "venue_needs",
          groupId: id,
          candidateIds: unmet,
          message: `group ${id}: venue ${venue.id} does not meet the needs of ${unmet.length} member(s)`,
        },
      ];
    },
  };

  const capacity: GroupRule = {
    rule: "venue_capacity",
    enabled: withVenues,
    check(view, ctx) {
      const venue = view.group.venue == null ? undefined : ctx.venues.get(view.group.venue);
      const n = view.memberIds.length;
      if (venue?.capacity === undefined || n <= venue.capacity) return [];
      const id = view.group.id;
      return [{ rule: "venue_capacity", groupId: id, message: `group ${id}: ${n} members > capacity ${venue.capacity} of venue ${venue.id}` }];
    },
  };

  return [slot, keepSlot, place, keepPlace, reach, needs, capacity];
}
