/**
 * A national waiting list where the resources bind, for the waitlist benchmark (bench/waitlist.ts):
 * `generatePool`'s people (problem areas with their roles and relations, couples, acquaintances,
 * people without an age, coordinates, gender or location) with what real lists add to them
 * (../shared/DOMAIN.md): venues of one to three rooms (most have one) open in one or two weekly
 * slots; running groups, closed and open, that hold rooms; a second disaster event beside the
 * ferry fire; and scarce starters with experience of two or three problem areas, of whom every new
 * group needs one. Deterministic from `(n, seed)` (the project's `Random`).
 *
 * The `one-room` shape is the list issue 21 measured, where rooms bind hardest: every venue has
 * one room open in one evening, and about 80 running groups per 5,000 people hold those rooms.
 * The default shape's output is unchanged by it.
 */
import { Random } from "../src/core/random.js";
import type { ComposeInput, ExistingGroupInput, StarterInput } from "../src/index.js";
import { generatePool } from "../test/helpers/pools.js";

const EVENINGS = ["mon-evening", "tue-evening", "wed-evening", "thu-evening"] as const;

/** `mixed`: venues of 1–3 rooms in one or two slots; `one-room`: one room in one slot everywhere. */
export type NationalShape = "mixed" | "one-room";

/**
 * @param n - candidates (the schema allows up to 50,000)
 * @param seed - any integer
 */
export function nationalPool(n: number, seed: number, shape: NationalShape = "mixed"): ComposeInput {
  const oneRoom = shape === "one-room";
  const base = generatePool(n, seed);
  const rnd = new Random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[rnd.nextInt(xs.length)]!;
  const venues = (base.venues ?? []).map((v) => {
    const first = pick(EVENINGS);
    const slots = rnd.nextFloat() < 0.4 ? [first, pick(EVENINGS.filter((s) => s !== first))].sort() : [first];
    const r = rnd.nextFloat();
    // The one-room shape draws the same numbers, so both shapes share everything else.
    return oneRoom ? { ...v, slots: [first], rooms: 1 } : { ...v, slots, rooms: r < 0.6 ? 1 : r < 0.9 ? 2 : 3 };
  });
  const candidates = base.candidates.map((c) => {
    // People of the disaster profile in the eastern half were caught by a landslide, not the fire.
    if (c.event === undefined || (c.location?.lon ?? 0) < 5.6) return c;
    return { ...c, event: "landslide" };
  });
  const groups = runningGroups(candidates, venues, rnd, oneRoom ? { ageReach: 15, triesPerGroup: 100 } : { ageReach: 10, triesPerGroup: 20 });
  const problems = [...new Set(candidates.flatMap((c) => c.problem ?? []))].sort();
  const towns = [...new Map(venues.map((v) => [v.location.municipality, v.location])).values()];
  const starters: StarterInput[] = Array.from({ length: Math.round(n / 33) }, (_, k) => {
    const home = pick(towns);
    const experience = [...new Set([pick(problems), pick(problems), pick(problems)])].sort();
    return { id: `s${k + 1}`, location: { ...home }, maxTravelKm: 60, availability: [...new Set([pick(EVENINGS), pick(EVENINGS)])].sort(), experience, maxGroups: rnd.nextFloat() < 0.5 ? 1 : 2 };
  });
  return {
    ...base,
    candidates,
    venues,
    groups,
    starters,
    policy: { ...base.policy, starters: { min: 1, max: 1, requireSharedExperience: true } },
  };
}

/**
 * About one running group per 60 people: four or five people of one problem area and role from the
 * venue's municipality, within `ageReach` years of the first, who can make its slot (`triesPerGroup` draws of a first person per group wanted); half of them closed.
 */
function runningGroups(candidates: ComposeInput["candidates"], venues: NonNullable<ComposeInput["venues"]>, rnd: Random, { ageReach, triesPerGroup }: { ageReach: number; triesPerGroup: number }): ExistingGroupInput[] {
  const taken = new Set<string>();
  const groups: ExistingGroupInput[] = [];
  const wanted = Math.round(candidates.length / 60);
  // People by municipality, in list order: a group is drawn from one town.
  const byTown = new Map<string, ComposeInput["candidates"]>();
  for (const c of candidates) if (c.location !== undefined) (byTown.get(c.location.municipality) ?? byTown.set(c.location.municipality, []).get(c.location.municipality)!).push(c);
  for (let tries = 0; groups.length < wanted && tries < wanted * triesPerGroup; tries++) {
    const seedPerson = candidates[rnd.nextInt(candidates.length)]!;
    const near = venues.filter((v) => v.location.municipality === seedPerson.location?.municipality);
    if (seedPerson.age === undefined || near.length === 0) continue;
    const venue = near[rnd.nextInt(near.length)]!;
    const slot = venue.slots![rnd.nextInt(venue.slots!.length)]!;
    const members = (byTown.get(venue.location.municipality) ?? []).filter(
      (c) =>
        !taken.has(c.id) &&
        c.together === undefined &&
        c.problem === seedPerson.problem &&
        c.role === seedPerson.role &&
        c.relation === seedPerson.relation &&
        c.event === seedPerson.event &&
        c.age !== undefined &&
        c.age >= 18 &&
        Math.abs(c.age - seedPerson.age!) <= ageReach &&
        (c.availability ?? []).includes(slot),
    );
    const size = 4 + rnd.nextInt(2);
    if (members.length < size) continue;
    const chosen = members.slice(0, size).map((c) => c.id);
    for (const id of chosen) taken.add(id);
    groups.push({ id: `g${groups.length + 1}`, members: chosen, slot, venue: venue.id, closed: rnd.nextFloat() < 0.5 });
  }
  return groups;
}
