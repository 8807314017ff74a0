import type { CheckContext, GroupView } from "./context.js";
import type { Violation } from "./violation.js";

/** One group meeting at a venue in a slot: a result group, or an input existing group the result left out. */
interface Booking {
  groupId: string;
  /** The result group, or null for an input existing group missing from the result (it still meets). */
  view: GroupView | null;
}

/**
 * Rooms per venue per slot (RULES.md rule 13): no more than `rooms` groups meet at one
 * venue in one slot. Existing groups with a venue and slot count too; a violation is
 * reported for every bound group in an over-full slot, since unchanged groups already meet.
 * Groups without a slot do not book one.
 * @param ctx - the checker context
 * @returns one `venue_rooms` violation per bound group in an over-full venue slot
 */
export function checkRooms(ctx: CheckContext): Violation[] {
  const cells = new Map<string, { venue: string; bookings: Booking[] }>();
  const book = (venue: string, slot: string, booking: Booking): void => {
    const key = `${venue}\u0000${slot}`;
    const cell = cells.get(key) ?? { venue, bookings: [] };
    cell.bookings.push(booking);
    cells.set(key, cell);
  };
  const present = new Set<string>();
  for (const view of ctx.groups) {
    if (view.input !== null) present.add(view.input.id);
    const venue = view.group.venue;
    if (venue != null && view.slot !== null && ctx.venues.has(venue)) book(venue, view.slot, { groupId: view.group.id, view });
  }
  for (const g of ctx.existingById.values()) {
    if (present.has(g.id) || g.venue === undefined || g.slot === undefined || !ctx.venues.has(g.venue)) continue;
    book(g.venue, g.slot, { groupId: g.id, view: null });
  }
  const out: Violation[] = [];
  for (const { venue, bookings } of cells.values()) {
    const rooms = ctx.venues.get(venue)?.rooms ?? 1;
    if (bookings.length <= rooms) continue;
    const ids = ctx.texts.ids(bookings.map((b) => b.groupId));
    for (const b of bookings) {
      if (b.view === null || !b.view.bound) continue;
      out.push({
        rule: "venue_rooms",
        groupId: b.groupId,
        message: ctx.texts.group(b.groupId, ctx.texts.roomsOverbooked(venue, bookings.length, ids, rooms)),
      });
    }
  }
  return out;
}
