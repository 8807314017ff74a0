/**
 * Helpers for metamorphic tests: transform an input without changing what it means
 * (shuffle its lists, rename its ids), and describe a result so that two results can be
 * compared exactly while people who look identical to every rule may swap places.
 */
import { Random } from "../../src/core/random.js";
import { compose, parse, type CandidateInput, type ComposeInput, type ComposeResult, type Suggestion } from "../../src/index.js";

/** Bounded by work (a generous clock never binds), so every run is deterministic. */
export const WORK_BOUNDED = { seed: 7, maxIterations: 1_500, timeLimitMs: 600_000 } as const;

/** One work-bounded run. */
export function composeBounded(input: ComposeInput, maxIterations: number = WORK_BOUNDED.maxIterations): ComposeResult {
  return compose(input, { ...WORK_BOUNDED, maxIterations });
}

/** The project's seeded generator as a float source, so a transformation is replayable from its seed. */
export function seededRandom(seed: number): () => number {
  const random = new Random(seed);
  return () => random.nextFloat();
}

function shuffled<T>(items: readonly T[] | undefined, random: () => number): T[] | undefined {
  if (items === undefined) return undefined;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function withList<T extends object, K extends keyof T>(o: T, key: K, value: T[K] | undefined): T {
  const out = { ...o };
  if (value === undefined) delete out[key];
  else out[key] = value;
  return out;
}

/** The same input with every list (candidates, venues, starters, groups, id lists, label lists) shuffled. */
export function permuteInput(input: ComposeInput, seed: number): ComposeInput {
  const random = seededRandom(seed);
  const candidates = shuffled(input.candidates, random)!.map((c) => {
    let out: CandidateInput = withList(c, "knows", shuffled(c.knows, random));
    out = withList(out, "together", shuffled(c.together, random));
    return withList(out, "availability", shuffled(c.availability, random));
  });
  const out: ComposeInput = { ...input, candidates };
  if (input.venues) out.venues = shuffled(input.venues, random)!.map((v) => withList(v, "slots", shuffled(v.slots, random)));
  if (input.starters) out.starters = shuffled(input.starters, random)!;
  if (input.groups) out.groups = shuffled(input.groups, random)!.map((g) => ({ ...g, members: shuffled(g.members, random)! }));
  if (input.distances) out.distances = shuffled(input.distances, random)!;
  return out;
}

/** A renaming of every id in an input: candidate, venue, starter and existing-group ids. */
export interface Renaming {
  input: ComposeInput;
  /** New id → original id, for reading the renamed run's result in the original's terms. */
  back: ReadonlyMap<string, string>;
}

/** Renames every id to a random, unrelated spelling (so any comparison of ids would now order them differently). */
export function renameIds(input: ComposeInput, seed: number): Renaming {
  const random = seededRandom(seed);
  const forward = new Map<string, string>();
  const back = new Map<string, string>();
  const alphabet = "zyxwvutsrqponmlkjihfedcba9876543210-_ÅØÆ";
  const rename = (kind: string, id: string): string => {
    const known = forward.get(`${kind}:${id}`);
    if (known !== undefined) return known;
    let name = "";
    const length = 1 + Math.floor(random() * 6);
    for (let k = 0; k < length; k++) name += alphabet[Math.floor(random() * alphabet.length)];
    // A counter keeps names unique; a kind letter keeps venue and group names apart from generated "g1"-style ids.
    name = `${name}${kind}${forward.size}`;
    forward.set(`${kind}:${id}`, name);
    back.set(name, id);
    return name;
  };
  const person = (id: string): string => rename("P", id);
  const candidates = input.candidates.map((c) => {
    let out: CandidateInput = { ...c, id: person(c.id) };
    if (c.knows) out = { ...out, knows: c.knows.map(person) };
    if (c.together) out = { ...out, together: c.together.map(person) };
    return out;
  });
  const out: ComposeInput = { ...input, candidates };
  if (input.venues) out.venues = input.venues.map((v) => ({ ...v, id: rename("V", v.id) }));
  if (input.starters) out.starters = input.starters.map((s) => ({ ...s, id: rename("S", s.id) }));
  if (input.groups) {
    out.groups = input.groups.map((g) => {
      const group = { ...g, id: rename("G", g.id), members: g.members.map(person) };
      return g.venue === undefined ? group : { ...group, venue: rename("V", g.venue) };
    });
  }
  return { input: out, back };
}

/**
 * How each id of an input is named in a comparable description: by its original id when its
 * signature (attributes, plus the attributes of whom it knows, must join or already meets with)
 * is unique, else by the signature, so that look-alikes may swap without the test noticing.
 */
export class Describer {
  private readonly names = new Map<string, string>();

  constructor(given: ComposeInput, back: ReadonlyMap<string, string> = new Map()) {
    // Signatures read the input as sammen does, defaults filled in: a starter with `maxGroups: 1` written out looks like one without.
    const input: ComposeInput = parse(given);
    const original = (id: string): string => back.get(id) ?? id;
    const own = new Map(input.candidates.map((c) => [c.id, attributes(c)]));
    const neighbours = new Map<string, { knows: string[]; together: string[] }>(input.candidates.map((c) => [c.id, { knows: [], together: [] }]));
    for (const c of input.candidates) {
      for (const kind of ["knows", "together"] as const) {
        for (const ref of c[kind] ?? []) {
          neighbours.get(c.id)?.[kind].push(own.get(ref) ?? "?");
          neighbours.get(ref)?.[kind].push(own.get(c.id) ?? "?");
        }
      }
    }
    const groupOf = new Map<string, string>();
    for (const g of input.groups ?? []) {
      const venue = input.venues?.find((v) => v.id === g.venue);
      const signature = JSON.stringify([g.closed ?? true, g.slot, venue ? attributes(venue) : null, g.municipality, g.members.map((m) => own.get(m)).sort()]);
      for (const m of g.members) groupOf.set(m, signature);
    }
    const signatures = new Map<string, string>();
    for (const c of input.candidates) {
      const n = neighbours.get(c.id)!;
      signatures.set(`P:${c.id}`, JSON.stringify([own.get(c.id), [...new Set(n.knows)].sort(), n.together.sort(), groupOf.get(c.id) ?? null]));
    }
    for (const v of input.venues ?? []) signatures.set(`V:${v.id}`, JSON.stringify([attributes(v), (input.groups ?? []).filter((g) => g.venue === v.id).length]));
    for (const s of input.starters ?? []) signatures.set(`S:${s.id}`, attributes(s));
    for (const g of input.groups ?? []) signatures.set(`G:${g.id}`, groupOf.get(g.members[0]!) ?? "?");
    const counts = new Map<string, number>();
    for (const [k, sig] of signatures) counts.set(`${k[0]}${sig}`, (counts.get(`${k[0]}${sig}`) ?? 0) + 1);
    for (const [k, sig] of signatures) {
      const id = k.slice(2);
      this.names.set(k, counts.get(`${k[0]}${sig}`) === 1 ? `id:${original(id)}` : `like:${sig}`);
    }
  }

  name(kind: "P" | "V" | "S" | "G", id: string | null): string | null {
    return id === null ? null : (this.names.get(`${kind}:${id}`) ?? `unknown:${id}`);
  }

  /** The result with ids replaced by names, and every list that may reorder among look-alikes sorted. */
  describe(result: ComposeResult): unknown {
    const people = (ids: readonly string[]): (string | null)[] => ids.map((id) => this.name("P", id)).sort();
    const groups = result.groups
      .map((g) =>
        JSON.stringify({
          // New groups' ids are generated names; existing groups keep (renamed) caller ids.
          id: g.existing === null ? null : this.name("G", g.id),
          existing: this.name("G", g.existing),
          members: people(g.members),
          newMembers: people(g.newMembers),
          slot: g.slot,
          venue: this.name("V", g.venue),
          municipality: g.municipality,
          starters: g.starters.map((s) => this.name("S", s)).sort(),
          metrics: g.metrics,
          score: g.score,
        }),
      )
      .sort();
    const waitlist = result.waitlist
      .map((w) =>
        JSON.stringify({
          who: this.name("P", w.candidateId),
          reasons: w.reasons.map((r) => (r.partnerId === undefined ? r : { ...r, partnerId: this.name("P", r.partnerId) })),
          suggestions: w.suggestions.map((s) => this.describeSuggestion(s)),
          neverInThisPool: w.neverInThisPool,
        }),
      )
      .sort();
    const { elapsedMs: _elapsed, ...stats } = result.stats;
    return { status: result.status, stats, groups, waitlist };
  }

  /** A suggestion with its ids (venue, the people it is like or near, its group) replaced by names. */
  private describeSuggestion(s: Suggestion): unknown {
    const { venue, like, near, group, ...rest } = s;
    return {
      ...rest,
      ...(venue === undefined ? {} : { venue: this.name("V", venue) }),
      ...(like === undefined ? {} : { like: this.name("P", like) }),
      ...(near === undefined ? {} : { near: this.name("P", near) }),
      ...(group === undefined
        ? {}
        : {
            group: {
              ...group,
              members: group.members.map((id) => this.name("P", id)).sort(),
              venue: this.name("V", group.venue),
              starters: group.starters.map((id) => this.name("S", id)).sort(),
            },
          }),
    };
  }
}

/** Every field but the id and the ids it refers to, in a fixed key order. */
function attributes(o: object): string {
  const entries = Object.entries(o)
    .filter(([k]) => k !== "id" && k !== "knows" && k !== "together" && k !== "members")
    .map(([k, v]): [string, unknown] => [k, Array.isArray(v) ? [...new Set(v.map((x) => JSON.stringify(x)))].sort() : v])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}
