import type { ComposedGroup, ComposeInput, ComposeResult, Suggestion, WaitlistEntry } from "../../src/index.js";

type Candidate = ComposeInput["candidates"][number];
type Starter = NonNullable<ComposeInput["starters"]>[number];
type Policy = NonNullable<ComposeInput["policy"]>;

/** What following a suggestion gives: the changed input, and the result with the promised group added. */
export interface Followed {
  input: ComposeInput;
  result: ComposeResult;
  /** Ids of the people the suggestion asked for (they are in the promised group). */
  added: string[];
}

/**
 * Follows a suggestion from its data alone, as a coordinator would (RULES.md, "Why someone
 * waits"): makes the change to the input (a venue where `near` lives, a slot at a venue, one more room, new starters
 * where the group meets, a relaxed rule, `count` people like `like`), and adds the group it
 * promises to the result, everyone else staying as they were. Written without src/explain/.
 */
export function followSuggestion(input: ComposeInput, result: ComposeResult, suggestion: Suggestion): Followed {
  const group = suggestion.group;
  if (group === undefined) throw new Error(`suggestion ${suggestion.kind} has no group`);
  const changed = structuredClone(input);
  const byId = new Map(changed.candidates.map((c) => [c.id, c]));
  let venue = group.venue;
  let where: Candidate["location"];
  if (suggestion.kind === "add_venue") {
    const near = byId.get(suggestion.near!)!;
    venue = fresh("suggested-venue", changed);
    where = near.location!;
    changed.venues = [...(changed.venues ?? []), { id: venue, location: structuredClone(where), ...(group.slot === null ? {} : { slots: [group.slot] }), offers: suggestion.offers ?? [], rooms: 1 }];
  } else if (venue !== null) {
    const v = changed.venues!.find((x) => x.id === venue)!;
    where = v.location;
    if (suggestion.kind === "add_room") v.rooms = (v.rooms ?? 1) + (suggestion.rooms ?? 1);
    if (suggestion.kind === "add_slot") v.slots = [...(v.slots ?? []), suggestion.slot!];
  } else {
    where = { municipality: group.municipality! };
  }
  if (suggestion.kind === "relax_rule") changed.policy = relaxed(changed.policy ?? {}, suggestion.rule!, suggestion.to);
  const starters: string[] = [];
  for (let k = 0; k < (suggestion.newStarters ?? 0); k++) {
    const id = fresh(`suggested-starter-${k}`, changed);
    const starter: Starter = { id, location: structuredClone(where), maxTravelKm: 0, ...(group.slot === null ? {} : { availability: [group.slot] }), maxGroups: 1 };
    if (suggestion.experience !== undefined) starter.experience = [...suggestion.experience];
    changed.starters = [...(changed.starters ?? []), starter];
    starters.push(id);
  }
  const added: string[] = [];
  for (let k = 0; k < (suggestion.count ?? 0); k++) {
    const like = byId.get(suggestion.like!)!;
    const id = fresh(`suggested-person-${k}`, changed);
    changed.candidates.push(likeThem(like, id, venue === null ? { municipality: group.municipality! } : like.location!, group.slot, k === 0 ? suggestion.oneOfGender : undefined));
    added.push(id);
  }
  const members = [...group.members, ...added];
  const promised: ComposedGroup = {
    id: fresh("suggested-group", changed, result),
    members,
    slot: group.slot,
    venue,
    municipality: group.municipality,
    // The group takes the starters it needs; the rest are for the groups of those who waited longer.
    starters: [...group.starters, ...starters.slice(0, Math.max(0, (changed.policy?.starters?.min ?? 0) - group.starters.length))],
    existing: null,
    newMembers: [...members],
    metrics: { size: members.length, ageSpan: 0, genders: { female: 0, male: 0, other: 0, undisclosed: 0 }, problems: [], maxTravelKm: 0, totalTravelKm: 0 },
    score: { placed: 0, waiting: 0, ageSpan: 0, genderMix: 0, expectation: 0, sizeFromPreferred: 0, travel: 0 },
  };
  const inGroup = new Set(group.members);
  const waitlist: WaitlistEntry[] = result.waitlist.filter((e) => !inGroup.has(e.candidateId));
  return { input: changed, result: { ...result, groups: [...result.groups, promised], waitlist }, added };
}

/** A new person like `like`: the same age, gender (or `gender`), problem, role, relation, setting, event and needs, living at `location`, free in `slot`. */
function likeThem(like: Candidate, id: string, location: NonNullable<Candidate["location"]>, slot: string | null, gender: Candidate["gender"]): Candidate {
  const { knows: _knows, together: _together, waitingSince: _since, ...rest } = structuredClone(like);
  const copy: Candidate = { ...rest, id, location: structuredClone(location) };
  if (slot !== null) copy.availability = [slot];
  if (gender !== undefined) copy.gender = gender;
  return copy;
}

/** The policy with one rule relaxed as RULES.md says each is followed. */
function relaxed(policy: Policy, rule: string, to: number | undefined): Policy {
  const p = structuredClone(policy);
  switch (rule) {
    case "groupSize.min":
      p.groupSize = { ...p.groupSize, min: to! };
      break;
    case "age.maxSpan":
      p.age = { ...p.age, maxSpan: to! };
      break;
    case "problem.mode":
      p.problem = { ...p.problem, mode: "cross" };
      break;
    case "problem.neverMix":
      p.problem = { ...p.problem, neverMix: [] };
      break;
    case "roles.separate":
      p.roles = { separate: false };
      break;
    case "relatives.byRelation":
      p.relatives = { ...p.relatives, byRelation: false };
      break;
    case "relatives.byPatientSetting":
      p.relatives = { ...p.relatives, byPatientSetting: false };
      break;
    case "events.shared":
      p.events = { shared: false };
      break;
    default:
      throw new Error(`no way to relax ${rule}`);
  }
  return p;
}

/** An id no candidate, venue, starter or group of the input (or result) has. */
function fresh(stem: string, input: ComposeInput, result?: ComposeResult): string {
  const taken = new Set([
    ...input.candidates.map((c) => c.id),
    ...(input.venues ?? []).map((v) => v.id),
    ...(input.starters ?? []).map((s) => s.id),
    ...(input.groups ?? []).map((g) => g.id),
    ...(result?.groups ?? []).map((g) => g.id),
  ]);
  let id = stem;
  for (let k = 2; taken.has(id); k++) id = `${stem}-${k}`;
  return id;
}
