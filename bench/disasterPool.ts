/**
 * A disaster support network's pool, for the starters benchmark (bench/starters.ts): the people
 * affected by one ferry fire on the west coast — the bereaved, the survivors and the survivors'
 * relatives — living across Norway, with a smaller landslide in the east beside it, a dozen
 * regional venues in the larger towns, and nine experienced starters (igangsettere) who can each
 * start two groups. Starters are the scarce resource: nine starters cover at most eighteen groups,
 * far fewer than the people could fill (../shared/DOMAIN.md, "Starters are scarce";
 * ../shared/seeds/000: groups are regional or national and built on the shared event).
 *
 * Deterministic from the seed (the project's `Random`, never `Math.random`).
 */
import { Random } from "../src/core/random.js";
import type {
  CandidateInput,
  ComposeInput,
  PolicyInput,
  Relation,
  Role,
  StarterInput,
  VenueInput,
} from "../src/index.js";

/** A municipality centre, with the county it belongs to. */
interface Place {
  name: string;
  county: string;
  lat: number;
  lon: number;
  /** Inhabitants, in thousands (rounded): where more people live, more were on board. */
  population: number;
}

/** Municipality centres (approximate town-centre coordinates), by county. */
const PLACES: readonly Place[] = [
  { name: "bergen", county: "vestland", lat: 60.3913, lon: 5.3221, population: 290 },
  { name: "askøy", county: "vestland", lat: 60.4083, lon: 5.2297, population: 30 },
  { name: "øygarden", county: "vestland", lat: 60.3583, lon: 5.1236, population: 40 },
  { name: "alver", county: "vestland", lat: 60.5461, lon: 5.2858, population: 30 },
  { name: "bjørnafjorden", county: "vestland", lat: 60.1867, lon: 5.47, population: 26 },
  { name: "voss", county: "vestland", lat: 60.628, lon: 6.419, population: 16 },
  { name: "stord", county: "vestland", lat: 59.779, lon: 5.5, population: 19 },
  { name: "kvinnherad", county: "vestland", lat: 59.869, lon: 5.76, population: 13 },
  { name: "sunnfjord", county: "vestland", lat: 61.452, lon: 5.857, population: 22 },
  { name: "kinn", county: "vestland", lat: 61.599, lon: 5.033, population: 17 },
  { name: "sogndal", county: "vestland", lat: 61.2297, lon: 7.1003, population: 12 },
  { name: "stad", county: "vestland", lat: 61.909, lon: 5.988, population: 9 },
  { name: "ålesund", county: "møre-og-romsdal", lat: 62.4722, lon: 6.1495, population: 58 },
  { name: "sula", county: "møre-og-romsdal", lat: 62.425, lon: 6.215, population: 10 },
  { name: "ulstein", county: "møre-og-romsdal", lat: 62.343, lon: 5.849, population: 9 },
  { name: "volda", county: "møre-og-romsdal", lat: 62.146, lon: 6.071, population: 11 },
  { name: "molde", county: "møre-og-romsdal", lat: 62.7375, lon: 7.1591, population: 32 },
  { name: "kristiansund", county: "møre-og-romsdal", lat: 63.1105, lon: 7.728, population: 24 },
  { name: "stavanger", county: "rogaland", lat: 58.97, lon: 5.7331, population: 146 },
  { name: "sandnes", county: "rogaland", lat: 58.8524, lon: 5.7352, population: 83 },
  { name: "time", county: "rogaland", lat: 58.735, lon: 5.648, population: 19 },
  { name: "haugesund", county: "rogaland", lat: 59.4138, lon: 5.268, population: 38 },
  { name: "karmøy", county: "rogaland", lat: 59.283, lon: 5.307, population: 43 },
  { name: "eigersund", county: "rogaland", lat: 58.451, lon: 6.003, population: 15 },
  { name: "oslo", county: "oslo", lat: 59.9139, lon: 10.7522, population: 710 },
  { name: "bærum", county: "akershus", lat: 59.889, lon: 10.524, population: 130 },
  { name: "asker", county: "akershus", lat: 59.833, lon: 10.435, population: 97 },
  { name: "lillestrøm", county: "akershus", lat: 59.956, lon: 11.05, population: 91 },
  { name: "nordre-follo", county: "akershus", lat: 59.719, lon: 10.835, population: 62 },
  { name: "ullensaker", county: "akershus", lat: 60.141, lon: 11.175, population: 42 },
  { name: "gjerdrum", county: "akershus", lat: 60.072, lon: 11.032, population: 7 },
  { name: "drammen", county: "buskerud", lat: 59.744, lon: 10.2045, population: 103 },
  { name: "tønsberg", county: "vestfold", lat: 59.267, lon: 10.408, population: 58 },
  { name: "sandefjord", county: "vestfold", lat: 59.131, lon: 10.216, population: 65 },
  { name: "fredrikstad", county: "østfold", lat: 59.2181, lon: 10.9298, population: 84 },
  { name: "sarpsborg", county: "østfold", lat: 59.284, lon: 11.11, population: 58 },
  { name: "hamar", county: "innlandet", lat: 60.7945, lon: 11.068, population: 32 },
  { name: "lillehammer", county: "innlandet", lat: 61.115, lon: 10.466, population: 29 },
  { name: "gjøvik", county: "innlandet", lat: 60.7957, lon: 10.6915, population: 31 },
  { name: "skien", county: "telemark", lat: 59.209, lon: 9.609, population: 56 },
  { name: "kristiansand", county: "agder", lat: 58.1599, lon: 8.0182, population: 116 },
  { name: "arendal", county: "agder", lat: 58.461, lon: 8.772, population: 45 },
  { name: "trondheim", county: "trøndelag", lat: 63.4305, lon: 10.3951, population: 215 },
  { name: "stjørdal", county: "trøndelag", lat: 63.47, lon: 10.917, population: 25 },
  { name: "orkland", county: "trøndelag", lat: 63.305, lon: 9.85, population: 19 },
  { name: "steinkjer", county: "trøndelag", lat: 64.015, lon: 11.495, population: 24 },
  { name: "bodø", county: "nordland", lat: 67.2804, lon: 14.4049, population: 53 },
  { name: "tromsø", county: "troms", lat: 69.6496, lon: 18.956, population: 78 },
];

/**
 * Where the affected live, as county weights: the ferry ran on the west coast, so most of its
 * passengers and their families live in Vestland and Møre og Romsdal, with the rest spread over
 * the country; the landslide struck a village north of Oslo.
 */
const COUNTY_WEIGHTS: Record<"ferry" | "landslide", Readonly<Record<string, number>>> = {
  ferry: {
    vestland: 40,
    "møre-og-romsdal": 18,
    rogaland: 10,
    oslo: 8,
    akershus: 6,
    trøndelag: 6,
    buskerud: 1,
    vestfold: 2,
    østfold: 1,
    innlandet: 2,
    telemark: 1,
    agder: 2,
    nordland: 2,
    troms: 1,
  },
  landslide: { akershus: 55, oslo: 25, innlandet: 10, østfold: 5, buskerud: 5 },
};

/** Weekly slots: weekday evenings and weekend daytime, when working people and carers can come. */
const SLOTS = ["mon-evening", "tue-evening", "wed-evening", "thu-evening", "sat-daytime", "sun-daytime"] as const;

/** Regional venues in the larger towns: [municipality, rooms, offers step-free access]. */
const VENUES: readonly (readonly [string, number, boolean])[] = [
  ["bergen", 3, true],
  ["sunnfjord", 1, true],
  ["stord", 1, false],
  ["ålesund", 2, true],
  ["molde", 1, true],
  ["stavanger", 2, true],
  ["haugesund", 1, false],
  ["oslo", 3, true],
  ["lillestrøm", 1, true],
  ["trondheim", 2, true],
  ["kristiansand", 1, false],
  ["hamar", 1, true],
];

/**
 * The starters' home counties: most where most of the affected live, a few in the east and north.
 * Starters are peers (affected themselves, with experience of groups), so within a county they
 * live where the affected do, not only in the towns with a venue.
 */
const STARTER_COUNTIES = ["vestland", "vestland", "vestland", "møre-og-romsdal", "rogaland", "oslo", "akershus", "trøndelag", "vestland"] as const;

/** The events, each a problem label the starters' experience names. */
export const DISASTER_EVENTS = { ferry: "ferry-fire", landslide: "landslide" } as const;
/** The problem area every affected person is recorded under (one label, so shared-problem groups can form). */
export const DISASTER_PROBLEM = "disaster";

/**
 * The county of one of the pool's municipalities.
 * @param municipality - a municipality name as the pool writes it
 * @returns the county, or undefined for a municipality the pool does not use
 */
export function countyOf(municipality: string): string | undefined {
  return PLACES.find((p) => p.name === municipality)?.county;
}

/** Options for `disasterPool`. */
export interface DisasterPoolOptions {
  /** People affected, both events together (default 400). */
  size?: number;
  /** Share of the people from the second, smaller event, the landslide (default 0.15; 0 leaves it out). */
  landslideShare?: number;
  /** `policy.starters` (default the required case: `{ min: 1, max: 2, requireSharedExperience: true }`). */
  starters?: PolicyInput["starters"];
}

/** Draws an index with probability proportional to its weight. */
function pickWeighted(rng: Random, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rng.nextFloat() * total;
  for (let k = 0; k < weights.length; k++) {
    x -= weights[k] ?? 0;
    if (x < 0) return k;
  }
  return weights.length - 1;
}

/** One of `items`, uniformly. */
function pick<T>(rng: Random, items: readonly T[]): T {
  const item = items[rng.nextInt(items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** An integer age around `centre` (a sum of uniforms, so bell-shaped), clamped to [lo, hi]. */
function ageAround(rng: Random, centre: number, spread: number, lo: number, hi: number): number {
  const z = rng.nextFloat() + rng.nextFloat() + rng.nextFloat() - 1.5; // mean 0, sd 0.5
  return Math.min(hi, Math.max(lo, Math.round(centre + 2 * spread * z)));
}

/** An age with the shape of its role and relation: bereaved parents are older, bereaved children younger. */
function ageFor(rng: Random, role: Role, relation: Relation | undefined): number {
  if (role === "survivor") return ageAround(rng, 46, 16, 18, 85);
  switch (relation) {
    case "parent":
      return ageAround(rng, 62, 9, 40, 85);
    case "child":
      return ageAround(rng, 36, 10, 18, 62);
    case "partner":
      return ageAround(rng, 50, 13, 20, 85);
    case "sibling":
      return ageAround(rng, 45, 13, 18, 80);
    default:
      return ageAround(rng, 48, 16, 18, 85);
  }
}

/** A point near a municipality centre: people live up to roughly 10 km from it. */
function nearby(rng: Random, place: Place): { municipality: string; lat: number; lon: number } {
  const dLat = (rng.nextFloat() - 0.5) * 0.18;
  // A degree of longitude shrinks with latitude; this keeps the offset about as long as dLat's.
  const dLon = ((rng.nextFloat() - 0.5) * 0.18) / Math.cos((place.lat * Math.PI) / 180);
  return { municipality: place.name, lat: Math.round((place.lat + dLat) * 1e4) / 1e4, lon: Math.round((place.lon + dLon) * 1e4) / 1e4 };
}

/** Drops keys whose value is `undefined`, so optional fields are absent rather than undefined. */
function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** An ISO date `days` after `start` (`YYYY-MM-DD`). */
function dateAfter(start: string, days: number): string {
  const t = Date.parse(`${start}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Between `min` and `max` distinct slots, in the fixed slot order. */
function someSlots(rng: Random, min: number, max: number, weights: readonly number[]): string[] {
  const want = min + rng.nextInt(max - min + 1);
  const chosen = new Set<number>();
  while (chosen.size < want) chosen.add(pickWeighted(rng, weights));
  return SLOTS.filter((_, k) => chosen.has(k));
}

/** Evenings are easier than weekends for most; weekends suit those who travel far. */
const PERSON_SLOT_WEIGHTS = [5, 6, 6, 5, 3, 3] as const;

/** Role and relation of one affected person: about 40 % bereaved, 35 % survivors, 25 % survivors' relatives. */
function roleFor(rng: Random): { role: Role; relation: Relation | undefined } {
  const r = pickWeighted(rng, [40, 35, 25]);
  if (r === 0) {
    const relations: readonly Relation[] = ["parent", "partner", "sibling", "child", "other"];
    return { role: "bereaved", relation: relations[pickWeighted(rng, [30, 20, 25, 20, 5])] };
  }
  if (r === 1) return { role: "survivor", relation: undefined };
  const relations: readonly Relation[] = ["partner", "parent", "child", "sibling", "other"];
  return { role: "relative", relation: relations[pickWeighted(rng, [40, 30, 15, 10, 5])] };
}

/**
 * A disaster-style pool: `size` people affected by a ferry fire (and a smaller landslide), nine
 * scarce experienced starters (`maxGroups` 2), twelve regional venues with 1–3 rooms and a few
 * slots each, and a policy that differs from the defaults only where a disaster network's does
 * (travel and starters). Every field the relation, gender and patient-setting rules read is left
 * to the policy defaults, so the pool works before and after the engine adds policy fields.
 *
 * @param seed - the generator's seed; the same seed and options give the same pool
 * @param options - size, the landslide's share and the starters policy
 * @returns an input that passes `validate`
 */
export function disasterPool(seed: number, options: DisasterPoolOptions = {}): ComposeInput {
  const rng = new Random(seed);
  const size = Math.max(0, Math.floor(options.size ?? 400));
  const landslide = Math.round(size * Math.min(1, Math.max(0, options.landslideShare ?? 0.15)));

  const placesIn = (county: string): Place[] => PLACES.filter((p) => p.county === county);
  const townIn = (county: string): Place => {
    const places = placesIn(county);
    // Damped by a power below one: a coastal ferry carries many from small places on its route.
    return places[pickWeighted(rng, places.map((p) => p.population ** 0.6))] ?? pick(rng, PLACES);
  };
  const homeFor = (event: "ferry" | "landslide"): Place => {
    const counties = Object.entries(COUNTY_WEIGHTS[event]);
    const county = counties[pickWeighted(rng, counties.map(([, w]) => w))]?.[0] ?? "vestland";
    // The landslide's village and its neighbours hold most of its people.
    if (event === "landslide" && county === "akershus" && rng.nextFloat() < 0.6) return PLACES.find((p) => p.name === "gjerdrum") ?? pick(rng, PLACES);
    return townIn(county);
  };

  const candidates: CandidateInput[] = [];
  // Bereaved parents often come as a couple, who ask to be in the same group.
  const couples: [number, number][] = [];
  const idOf = (k: number): string => `p${String(k + 1).padStart(3, "0")}`;
  while (candidates.length < size) {
    const i = candidates.length;
    const event = i < size - landslide ? "ferry" : "landslide";
    const { role, relation } = roleFor(rng);
    const genderDraw = rng.nextFloat();
    // Women ask for groups somewhat more often; a few do not say.
    const gender = genderDraw < 0.56 ? "female" : genderDraw < 0.975 ? "male" : genderDraw < 0.98 ? "other" : undefined;
    const eventDate = event === "ferry" ? "2026-03-14" : "2026-06-02";
    const c: CandidateInput = {
      id: idOf(i),
      age: ageFor(rng, role, relation),
      problem: DISASTER_PROBLEM,
      role,
      event: DISASTER_EVENTS[event],
      location: nearby(rng, homeFor(event)),
      // Groups are regional: people travel further for them than for an ordinary local group (60-250 km).
      maxTravelKm: rng.nextFloat() < 0.05 ? undefined : 60 + 10 * Math.floor(rng.nextFloat() * rng.nextFloat() * 20),
      availability: rng.nextFloat() < 0.05 ? undefined : someSlots(rng, 2, 5, PERSON_SLOT_WEIGHTS),
      expectation: (["change", "combined", "social"] as const)[pickWeighted(rng, [2, 5, 3])],
      needs: rng.nextFloat() < 0.03 ? ["step-free"] : undefined,
      // They sign up in the weeks and months after the event.
      waitingSince: dateAfter(eventDate, 7 + Math.floor(rng.nextFloat() * rng.nextFloat() * 200)),
      gender,
      relation,
    };
    candidates.push(compact(c));
    // A bereaved parent is sometimes followed by the other parent: same home, event, role and
    // relation, who asks to be in the same group (kept inside one event's block of ids).
    const partnerEvent = i + 1 < size - landslide ? "ferry" : "landslide";
    if (role === "bereaved" && relation === "parent" && i + 1 < size && partnerEvent === event && rng.nextFloat() < 0.2) {
      candidates.push(
        compact({
          ...c,
          id: idOf(i + 1),
          age: Math.min(85, Math.max(40, (c.age ?? 60) + rng.nextInt(9) - 4)),
          gender: c.gender === "female" ? "male" : "female",
        }),
      );
      couples.push([i, i + 1]);
    }
  }

  // Couples: each lists the other.
  for (const [a, b] of couples) {
    const ca = candidates[a];
    const cb = candidates[b];
    if (ca === undefined || cb === undefined) continue;
    ca.together = [cb.id];
    cb.together = [ca.id];
  }
  // A few who know each other from before (neighbours, colleagues) and must not share a group:
  // pairs in the same municipality, never inside a couple.
  const inCouple = new Set(couples.flat());
  const knowsPairs = Math.round(size / 25);
  for (let k = 0, tries = 0; k < knowsPairs && tries < 1_000; tries++) {
    const a = rng.nextInt(size);
    const b = rng.nextInt(size);
    const ca = candidates[a];
    const cb = candidates[b];
    if (a === b || ca === undefined || cb === undefined || inCouple.has(a) || inCouple.has(b)) continue;
    if (ca.location?.municipality !== cb.location?.municipality || (ca.knows ?? []).includes(cb.id)) continue;
    ca.knows = [...(ca.knows ?? []), cb.id];
    k++;
  }

  const venues: VenueInput[] = VENUES.map(([name, rooms, stepFree]) => {
    const place = PLACES.find((p) => p.name === name);
    if (place === undefined) throw new Error(`unknown venue town ${name}`);
    // Two to four evenings or weekend days a week; a volunteer centre is not open every night.
    const slots = someSlots(rng, 2, 4, [1, 1, 1, 1, 1, 1]);
    const venue: VenueInput = { id: `v-${name}`, location: { municipality: name, lat: place.lat, lon: place.lon }, slots, rooms };
    if (stepFree) venue.offers = ["step-free"];
    return venue;
  });

  const starters: StarterInput[] = STARTER_COUNTIES.map((county, k) => {
    const place = townIn(county);
    // Experienced: they have been through a disaster themselves, some also through grief work.
    const experience = rng.nextFloat() < 0.5 ? [DISASTER_PROBLEM, "grief"] : [DISASTER_PROBLEM];
    return {
      id: `s${k + 1}`,
      location: nearby(rng, place),
      maxTravelKm: 80 + 20 * rng.nextInt(7),
      availability: someSlots(rng, 2, 4, [1, 1, 1, 1, 1, 1]),
      experience,
      maxGroups: 2,
    };
  });

  const policy: PolicyInput = {
    // People who have not said how far they travel are still offered a regional group.
    travel: { defaultMaxKm: 100 },
    starters: options.starters ?? { min: 1, max: 2, requireSharedExperience: true },
  };
  return { candidates, venues, starters, policy };
}
