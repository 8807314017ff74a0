import { compilePool, type CompiledPool } from "../compile/compilePool.js";
import { ValidationError } from "../model/issues.js";
import type { ComposeInput } from "../model/schemas.js";
import type { ComposedGroup, ComposeResult, WaitlistEntry } from "../model/result.js";
import { validateInput } from "../model/validate.js";
import type { Locale } from "../model/locale.js";
import { Explainer } from "./explainWaitlist.js";
import { EXPLAIN_TEXTS } from "./messages.js";

/** Where one person stands in a result: in a group, or waiting with the reasons `compose` gives. */
export type Explanation =
  | {
      candidateId: string;
      status: "placed";
      /** The group they are in, its slot, venue and municipality as the result gives them. */
      groupId: string;
      slot: string | null;
      venue: string | null;
      municipality: string | null;
      /** True when they joined in this run (false: they were already a member of an existing group). */
      newMember: boolean;
    }
  | ({ status: "waiting" } & WaitlistEntry);

/**
 * Explains one person's place in a result: their group, or why they wait and what would let them
 * start — the same reasons, suggestions and `neverInThisPool` that `compose` put on the waitlist,
 * worked out again from the input and the result alone (so an app can ask about one person
 * without keeping the whole waitlist, or about a result it stored).
 * @param input - the input the result was composed from
 * @param result - a result of `compose` for that input (edited results are read as they are)
 * @param candidateId - the person to explain
 * @param options - `locale` of the texts ("en" by default, or "nb"), as `compose` was given it
 * @throws ValidationError when the input is invalid
 * @throws RangeError when no candidate has that id (the message names the id only)
 */
export function explain(input: ComposeInput, result: ComposeResult, candidateId: string, options: { locale?: Locale } = {}): Explanation {
  const { result: validated } = validateInput(input);
  if (!validated.success) throw new ValidationError(validated.issues);
  const pool = compilePool(validated.data);
  const i = pool.index.get(candidateId);
  if (i === undefined) throw new RangeError(`explain: no candidate with id ${JSON.stringify(candidateId)}`);
  const group = result.groups.find((g) => g.members.includes(candidateId));
  if (group !== undefined) return placedAt(candidateId, group);
  const placed = new Uint8Array(pool.n);
  for (const g of result.groups) for (const id of g.members) placed[pool.index.get(id) ?? -1] = 1;
  const entry = new Explainer(pool, placed, { held: heldByGroups(pool, result.groups) }, EXPLAIN_TEXTS[options.locale ?? "en"]).explain(i);
  return { status: "waiting", ...entry };
}

function placedAt(candidateId: string, group: ComposedGroup): Explanation {
  return {
    candidateId,
    status: "placed",
    groupId: group.id,
    slot: group.slot,
    venue: group.venue,
    municipality: group.municipality,
    newMember: group.newMembers.includes(candidateId),
  };
}

/** The rooms and starters each result group holds, read from its venue (or municipality), slot and starters. */
function heldByGroups(pool: CompiledPool, groups: readonly ComposedGroup[]): Int32Array {
  const { meeting } = pool;
  const held = new Int32Array(meeting.resourceCapacity.length);
  const starterIndex = new Map(pool.problem.starters.map((s, k) => [s.id, k]));
  const slotIndex = new Map(meeting.slots.map((s, k) => [s, k]));
  for (const group of groups) {
    const place = meeting.places.findIndex((p) => (p.id === null ? p.municipality === group.municipality : p.id === group.venue));
    const slot = slotIndex.get(group.slot) ?? -1;
    if (place < 0 || slot < 0) continue;
    const team = group.starters.flatMap((id) => {
      const k = starterIndex.get(id);
      return k === undefined ? [] : [k];
    });
    for (const r of meeting.heldBy(place, slot, team)) held[r]! += 1;
  }
  return held;
}
