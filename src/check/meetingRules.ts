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
        out.push({ rule: "common_slot", groupId: id, message: ctx.texts.group(id, message), ...(candidateIds ? { candidateIds } : {}) });
      };
      if (ctx.slotUniverse.size === 0) {
        // Nothing names a slot, so none can be chosen.
        if (view.slot !== null) fail(ctx.texts.slotWithoutUniverse);
        return out;
      }
      if (view.slot === null) {
        fail(ctx.texts.noSlot);
        return out;
      }
      const s = view.slot;
      if (!ctx.slotUniverse.has(s)) fail(ctx.texts.slotNotInUniverse);
      const unavailable = view.members.filter((m) => {
        const availability = ctx.candidates.get(m)?.availability;
        return availability !== undefined && !availability.includes(s);
      });
      if (unavailable.length > 0) fail(ctx.texts.membersUnavailable(unavailable.length), unavailable);
      const venue = view.group.venue == null ? undefined : ctx.venues.get(view.group.venue);
      if (venue?.slots !== undefined && !venue.slots.includes(s)) fail(ctx.texts.venueLacksSlot(venue.id));
      return out;
    },
  };

  const keepSlot: GroupRule = {
    rule: "common_slot",
    about: "slot",
    enabled: policy.slots.required,
    scope: "existing",
    check(view, ctx) {
      const kept = view.input?.slot;
      if (kept === undefined || view.slot === kept) return [];
      const id = view.group.id;
      return [{ rule: "common_slot", groupId: id, message: ctx.texts.group(id, ctx.texts.slotNotKept(view.input?.id ?? "")) }];
    },
  };

  const keepPlace: GroupRule = {
    rule: "meeting_place",
    about: "place",
    enabled: true,
    scope: "existing",
    check(view, ctx) {
      const input = view.input;
      if (input === null) return [];
      const id = view.group.id;
      if (withVenues && input.venue !== undefined && view.group.venue !== input.venue) {
        return [{ rule: "meeting_place", groupId: id, message: ctx.texts.group(id, ctx.texts.venueNotKept(input.id, input.venue)) }];
      }
      if (!withVenues && input.municipality !== undefined && view.municipality !== input.municipality) {
        return [{ rule: "meeting_place", groupId: id, message: ctx.texts.group(id, ctx.texts.municipalityNotKept(input.id)) }];
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
      const fail = (message: string): Violation[] => [{ rule: "meeting_place", groupId: id, message: ctx.texts.group(id, message) }];
      const venue = view.group.venue;
      if (withVenues) {
        if (venue == null) return fail(ctx.texts.noVenue);
        if (!ctx.venues.has(venue)) return fail(ctx.texts.venueUnknown(venue));
        return [];
      }
      if (venue != null) return fail(ctx.texts.venueWithoutVenues(venue));
      if (view.municipality === null) return fail(ctx.texts.noMunicipality);
      // An existing group's own municipality is kept (checked by keepPlace) instead of drawn from members.
      if (view.input?.municipality !== undefined) return [];
      const m = view.municipality;
      const home = view.members.some((c) => ctx.candidates.get(c)?.location?.municipality === m);
      return home ? [] : fail(ctx.texts.municipalityOfNoMember);
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
      const detail = withVenues ? ctx.texts.cannotReachVenue(far.length, view.group.venue ?? "") : ctx.texts.cannotReachMunicipality(far.length);
      return [{ rule: "unreachable", groupId: id, candidateIds: far, message: ctx.texts.group(id, detail) }];
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
          message: ctx.texts.group(id, ctx.texts.needsUnmet(venue.id, unmet.length)),
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
      return [{ rule: "venue_capacity", groupId: id, message: ctx.texts.group(id, ctx.texts.overCapacity(n, venue.capacity, venue.id)) }];
    },
  };

  return [slot, keepSlot, place, keepPlace, reach, needs, capacity];
}
