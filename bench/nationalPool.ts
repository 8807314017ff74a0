/**
 * A national waiting list where the resources bind, for the waitlist benchmark (bench/waitlist.ts):
 * `generatePool`'s people (problem areas with their roles and relations, couples, acquaintances,
 * people without an age, coordinates, gender or location) with what real lists add to them
 * (../shared/DOMAIN.md): venues of one to three rooms (most have one) open in one or two weekly
 * slots; running groups, closed and open, that hold rooms; a second disaster event beside the
 * ferry fire; and scarce starters with experience of two or three problem areas, of whom every new
 * group needs one. Deterministic from `(n, seed)` (the project's `Random`).
 */
import { Random } from "../src/core/random.js";
import type { ComposeInput, ExistingGroupInput, StarterInput } from "../src/index.js";
import { generatePool } from "../test/helpers/pools.js";

const EVENINGS = ["mon-evening", "tue-evening", "wed-evening", "thu-evening"] as const;

/**
 * @param n - candidates (the schema allows up to 50,000)
 * @param seed - any integer
 */
export function nationalPool(n: number, seed: number): ComposeInput {
  const base = generatePool(n, seed);
  const rnd = new Random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[rnd.nextInt(xs.length)]!;
  const venues = (base.venues ?? []).map((v) => {
    const first = pick(EVENINGS);
    const slots = rnd.nextFloat() < 0.4 ? [first, pick(EVENINGS.filter((s) => s !== first))].sort() : [first];
    const r = rnd.nextFloat();
    return { ...v, slots, rooms: r < 0.6 ? 1 : r < 0.9 ? 2 : 3 };
  });
  const candidates = base.candidates.map((c) => {
    // People of the disaster profile in the eastern half were caught by a landslide, not the fire.
    if (c.event === undefined || (c.location?.lon ?? 0) < 5.6) return c;
    return { ...c, event: "landslide" };
  });
  const groups = runningGroups(candidates, venues, rnd);
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
 * venue's municipality, within a 20-year age span, who can make its slot; half of them closed.
 */
function runningGroups(candidates: ComposeInput["candidates"], venues: NonNullable<ComposeInput["venues"]>, rnd: Random): ExistingGroupInput[] {
  const taken = new Set<string>();
  const groups: ExistingGroupInput[] = [];
  const wanted = Math.round(candidates.length / 60);
  // Listed by municipality in input order, so a try scans one town, not the whole list (50,000 people).
  const townOf = (location: { municipality: string } | undefined): string => location?.municipality ?? "";
  const peopleIn = byKey(candidates, (c) => townOf(c.location));
  const venuesIn = byKey(venues, (v) => townOf(v.location));
  for (let tries = 0; groups.length < wanted && tries < wanted * 20; tries++) {
    const seedPerson = candidates[rnd.nextInt(candidates.length)]!;
    const near = seedPerson.location === undefined ? [] : (venuesIn.get(seedPerson.location.municipality) ?? []);
    if (seedPerson.age === undefined || near.length === 0) continue;
    const venue = near[rnd.nextInt(near.length)]!;
    const slot = venue.slots![rnd.nextInt(venue.slots!.length)]!;
    const members = (peopleIn.get(venue.location.municipality) ?? []).filter(
      (c) =>
        !taken.has(c.id) &&
        c.together === undefined &&
        c.problem === seedPerson.problem &&
        c.role === seedPerson.role &&
        c.relation === seedPerson.relation &&
        c.event === seedPerson.event &&
        c.age !== undefined &&
        c.age >= 18 &&
        Math.abs(c.age - seedPerson.age!) <= 10 &&
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

/** Items grouped by a key, each group in the items' order. */
function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
