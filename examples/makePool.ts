/**
 * Writes `examples/pool.json`: the built-in example pool, a pseudonymous waiting list as a
 * coordinator around Bergen might hold it. Deterministic (a small seeded PRNG, no Math.random),
 * so `tsx examples/makePool.ts` always writes the same file.
 *
 * The pool is built from "cohorts": sets of people who, by design, can form one valid group under
 * RULES.md (same problem, role, relation and patient setting, one generation, a shared slot, a
 * reachable venue that meets their needs). The script checks each cohort against those rules before
 * writing, so the file carries a proof that at least that many groups exist. A few people are added
 * who must wait, each for a different reason.
 *
 * Run: `npx tsx examples/makePool.ts`
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type {
  CandidateInput,
  ComposeInput,
  Expectation,
  Gender,
  PatientSetting,
  Relation,
  Role,
  StarterInput,
  VenueInput,
} from "../src/model/schemas.js";

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32): deterministic across runs and platforms.

/** A seeded PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(20250611);
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => {
  const x = xs[Math.floor(rand() * xs.length)];
  if (x === undefined) throw new Error("pick from empty list");
  return x;
};
const chance = (p: number): boolean => rand() < p;

// ---------------------------------------------------------------------------------------------
// Geography: real places in and around Bergen (approximate centre coordinates).

interface Place {
  municipality: string;
  lat: number;
  lon: number;
}

const PLACES = {
  sentrum: { municipality: "Bergen", lat: 60.3913, lon: 5.3221 },
  laksevag: { municipality: "Bergen", lat: 60.387, lon: 5.278 },
  fyllingsdalen: { municipality: "Bergen", lat: 60.349, lon: 5.293 },
  asane: { municipality: "Bergen", lat: 60.465, lon: 5.323 },
  nesttun: { municipality: "Bergen", lat: 60.3195, lon: 5.356 },
  arna: { municipality: "Bergen", lat: 60.4203, lon: 5.469 },
  kleppesto: { municipality: "Askøy", lat: 60.4083, lon: 5.2297 },
  florvag: { municipality: "Askøy", lat: 60.418, lon: 5.245 },
  strusshamn: { municipality: "Askøy", lat: 60.411, lon: 5.172 },
  straume: { municipality: "Øygarden", lat: 60.3583, lon: 5.1236 },
  agotnes: { municipality: "Øygarden", lat: 60.403, lon: 5.015 },
  osoyro: { municipality: "Bjørnafjorden", lat: 60.185, lon: 5.469 },
  softeland: { municipality: "Bjørnafjorden", lat: 60.237, lon: 5.444 },
  knarvik: { municipality: "Alver", lat: 60.5461, lon: 5.2858 },
  lonevag: { municipality: "Osterøy", lat: 60.5267, lon: 5.4989 },
  haus: { municipality: "Osterøy", lat: 60.466, lon: 5.487 },
  fedje: { municipality: "Fedje", lat: 60.7797, lon: 4.7164 },
} as const satisfies Record<string, Place>;

type PlaceKey = keyof typeof PLACES;

/** Great-circle distance in km, as RULES.md §14 defines it. */
function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A home near a place: up to ~1.5 km off its centre, rounded to 4 decimals (~10 m). */
function homeNear(key: PlaceKey): Place {
  const p = PLACES[key];
  const round = (x: number): number => Math.round(x * 10_000) / 10_000;
  return { municipality: p.municipality, lat: round(p.lat + (rand() - 0.5) * 0.025), lon: round(p.lon + (rand() - 0.5) * 0.05) };
}

// ---------------------------------------------------------------------------------------------
// Venues, slots and policy.

const SLOTS = ["mon-evening", "tue-evening", "wed-morning", "thu-evening"] as const;
type Slot = (typeof SLOTS)[number];

/** Travel people accept when they have not said; Os ↔ Askøy (~28 km) falls just outside it. */
const DEFAULT_MAX_KM = 25;

const VENUES = [
  {
    id: "v-bibliotek",
    location: { municipality: "Bergen", lat: 60.3897, lon: 5.3326 },
    slots: ["mon-evening", "tue-evening", "thu-evening"],
    offers: ["step-free"],
    capacity: 10,
    rooms: 2,
  },
  {
    id: "v-frivilligsentral",
    location: { municipality: "Askøy", lat: 60.409, lon: 5.226 },
    slots: ["mon-evening", "tue-evening", "wed-morning", "thu-evening"],
    offers: ["step-free", "childcare"],
    capacity: 8,
    rooms: 2,
  },
  {
    id: "v-kyrkjelydshus",
    location: { municipality: "Bjørnafjorden", lat: 60.187, lon: 5.466 },
    slots: ["tue-evening", "wed-morning", "thu-evening"],
    offers: ["childcare"],
    capacity: 12,
    rooms: 1,
  },
] as const satisfies readonly VenueInput[];

type VenueId = (typeof VENUES)[number]["id"];

const STARTERS: StarterInput[] = [
  { id: "s01", location: homeNear("sentrum"), availability: ["mon-evening", "thu-evening"], experience: ["depression", "anxiety"], maxGroups: 2 },
  { id: "s02", location: homeNear("kleppesto"), availability: ["tue-evening", "wed-morning"], experience: ["dementia", "stroke"], maxGroups: 2 },
  { id: "s03", location: homeNear("osoyro"), availability: ["tue-evening", "thu-evening"], experience: ["grief", "breast-cancer"], maxTravelKm: 30 },
];

// ---------------------------------------------------------------------------------------------
// Cohorts: each can form one valid group by design (checked below).

interface Cohort {
  key: string;
  /** Where the list came from, for the README and the summary. */
  source: string;
  problem: string;
  role: Role;
  relation?: Relation;
  patientSetting?: PatientSetting;
  ages: [number, number];
  size: number;
  slot: Slot;
  venue: VenueId;
  homes: PlaceKey[];
  femaleShare: number;
  expectations: Expectation[];
  /** Needs some members have; the planned venue must offer them. */
  needs?: { need: string; share: number }[];
  /** First sign-up date and how many days sign-ups spread over. */
  since: [string, number];
}

const COHORTS: Cohort[] = [
  { key: "A", source: "LMS course follow-up (depression, spring)", problem: "depression", role: "self", ages: [24, 37], size: 7, slot: "mon-evening", venue: "v-bibliotek", homes: ["sentrum", "laksevag", "fyllingsdalen", "asane", "kleppesto", "knarvik"], femaleShare: 0.6, expectations: ["change", "change", "social"], since: ["2025-04-08", 21] },
  { key: "B", source: "LMS course follow-up (depression, autumn)", problem: "depression", role: "self", ages: [44, 57], size: 7, slot: "tue-evening", venue: "v-bibliotek", homes: ["sentrum", "asane", "arna", "haus", "straume", "nesttun"], femaleShare: 0.55, expectations: ["change", "combined"], since: ["2025-11-04", 24] },
  { key: "C", source: "LMS course follow-up (depression, day course)", problem: "depression", role: "self", ages: [61, 74], size: 6, slot: "wed-morning", venue: "v-frivilligsentral", homes: ["kleppesto", "florvag", "strusshamn", "straume", "laksevag"], femaleShare: 0.6, expectations: ["change", "social"], needs: [{ need: "step-free", share: 0.35 }], since: ["2025-06-02", 30] },
  { key: "D", source: "LMS course follow-up (anxiety, evening)", problem: "anxiety", role: "self", ages: [20, 32], size: 7, slot: "thu-evening", venue: "v-bibliotek", homes: ["sentrum", "asane", "knarvik", "lonevag", "fyllingsdalen"], femaleShare: 0.65, expectations: ["change"], since: ["2025-09-15", 20] },
  { key: "E", source: "volunteer centre list (anxiety)", problem: "anxiety", role: "self", ages: [36, 50], size: 7, slot: "mon-evening", venue: "v-frivilligsentral", homes: ["kleppesto", "florvag", "straume", "agotnes", "laksevag"], femaleShare: 0.6, expectations: ["change", "social"], since: ["2026-01-06", 35] },
  { key: "F", source: "dementia relatives, partners, ill person at home", problem: "dementia", role: "relative", relation: "partner", patientSetting: "home", ages: [67, 80], size: 6, slot: "wed-morning", venue: "v-kyrkjelydshus", homes: ["osoyro", "softeland", "nesttun"], femaleShare: 0.65, expectations: ["combined"], since: ["2025-02-03", 300] },
  { key: "G", source: "dementia relatives, adult children (north-west)", problem: "dementia", role: "relative", relation: "child", patientSetting: "home", ages: [45, 57], size: 5, slot: "tue-evening", venue: "v-frivilligsentral", homes: ["kleppesto", "florvag", "laksevag", "fyllingsdalen", "straume"], femaleShare: 0.75, expectations: ["combined", "change"], needs: [{ need: "childcare", share: 0.2 }], since: ["2025-03-10", 260] },
  { key: "H", source: "dementia relatives, adult children (south)", problem: "dementia", role: "relative", relation: "child", patientSetting: "home", ages: [46, 58], size: 5, slot: "thu-evening", venue: "v-kyrkjelydshus", homes: ["osoyro", "softeland", "nesttun", "fyllingsdalen"], femaleShare: 0.75, expectations: ["combined"], since: ["2025-03-10", 260] },
  { key: "I", source: "dementia relatives, partners, ill person in a care home", problem: "dementia", role: "relative", relation: "partner", patientSetting: "institution", ages: [70, 83], size: 5, slot: "wed-morning", venue: "v-frivilligsentral", homes: ["laksevag", "kleppesto", "straume", "fyllingsdalen"], femaleShare: 0.6, expectations: ["combined", "social"], needs: [{ need: "step-free", share: 0.4 }], since: ["2025-05-12", 200] },
  { key: "J", source: "breast-cancer association list", problem: "breast-cancer", role: "self", ages: [48, 61], size: 8, slot: "mon-evening", venue: "v-bibliotek", homes: ["sentrum", "asane", "arna", "knarvik", "haus", "laksevag"], femaleShare: 1, expectations: ["change", "combined", "social"], since: ["2025-08-18", 150] },
  { key: "K", source: "grief group list (older)", problem: "grief", role: "bereaved", ages: [56, 69], size: 7, slot: "tue-evening", venue: "v-bibliotek", homes: ["sentrum", "asane", "arna", "knarvik", "lonevag"], femaleShare: 0.65, expectations: ["change", "social", "combined"], since: ["2025-07-01", 220] },
  { key: "L", source: "grief group list (younger)", problem: "grief", role: "bereaved", ages: [31, 44], size: 6, slot: "thu-evening", venue: "v-frivilligsentral", homes: ["kleppesto", "straume", "laksevag", "florvag"], femaleShare: 0.65, expectations: ["change", "combined"], needs: [{ need: "childcare", share: 0.35 }], since: ["2025-10-01", 120] },
  { key: "M", source: "stroke relatives, partners, ill person at home", problem: "stroke", role: "relative", relation: "partner", patientSetting: "home", ages: [58, 71], size: 5, slot: "tue-evening", venue: "v-kyrkjelydshus", homes: ["osoyro", "softeland", "nesttun"], femaleShare: 0.7, expectations: ["combined"], since: ["2025-04-22", 180] },
  { key: "N", source: "relatives of young adults with addiction, parents", problem: "addiction", role: "relative", relation: "parent", ages: [50, 63], size: 6, slot: "thu-evening", venue: "v-bibliotek", homes: ["sentrum", "asane", "arna", "knarvik"], femaleShare: 0.55, expectations: ["combined"], since: ["2025-09-01", 160] },
];

// ---------------------------------------------------------------------------------------------
// Building people.

/** A candidate before ids are assigned: `key` is internal, links use keys. */
interface Draft extends Omit<CandidateInput, "id" | "knows" | "together"> {
  key: string;
  cohort: string | null;
  knowsKeys?: string[];
  togetherKeys?: string[];
  /** Why someone outside every cohort is meant to wait (for the summary, not the file). */
  why?: string;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function venueById(id: string): (typeof VENUES)[number] {
  const v = VENUES.find((x) => x.id === id);
  if (!v) throw new Error(`unknown venue ${id}`);
  return v;
}

/** Some people say how far they will travel; the cap always covers their planned venue. */
function travelCap(home: Place, venue: VenueId): number | undefined {
  if (!chance(0.3)) return undefined;
  const d = haversineKm(home, venueById(venue).location);
  const fits = [10, 15, 20, 30, 40].filter((km) => km >= d + 1);
  return fits.length > 0 ? pick(fits) : undefined;
}

function availabilityWith(slot: Slot): string[] {
  const extra = SLOTS.filter((s) => s !== slot && chance(0.3));
  return SLOTS.filter((s) => s === slot || extra.includes(s));
}

function genderFor(femaleShare: number): Gender {
  return chance(femaleShare) ? "female" : "male";
}

function draftsForCohort(c: Cohort): Draft[] {
  const out: Draft[] = [];
  // The first and last member pin the span, so the cohort uses its whole age band.
  for (let i = 0; i < c.size; i++) {
    const age = i === 0 ? c.ages[0] : i === c.size - 1 ? c.ages[1] : int(c.ages[0], c.ages[1]);
    const home = homeNear(pick(c.homes));
    const needs = (c.needs ?? []).filter((n) => chance(n.share)).map((n) => n.need);
    const d: Draft = {
      key: `${c.key}${i + 1}`,
      cohort: c.key,
      age,
      gender: genderFor(c.femaleShare),
      problem: c.problem,
      role: c.role,
      location: home,
      availability: availabilityWith(c.slot),
      expectation: pick(c.expectations),
      waitingSince: addDays(c.since[0], int(0, c.since[1])),
    };
    if (c.relation) d.relation = c.relation;
    if (c.patientSetting) d.patientSetting = c.patientSetting;
    const cap = travelCap(home, c.venue);
    if (cap !== undefined) d.maxTravelKm = cap;
    if (needs.length > 0) d.needs = needs;
    out.push(d);
  }
  return out;
}

const drafts: Draft[] = COHORTS.flatMap(draftsForCohort);

function draft(key: string): Draft {
  const d = drafts.find((x) => x.key === key);
  if (!d) throw new Error(`no draft ${key}`);
  return d;
}

// Prior relationships (003 §6.3.2): kept apart by the default policy, so they sit in different cohorts.
// Two neighbours on Askøy, one on the anxiety list, one a dementia relative.
const neighbourA = draft("E2");
const neighbourB = draft("G2");
neighbourA.location = homeNear("kleppesto");
neighbourB.location = { ...neighbourA.location, lon: Math.round((neighbourA.location.lon ?? 5.23) * 10_000 + 12) / 10_000 };
// Sisters whose mother has dementia at home: both on the adult-children list, in different cohorts.
const sisterA = draft("G3");
const sisterB = draft("H3");
sisterA.gender = "female";
sisterB.gender = "female";
// Colleagues: one on the depression list, one bereaved.
const colleagueA = draft("B4");
const colleagueB = draft("K4");
neighbourA.knowsKeys = [neighbourB.key];
neighbourB.knowsKeys = [neighbourA.key];
sisterA.knowsKeys = [sisterB.key];
sisterB.knowsKeys = [sisterA.key];
colleagueA.knowsKeys = [colleagueB.key];

// A couple in the addiction-relatives cohort: parents of the same son, who asked to join together.
const wife = draft("N2");
const husband = draft("N3");
wife.gender = "female";
husband.gender = "male";
wife.age = 56;
husband.age = 58;
husband.location = { ...(wife.location ?? homeNear("asane")) };
husband.availability = [...(wife.availability ?? ["thu-evening"])];
husband.waitingSince = wife.waitingSince;
wife.togetherKeys = [husband.key];
husband.togetherKeys = [wife.key];

// People who must wait, each for a different reason.
const waiting: Draft[] = [
  { key: "W1", cohort: null, why: "under 18 (16)", age: 16, gender: "female", problem: "anxiety", role: "self", location: homeNear("asane"), availability: ["thu-evening"], expectation: "change", waitingSince: "2025-09-22" },
  { key: "W2", cohort: null, why: "under 18 (17)", age: 17, gender: "male", problem: "depression", role: "self", location: homeNear("sentrum"), availability: ["mon-evening", "thu-evening"], expectation: "social", waitingSince: "2025-04-14" },
  { key: "W3", cohort: null, why: "lives on Fedje and travels at most 5 km: no venue within reach", age: 62, gender: "female", problem: "grief", role: "bereaved", location: homeNear("fedje"), maxTravelKm: 5, availability: ["tue-evening", "wed-morning"], expectation: "combined", waitingSince: "2025-08-05" },
  { key: "W4", cohort: null, why: "only free on Saturday mornings (shift work): no common slot", age: 42, gender: "male", problem: "anxiety", role: "self", location: homeNear("florvag"), availability: ["sat-morning"], expectation: "change", waitingSince: "2026-01-20" },
  { key: "W5", cohort: null, why: "the only person with an eating disorder: nobody to share a group with", age: 24, gender: "female", problem: "eating-disorder", role: "self", location: homeNear("sentrum"), availability: ["mon-evening", "thu-evening"], expectation: "change", waitingSince: "2025-12-01" },
  { key: "W6", cohort: null, why: "age not recorded (phoned in; the form is incomplete)", gender: "male", problem: "depression", role: "self", location: homeNear("laksevag"), availability: ["mon-evening", "tue-evening"], expectation: "change", waitingSince: "2025-11-12" },
];
drafts.push(...waiting);

// ---------------------------------------------------------------------------------------------
// Ids: the list is kept in sign-up order, so c001 is the person who has waited longest.

const order = drafts
  .map((d) => ({ d, tie: rand() }))
  .sort((a, b) => (a.d.waitingSince ?? "").localeCompare(b.d.waitingSince ?? "") || a.tie - b.tie)
  .map((x) => x.d);
const idOf = new Map(order.map((d, i) => [d.key, `c${String(i + 1).padStart(3, "0")}`]));
const id = (key: string): string => {
  const v = idOf.get(key);
  if (v === undefined) throw new Error(`no id for ${key}`);
  return v;
};

const candidates: CandidateInput[] = order.map((d) => {
  const { key, cohort: _cohort, knowsKeys, togetherKeys, why: _why, ...rest } = d;
  const c: CandidateInput = { id: id(key), ...rest };
  if (knowsKeys) c.knows = knowsKeys.map(id);
  if (togetherKeys) c.together = togetherKeys.map(id);
  return inFieldOrder(c);
});

/** The candidate's fields in schema order, so every line of the file reads the same way. */
function inFieldOrder(c: CandidateInput): CandidateInput {
  const fields = ["id", "age", "gender", "problem", "role", "relation", "patientSetting", "event", "location", "maxTravelKm", "availability", "needs", "expectation", "knows", "together", "waitingSince"] as const;
  const out: Record<string, unknown> = {};
  for (const f of fields) if (c[f] !== undefined) out[f] = c[f];
  return out as CandidateInput;
}

const pool: ComposeInput = {
  policy: { travel: { defaultMaxKm: DEFAULT_MAX_KM } },
  venues: VENUES.map((v) => ({ ...v, location: { ...v.location }, slots: [...v.slots], offers: [...v.offers] })),
  starters: STARTERS,
  candidates,
};

// ---------------------------------------------------------------------------------------------
// Self-check: every cohort is a valid group under RULES.md with the default policy.

function fail(msg: string): never {
  throw new Error(`pool design broken: ${msg}`);
}

const used = new Map<string, number>();
for (const c of COHORTS) {
  const members = drafts.filter((d) => d.cohort === c.key);
  const venue = venueById(c.venue);
  const ages = members.map((m) => m.age ?? fail(`${c.key}: age missing`));
  if (members.length < 4 || members.length > 8) fail(`${c.key}: size ${members.length}`);
  if (Math.max(...ages) - Math.min(...ages) > 15) fail(`${c.key}: age span`);
  if (Math.min(...ages) < 18) fail(`${c.key}: minor`);
  if (new Set(members.map((m) => `${m.problem}|${m.role}|${m.relation}|${m.patientSetting}`)).size !== 1) fail(`${c.key}: mixed kinds`);
  if (c.problem === "breast-cancer" && members.some((m) => m.gender !== "female")) fail(`${c.key}: single gender`);
  if (!(venue.slots as readonly string[]).includes(c.slot)) fail(`${c.key}: venue slot`);
  if (members.length > venue.capacity) fail(`${c.key}: capacity`);
  const slotKey = `${venue.id}|${c.slot}`;
  used.set(slotKey, (used.get(slotKey) ?? 0) + 1);
  if ((used.get(slotKey) ?? 0) > venue.rooms) fail(`${c.key}: rooms at ${slotKey}`);
  for (const m of members) {
    if (!m.availability?.includes(c.slot)) fail(`${m.key}: slot`);
    const loc = m.location ?? fail(`${m.key}: no location`);
    const km = haversineKm({ lat: loc.lat ?? NaN, lon: loc.lon ?? NaN }, venue.location);
    if (!(km <= (m.maxTravelKm ?? DEFAULT_MAX_KM))) fail(`${m.key}: cannot reach ${venue.id} (${km.toFixed(1)} km)`);
    for (const n of m.needs ?? []) if (!(venue.offers as readonly string[]).includes(n)) fail(`${m.key}: need ${n}`);
    for (const k of m.knowsKeys ?? []) if (members.some((o) => o.key === k)) fail(`${m.key}: knows ${k} in the same cohort`);
    for (const k of m.togetherKeys ?? []) if (!members.some((o) => o.key === k)) fail(`${m.key}: split from ${k}`);
  }
}

const out = fileURLToPath(new URL("./pool.json", import.meta.url));
writeFileSync(out, formatPool(pool));

const munis = new Set(candidates.map((c) => c.location?.municipality).filter((m) => m !== undefined));
console.log(`wrote ${out}`);
console.log(`${candidates.length} candidates, ${munis.size} municipalities, ${new Set(candidates.map((c) => c.problem)).size} problem areas, ${VENUES.length} venues, ${STARTERS.length} starters`);
console.log(`${COHORTS.length} cohorts checked as valid groups:`);
for (const c of COHORTS) {
  const ids = drafts.filter((d) => d.cohort === c.key).map((d) => id(d.key));
  console.log(`  ${c.key}  ${c.problem.padEnd(14)} ${c.slot.padEnd(12)} ${c.venue.padEnd(19)} ${ids.join(" ")}`);
}
console.log("meant to wait:");
for (const w of waiting) console.log(`  ${id(w.key)}  ${w.why ?? ""}`);

/** JSON with one candidate, venue or starter per line: short enough to read and diff. */
function formatPool(p: ComposeInput): string {
  const list = (xs: readonly unknown[]): string => `[\n${xs.map((x) => `    ${JSON.stringify(x)}`).join(",\n")}\n  ]`;
  return `{
  "policy": ${JSON.stringify(p.policy)},
  "venues": ${list(p.venues ?? [])},
  "starters": ${list(p.starters ?? [])},
  "candidates": ${list(p.candidates)}
}
`;
}
