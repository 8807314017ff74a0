/**
 * An upper bound on the number of new groups the starters of a pool can start, by max flow:
 *
 *   source → starter (capacity `maxGroups`)
 *          → (starter, slot) (capacity 1: a starter is in at most one group per slot)
 *          → (venue, slot) when the starter can reach the venue and lists the slot (or records no
 *            availability) and the venue lists the slot (or lists none)
 *          → sink (capacity `rooms` × k per (venue, slot), less the rooms existing groups hold),
 *
 * where k = max(1, `starters.min`) starters start each group, so at most ⌊flow / k⌋ groups get
 * their k starters (for k > 1 also at most Σ over (venue, slot) of min(free rooms, ⌊distinct
 * starters who can attend / k⌋)). Every real assignment of starters to groups is such a flow, so the bound is
 * never below what any composition reaches. It ignores the people (who may be too few, or not
 * reach the venue) and is computed here, independently of the engine, from RULES.md §14–15:
 * reach by haversine (radius 6371.0088 km) between points, else 0 in the same municipality,
 * else the `distances` table, else unreachable.
 */
import { parse, type ComposeInput, type Problem } from "../src/index.js";

const EARTH_RADIUS_KM = 6371.0088;

/** A place with an optional point, as RULES.md §14 reads it. */
export interface Place {
  municipality: string;
  lat?: number | undefined;
  lon?: number | undefined;
}

/** Great-circle distance in km (haversine). */
function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Distance under RULES.md §14.
 * @returns km, or undefined when unknown (which means unreachable)
 */
export function distanceKm(a: Place, b: Place, problem: Problem): number | undefined {
  if (a.lat !== undefined && a.lon !== undefined && b.lat !== undefined && b.lon !== undefined) return haversineKm(a.lat, a.lon, b.lat, b.lon);
  if (a.municipality === b.municipality) return 0;
  let best: number | undefined;
  for (const d of problem.distances) {
    const match = (d.from === a.municipality && d.to === b.municipality) || (d.from === b.municipality && d.to === a.municipality);
    if (match && (best === undefined || d.km < best)) best = d.km;
  }
  return best;
}

/**
 * The slots a group may meet in (RULES.md §12): `slots.offered`, else every label in any
 * availability, venue or existing group.
 * @returns the slot labels, or an empty list when no slot binds (slots not required, or no labels)
 */
export function slotUniverse(problem: Problem): string[] {
  if (!problem.policy.slots.required) return [];
  const universe = new Set<string>(problem.policy.slots.offered ?? [
    ...problem.candidates.flatMap((c) => c.availability ?? []),
    ...problem.venues.flatMap((v) => v.slots ?? []),
    ...problem.groups.flatMap((g) => (g.slot === undefined ? [] : [g.slot])),
  ]);
  return [...universe];
}

/** A flow network with integer capacities; Edmonds–Karp is plenty for a few hundred nodes. */
class FlowNetwork {
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly adjacency: number[][];

  constructor(readonly nodes: number) {
    this.adjacency = Array.from({ length: nodes }, () => []);
  }

  /** Adds an edge and its residual twin (edge e's twin is e ^ 1). */
  add(from: number, to: number, capacity: number): void {
    this.adjacency[from]?.push(this.to.length);
    this.to.push(to);
    this.cap.push(capacity);
    this.adjacency[to]?.push(this.to.length);
    this.to.push(from);
    this.cap.push(0);
  }

  /** The maximum flow from `source` to `sink` (shortest augmenting paths). */
  maxFlow(source: number, sink: number): number {
    let total = 0;
    for (;;) {
      const via = new Array<number>(this.nodes).fill(-1);
      const queue = [source];
      via[source] = -2;
      for (let head = 0; head < queue.length && via[sink] === -1; head++) {
        const u = queue[head] ?? source;
        for (const e of this.adjacency[u] ?? []) {
          const v = this.to[e] ?? 0;
          if ((this.cap[e] ?? 0) > 0 && via[v] === -1) {
            via[v] = e;
            queue.push(v);
          }
        }
      }
      if (via[sink] === -1) return total;
      let push = Number.POSITIVE_INFINITY;
      for (let v = sink; v !== source; v = this.to[(via[v] ?? 0) ^ 1] ?? source) push = Math.min(push, this.cap[via[v] ?? 0] ?? 0);
      for (let v = sink; v !== source; v = this.to[(via[v] ?? 0) ^ 1] ?? source) {
        const e = via[v] ?? 0;
        this.cap[e] = (this.cap[e] ?? 0) - push;
        this.cap[e ^ 1] = (this.cap[e ^ 1] ?? 0) + push;
      }
      total += push;
    }
  }
}

/** The bound and the figures behind it. */
export interface StarterBound {
  /** Upper bound on new groups that can have their `starters.min` (at least one) starters: exact for k = 1 up to the people, loose for k > 1. */
  groups: number;
  /** The max flow: starter-group places that can be filled (`groups` = ⌊flow / k⌋). */
  flow: number;
  /** Starters per group the bound assumes: max(1, `starters.min`). */
  perGroup: number;
  /** Σ `maxGroups` over the starters that can start any group at all. */
  capacity: number;
  /** (venue, slot) pairs with a free room that some starter can reach and make. */
  coveredVenueSlots: number;
}

/**
 * Upper bound on the number of new groups the starters can start (see the file comment).
 * @param input - the compose input (parsed here, so labels are normalised and defaults filled)
 * @returns the bound and the figures behind it
 */
export function starterBound(input: ComposeInput): StarterBound {
  const problem = parse(input);
  const { policy } = problem;
  const perGroup = Math.max(1, policy.starters.min);

  const slotBinds = slotUniverse(problem).length > 0;
  const slots = slotBinds ? slotUniverse(problem) : ["(any)"];

  // Where groups can meet: the venues, or without venues the members' municipalities (at their mean point).
  interface Site {
    place: Place;
    slots: readonly string[] | undefined;
    rooms: number;
    id: string;
  }
  let sites: Site[];
  if (problem.venues.length > 0) {
    sites = problem.venues.map((v) => ({ place: v.location, slots: v.slots, rooms: v.rooms, id: v.id }));
  } else {
    const byMunicipality = new Map<string, { lat: number; lon: number; k: number }>();
    for (const c of problem.candidates) {
      if (c.location === undefined) continue;
      const m = byMunicipality.get(c.location.municipality) ?? { lat: 0, lon: 0, k: 0 };
      if (c.location.lat !== undefined && c.location.lon !== undefined) {
        m.lat += c.location.lat;
        m.lon += c.location.lon;
        m.k++;
      }
      byMunicipality.set(c.location.municipality, m);
    }
    sites = [...byMunicipality].map(([municipality, m]) => ({
      place: m.k > 0 ? { municipality, lat: m.lat / m.k, lon: m.lon / m.k } : { municipality },
      slots: undefined,
      // Without venues rooms are not limited.
      rooms: Number.POSITIVE_INFINITY,
      id: municipality,
    }));
  }

  // Rooms existing groups already hold in a (venue, slot).
  const held = new Map<string, number>();
  for (const g of problem.groups) {
    if (g.venue !== undefined && g.slot !== undefined) held.set(`${g.venue}\u0000${g.slot}`, (held.get(`${g.venue}\u0000${g.slot}`) ?? 0) + 1);
  }

  // A starter who can share no pool member's problem starts nothing when shared experience is required.
  const problems = new Set(problem.candidates.flatMap((c) => (c.problem === undefined ? [] : [c.problem])));
  const someoneWithoutProblem = problem.candidates.some((c) => c.problem === undefined);
  const useful = problem.starters.filter(
    (s) => !policy.starters.requireSharedExperience || someoneWithoutProblem || (s.experience ?? []).some((e) => problems.has(e)),
  );

  // Nodes: source, sink, starters, (starter, slot), (site, slot).
  const S = useful.length;
  const T = slots.length;
  const source = 0;
  const sink = 1;
  const starterNode = (i: number): number => 2 + i;
  const starterSlotNode = (i: number, t: number): number => 2 + S + i * T + t;
  const siteSlotNode = (j: number, t: number): number => 2 + S + S * T + j * T + t;
  const net = new FlowNetwork(2 + S + S * T + sites.length * T);
  const BIG = 1_000_000;

  const usedSiteSlots = new Set<number>();
  // Distinct starters who can attend each (site, slot): a group there needs k of them.
  const attendable = new Map<number, number>();
  let capacity = 0;
  useful.forEach((s, i) => {
    const reach = s.maxTravelKm ?? policy.travel.defaultMaxKm;
    const reachable = sites.flatMap((site, j) => {
      const d = distanceKm(s.location, site.place, problem);
      return d !== undefined && d <= reach ? [j] : [];
    });
    let any = false;
    slots.forEach((slot, t) => {
      if (slotBinds && s.availability !== undefined && !s.availability.includes(slot)) return;
      // Without a binding slot a starter is limited only by maxGroups.
      net.add(starterNode(i), starterSlotNode(i, t), slotBinds ? 1 : s.maxGroups);
      for (const j of reachable) {
        const site = sites[j];
        if (site === undefined || (slotBinds && site.slots !== undefined && !site.slots.includes(slot))) continue;
        const free = slotBinds ? site.rooms - (held.get(`${site.id}\u0000${slot}`) ?? 0) : Number.POSITIVE_INFINITY;
        if (free <= 0) continue;
        net.add(starterSlotNode(i, t), siteSlotNode(j, t), slotBinds ? 1 : s.maxGroups);
        usedSiteSlots.add(siteSlotNode(j, t));
        attendable.set(siteSlotNode(j, t), (attendable.get(siteSlotNode(j, t)) ?? 0) + 1);
        any = true;
      }
    });
    net.add(source, starterNode(i), s.maxGroups);
    if (any) capacity += s.maxGroups;
  });
  sites.forEach((site, j) => {
    slots.forEach((slot, t) => {
      const free = slotBinds ? site.rooms - (held.get(`${site.id}\u0000${slot}`) ?? 0) : Number.POSITIVE_INFINITY;
      if (free > 0) net.add(siteSlotNode(j, t), sink, Number.isFinite(free) ? free * perGroup : BIG);
    });
  });
  const flow = net.maxFlow(source, sink);
  // ⌊flow / k⌋ lets one starter fill two of a group's k places (in two slots); with k > 1 the
  // count of distinct starters per (site, slot) is a second bound that forbids that.
  let bySite = Number.POSITIVE_INFINITY;
  if (slotBinds && perGroup > 1) {
    bySite = 0;
    sites.forEach((site, j) => {
      slots.forEach((slot, t) => {
        const free = site.rooms - (held.get(`${site.id}\u0000${slot}`) ?? 0);
        bySite += Math.max(0, Math.min(free, Math.floor((attendable.get(siteSlotNode(j, t)) ?? 0) / perGroup)));
      });
    });
  }
  return { groups: Math.min(Math.floor(flow / perGroup), bySite), flow, perGroup, capacity, coveredVenueSlots: usedSiteSlots.size };
}
