/**
 * An upper bound on the people that can be placed when every new group needs its starters: a
 * small MIP solved with HiGHS (the dev dependency the exact benchmark uses), over
 *
 * - x[s, venue, slot] ∈ {0, 1}: starter s attends a group there (reach by RULES.md §14 with the
 *   starter's `maxTravelKm`, the starter's availability, the venue's slots; at most one per slot
 *   and `maxGroups` in all; a starter who shares no pool member's problem is left out when
 *   shared experience is required);
 * - z[venue, slot, class, m] ∈ {0, 1}: at least m groups of one compatibility class meet there,
 *   within the room's free places; each group needs max(1, `starters.min`) starters there;
 * - y[kind, venue, slot, class] ≥ 0: people of one kind (same class and same meeting options:
 *   reach, availability, needs met by the venue, eligible age) placed in those groups, between
 *   `groupSize.min` and `groupSize.max` (or the venue's `capacity`) per group.
 *
 * A class holds the values the hard rules keep apart when they are on: event, role, problem (shared
 * mode) and, for roles the relation rule covers, relation; an unrecorded value is a wildcard that
 * joins any class, and the relation rule is applied to role `relative` only unless the policy
 * names more roles, so the bound stays valid on the engine before and after issue 16. It ignores
 * age span, gender, keep-apart, together and existing groups' members, so it is an upper bound,
 * not an answer. Only for pools with venues.
 */
import { loadHighsSolver, parse, type ComposeInput, type MipSolver, type Problem } from "../src/index.js";
import { MipBuilder, type MipTerm } from "../src/exact/mip.js";
import { distanceKm, slotUniverse } from "./starterBound.js";

/** HiGHS, loaded once per process (loading the WebAssembly module is the slow part of a small solve). */
let solverOnce: Promise<MipSolver> | undefined;

/** The bound and how it was proven. */
export interface PlacementBound {
  /** Upper bound on people placed (⌊solver bound⌋), or NaN when the solver gave none. */
  placed: number;
  /** "optimal" when the solver closed the tree (the bound is attained by the relaxation), "bound" when it stopped at its limit. */
  proof: "optimal" | "bound" | "none";
  /** Seconds HiGHS took. */
  seconds: number;
}

/** Options for `placementBound`. */
export interface PlacementBoundOptions {
  /** HiGHS time limit (default 30,000 ms); on the limit the solver's proven bound is used. */
  timeLimitMs?: number;
}

/**
 * Field values that split groups under the policy; "*" (joins anything) where the value is
 * unrecorded or no rule reads it for this person (a rule that is off, or the relation of a
 * role the relation rule does not cover).
 */
function classOf(c: Problem["candidates"][number], problem: Problem, relationRoles: ReadonlySet<string>): string[] {
  const { policy } = problem;
  const role = c.role ?? "*";
  return [
    policy.events.shared ? (c.event ?? "*") : "*",
    policy.roles.separate ? role : "*",
    policy.problem.mode === "shared" ? (c.problem ?? "*") : "*",
    policy.relatives.byRelation && relationRoles.has(role) ? (c.relation ?? "*") : "*",
  ];
}

/** True when a person of `kind` may be in a group of `group` class: every recorded value agrees. */
function joins(kind: readonly string[], group: readonly string[]): boolean {
  return kind.every((v, i) => v === "*" || group[i] === "*" || v === group[i]);
}

/**
 * Upper bound on placements with starters required (see the file comment).
 * @param input - the compose input; `policy.starters.min` ≥ 1 is what makes the bound bind
 * @param options - the solver's time limit
 * @returns the bound, or `proof: "none"` when the pool has no venues or the solver gave no bound
 */
export async function placementBound(input: ComposeInput, options: PlacementBoundOptions = {}): Promise<PlacementBound> {
  const problem = parse(input);
  const { policy } = problem;
  if (problem.venues.length === 0) return { placed: Number.NaN, proof: "none", seconds: 0 };
  const perGroup = Math.max(1, policy.starters.min);
  const universe = slotUniverse(problem);
  const slots = universe.length > 0 ? universe : [null];
  // Rules 7-8 cover the roles the policy names (issue 16 adds `relatives.roles`); else `relative` only.
  const named: unknown = (policy.relatives as Record<string, unknown>).roles;
  const relationRoles = new Set(Array.isArray(named) ? named.filter((r): r is string => typeof r === "string") : ["relative"]);

  // Free rooms per (venue, slot): rooms less the existing groups meeting there.
  const free = (v: number, slot: string | null): number => {
    const venue = problem.venues[v];
    if (venue === undefined) return 0;
    // With no binding slot rooms are not limited; one group per person is the real cap then.
    if (slot === null) return problem.candidates.length;
    return venue.rooms - problem.groups.filter((g) => g.venue === venue.id && g.slot === slot).length;
  };
  const venueHolds = (v: number, slot: string | null): boolean => {
    const venue = problem.venues[v];
    return venue !== undefined && (slot === null || venue.slots === undefined || venue.slots.includes(slot)) && free(v, slot) > 0;
  };

  // People of one kind: same class and same meeting options (eligible new candidates only).
  const inGroups = new Set(problem.groups.flatMap((g) => g.members));
  const kinds = new Map<string, { cls: string[]; options: [number, string | null][]; count: number }>();
  for (const c of problem.candidates) {
    if (inGroups.has(c.id) || c.age === undefined || c.age < policy.age.minimum || (policy.age.maximum !== undefined && c.age > policy.age.maximum)) continue;
    if (c.location === undefined) continue;
    const reach = c.maxTravelKm ?? policy.travel.defaultMaxKm;
    const options: [number, string | null][] = [];
    problem.venues.forEach((venue, v) => {
      const d = distanceKm(c.location ?? venue.location, venue.location, problem);
      if (d === undefined || d > reach || !(c.needs ?? []).every((n) => (venue.offers ?? []).includes(n))) return;
      for (const slot of slots) {
        if (slot !== null && c.availability !== undefined && !c.availability.includes(slot)) continue;
        if (venueHolds(v, slot)) options.push([v, slot]);
      }
    });
    if (options.length === 0) continue;
    const cls = classOf(c, problem, relationRoles);
    const key = JSON.stringify([cls, options]);
    const kind = kinds.get(key) ?? { cls, options, count: 0 };
    kind.count++;
    kinds.set(key, kind);
  }
  const classes = [...new Map([...kinds.values()].map((k) => [JSON.stringify(k.cls), k.cls])).values()];

  // Starters who can share the pool's problems (when required) and the (venue, slot) each can attend.
  const problems = new Set(problem.candidates.flatMap((c) => (c.problem === undefined ? [] : [c.problem])));
  const someoneWithoutProblem = problem.candidates.some((c) => c.problem === undefined);
  const mip = new MipBuilder();
  const startersAt = new Map<string, number[]>();
  // Groups the starters here could start at most: one each in a slot, up to `maxGroups` each when no slot binds.
  const startable = new Map<string, number>();
  const at = (v: number, slot: string | null): string => `${v}\u0000${slot ?? ""}`;
  problem.starters.forEach((s, i) => {
    if (policy.starters.requireSharedExperience && !someoneWithoutProblem && !(s.experience ?? []).some((e) => problems.has(e))) return;
    const reach = s.maxTravelKm ?? policy.travel.defaultMaxKm;
    const all: MipTerm[] = [];
    for (const slot of slots) {
      if (slot !== null && s.availability !== undefined && !s.availability.includes(slot)) continue;
      const inSlot: MipTerm[] = [];
      problem.venues.forEach((venue, v) => {
        const d = distanceKm(s.location, venue.location, problem);
        if (d === undefined || d > reach || !venueHolds(v, slot)) return;
        // Without a binding slot a starter may start several groups in one place (relaxed to a real up to maxGroups).
        const x = mip.variable(`x:${i}:${v}:${slot ?? ""}`, slot !== null);
        if (slot === null) mip.constrain(`many:${i}:${v}`, [[x, 1]], { upper: s.maxGroups });
        startable.set(at(v, slot), (startable.get(at(v, slot)) ?? 0) + (slot === null ? s.maxGroups : 1));
        inSlot.push([x, 1]);
        all.push([x, 1]);
        startersAt.set(at(v, slot), [...(startersAt.get(at(v, slot)) ?? []), x]);
      });
      // One group per slot; without a binding slot a starter may start several in one place.
      if (slot !== null) mip.constrain(`slot:${i}:${slot}`, inSlot, { upper: 1 });
    }
    mip.constrain(`max:${i}`, all, { upper: s.maxGroups });
  });

  const sizeMax = (v: number): number => Math.min(policy.groupSize.max, problem.venues[v]?.capacity ?? Number.POSITIVE_INFINITY);
  const people: MipTerm[][] = [...kinds.values()].map(() => []);
  const kindList = [...kinds.values()];
  problem.venues.forEach((_, v) => {
    for (const slot of slots) {
      const starters = startersAt.get(at(v, slot)) ?? [];
      const rooms = Math.min(free(v, slot), Math.floor((startable.get(at(v, slot)) ?? 0) / perGroup));
      if (rooms <= 0) continue;
      const groupsHere: MipTerm[] = [];
      classes.forEach((cls, k) => {
        const joiners = kindList.flatMap((kind, q) => (joins(kind.cls, cls) && kind.options.some(([ov, os]) => ov === v && os === slot) ? [q] : []));
        if (joiners.reduce((a, q) => a + (kindList[q]?.count ?? 0), 0) < policy.groupSize.min) return;
        // z[m] = "at least m groups of this class here"; ordered, so rooms are not interchangeable copies.
        const z: number[] = [];
        for (let m = 1; m <= rooms; m++) {
          const zm = mip.variable(`z:${v}:${slot ?? ""}:${k}:${m}`, true);
          const prev = z[z.length - 1];
          if (prev !== undefined) mip.constrain(`order:${zm}`, [[zm, 1], [prev, -1]], { upper: 0 });
          z.push(zm);
          groupsHere.push([zm, 1]);
        }
        const fill: MipTerm[] = joiners.map((q) => {
          const y = mip.variable(`y:${q}:${v}:${slot ?? ""}:${k}`, false, 1);
          people[q]?.push([y, 1]);
          return [y, 1];
        });
        mip.constrain(`full:${v}:${slot ?? ""}:${k}`, [...fill, ...z.map((zm): MipTerm => [zm, -sizeMax(v)])], { upper: 0 });
        mip.constrain(`min:${v}:${slot ?? ""}:${k}`, [...fill, ...z.map((zm): MipTerm => [zm, -policy.groupSize.min])], { lower: 0 });
      });
      mip.constrain(`rooms:${v}:${slot ?? ""}`, groupsHere, { upper: rooms });
      // Each group here needs its own k starters who attend in this venue and slot.
      mip.constrain(`starters:${v}:${slot ?? ""}`, [...starters.map((x): MipTerm => [x, 1]), ...groupsHere.map(([zm]): MipTerm => [zm, -perGroup])], { lower: 0 });
    }
  });
  kindList.forEach((kind, q) => mip.constrain(`kind:${q}`, people[q] ?? [], { upper: kind.count }));

  solverOnce ??= loadHighsSolver();
  const solver = await solverOnce;
  const t0 = performance.now();
  const outcome = solver.solve(mip.build(), { timeLimitMs: options.timeLimitMs ?? 30_000, clock: () => performance.now() });
  const seconds = (performance.now() - t0) / 1000;
  if (outcome.status === "optimal") return { placed: Math.round(outcome.objective), proof: "optimal", seconds };
  // A bound within rounding of an integer is that integer; anything above it rounds down.
  if (outcome.bound !== undefined && Number.isFinite(outcome.bound)) return { placed: Math.floor(outcome.bound + 1e-6), proof: "bound", seconds };
  return { placed: Number.NaN, proof: "none", seconds };
}
