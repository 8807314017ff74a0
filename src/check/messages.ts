import type { Locale } from "../model/locale.js";

/** A field of which a group may hold at most one recorded value (RULES.md 3, 6-9). */
export type ValueField = "problem" | "role" | "relation" | "patientSetting" | "event";

/**
 * Every text the checker writes, in violations and warnings. Arguments are ids, rule codes,
 * policy limits and computed counts: never a personal value from the input. A text about one
 * group is a detail that `group` puts behind the group's id.
 */
export interface CheckTexts {
  /** A detail about one group, behind its id ("group g1: size 3 < min 4"). */
  group(groupId: string, detail: string): string;
  /** Ids for a message, shortened for very long lists; `candidateIds` always carries them all. */
  ids(ids: readonly string[]): string;
  inputDoesNotParse(paths: string): string;
  distinctValues(count: number, field: ValueField): string;
  singleGenderValues(count: number): string;
  sizeBelowMin(size: number, min: number): string;
  sizeAboveMax(size: number, max: number): string;
  notEligible(ids: string, counts: { unknown: number; young: number; old: number }, minimum: number, maximum: number | undefined): string;
  ageSpan(span: number, max: number, youngest: string, oldest: string): string;
  neverMixPairs(pairs: number): string;
  gendersRecorded(count: number): string;
  pairsWhoKnowEachOther(pairs: number): string;
  slotWithoutUniverse: string;
  noSlot: string;
  slotNotInUniverse: string;
  membersUnavailable(count: number): string;
  venueLacksSlot(venue: string): string;
  slotNotKept(existing: string): string;
  venueNotKept(existing: string, venue: string): string;
  municipalityNotKept(existing: string): string;
  noVenue: string;
  venueUnknown(venue: string): string;
  venueWithoutVenues(venue: string): string;
  noMunicipality: string;
  municipalityOfNoMember: string;
  cannotReachVenue(count: number, venue: string): string;
  cannotReachMunicipality(count: number): string;
  needsUnmet(venue: string, count: number): string;
  overCapacity(members: number, capacity: number, venue: string): string;
  roomsOverbooked(venue: string, groups: number, ids: string, rooms: number): string;
  existingHasStarters(count: number): string;
  startersBelowMin(count: number, min: number): string;
  startersAboveMax(count: number, max: number): string;
  starterTwice(starter: string): string;
  starterUnknown(starter: string): string;
  starterCannotReach(starter: string): string;
  starterUnavailable(starter: string): string;
  starterLacksExperience(starter: string, members: number): string;
  starterOverused(starter: string, groups: number, ids: string, maxGroups: number): string;
  starterSameSlot(starter: string, groups: number, ids: string): string;
  /** Where a person appears, in a `together_split` message: a group, or the waitlist. */
  inGroup(groupId: string): string;
  waitlist: string;
  togetherSplit(people: number, places: number, where: string, ids: string): string;
  groupIdReused(groupId: string, groups: number): string;
  existingContinuedTwice(existing: string, groups: number): string;
  invented(count: number, ids: string): string;
  inventedWaiting(count: number, ids: string): string;
  duplicated(candidate: string, times: number, where: string): string;
  lost(count: number, ids: string): string;
  withoutReason(count: number, ids: string): string;
  existingNotContinued(existing: string, moved: number): string;
  existingLostMembers(existing: string, moved: number): string;
  closedMissing(existing: string): string;
  closedChanged(existing: string, added: number, removed: number): string;
  existingBreaks(groupId: string, rule: string, details: readonly string[]): string;
  togetherSplitByInput(people: number, ids: string, groups: number, groupIds: string): string;
}

/** How many ids a message spells out; `candidateIds` always carries them all. */
const MAX_IDS_IN_MESSAGE = 20;

/** The first ids joined by commas, and how many more were left off in the locale's words. */
function shortList(ids: readonly string[], more: (count: number) => string): string {
  const shown = ids.slice(0, MAX_IDS_IN_MESSAGE).join(", ");
  return ids.length > MAX_IDS_IN_MESSAGE ? `${shown} ${more(ids.length - MAX_IDS_IN_MESSAGE)}` : shown;
}

const EN_FIELDS: Record<ValueField, string> = { problem: "problem", role: "role", relation: "relation", patientSetting: "patient setting", event: "event" };

const EN: CheckTexts = {
  group: (groupId, detail) => `group ${groupId}: ${detail}`,
  ids: (ids) => shortList(ids, (n) => `and ${n} more`),
  inputDoesNotParse: (paths) => `input does not parse at: ${paths}`,
  distinctValues: (count, field) => `${count} distinct ${EN_FIELDS[field]} values (at most 1 allowed)`,
  singleGenderValues: (count) => `single-gender group has ${count} gender values`,
  sizeBelowMin: (size, min) => `size ${size} < min ${min}`,
  sizeAboveMax: (size, max) => `size ${size} > max ${max}`,
  notEligible: (ids, { unknown, young, old }, minimum, maximum) => {
    const parts: string[] = [];
    if (unknown > 0) parts.push(`${unknown} with age unknown`);
    if (young > 0) parts.push(`${young} below minimum age ${minimum}`);
    if (old > 0) parts.push(`${old} above maximum age ${maximum ?? ""}`);
    return `member(s) ${ids} not eligible to be placed (${parts.join("; ")})`;
  },
  ageSpan: (span, max, youngest, oldest) => `age span ${span} > ${max} (between ${youngest} and ${oldest})`,
  neverMixPairs: (pairs) => `${pairs} never-mix problem pair(s) present`,
  gendersRecorded: (count) => `${count} recorded gender(s) among its members (at least 2 required)`,
  pairsWhoKnowEachOther: (pairs) => `${pairs} pair(s) of members who know each other`,
  slotWithoutUniverse: "has a slot but the slot universe is empty",
  noSlot: "has no slot",
  slotNotInUniverse: "slot is not in the slot universe",
  membersUnavailable: (count) => `${count} member(s) not available in the group's slot`,
  venueLacksSlot: (venue) => `venue ${venue} does not list the group's slot`,
  slotNotKept: (existing) => `existing group ${existing} did not keep its slot`,
  venueNotKept: (existing, venue) => `existing group ${existing} did not keep venue ${venue}`,
  municipalityNotKept: (existing) => `existing group ${existing} did not keep its municipality`,
  noVenue: "has no venue",
  venueUnknown: (venue) => `venue ${venue} does not exist`,
  venueWithoutVenues: (venue) => `names venue ${venue} but the input has no venues`,
  noMunicipality: "has no municipality",
  municipalityOfNoMember: "municipality is not the municipality of any member",
  cannotReachVenue: (count, venue) => `${count} member(s) cannot reach venue ${venue}`,
  cannotReachMunicipality: (count) => `${count} member(s) cannot reach the group's municipality`,
  needsUnmet: (venue, count) => `venue ${venue} does not meet the needs of ${count} member(s)`,
  overCapacity: (members, capacity, venue) => `${members} members > capacity ${capacity} of venue ${venue}`,
  roomsOverbooked: (venue, groups, ids, rooms) => `venue ${venue} holds ${groups} groups in one slot (${ids}) but has ${rooms} room(s)`,
  existingHasStarters: (count) => `existing group has ${count} starter(s); existing groups get none`,
  startersBelowMin: (count, min) => `starters ${count} < min ${min}`,
  startersAboveMax: (count, max) => `starters ${count} > max ${max}`,
  starterTwice: (starter) => `starter ${starter} is listed more than once`,
  starterUnknown: (starter) => `starter ${starter} does not exist`,
  starterCannotReach: (starter) => `starter ${starter} cannot reach the meeting place`,
  starterUnavailable: (starter) => `starter ${starter} is not available in the group's slot`,
  starterLacksExperience: (starter, members) => `starter ${starter} lacks the experience of ${members} member(s)`,
  starterOverused: (starter, groups, ids, maxGroups) => `starter ${starter} is in ${groups} groups (${ids}) > maxGroups ${maxGroups}`,
  starterSameSlot: (starter, groups, ids) => `starter ${starter} is in ${groups} groups with the same slot (${ids})`,
  inGroup: (groupId) => `group ${groupId}`,
  waitlist: "waitlist",
  togetherSplit: (people, places, where, ids) => `${people} together-linked candidate(s) are split across ${places} places (${where}): ${ids}`,
  groupIdReused: (groupId, groups) => `group id ${groupId} is used by ${groups} groups`,
  existingContinuedTwice: (existing, groups) => `existing group ${existing} is continued by ${groups} groups`,
  invented: (count, ids) => `${count} member id(s) are not candidates: ${ids}`,
  inventedWaiting: (count, ids) => `waitlist: ${count} id(s) are not candidates: ${ids}`,
  duplicated: (candidate, times, where) => `candidate ${candidate} appears ${times} times (${where})`,
  lost: (count, ids) => `${count} candidate(s) neither in a group nor waiting: ${ids}`,
  withoutReason: (count, ids) => `waitlist entries without a reason: ${count} (${ids})`,
  existingNotContinued: (existing, moved) => `existing group ${existing} is not continued in the result: ${moved} member(s) moved`,
  existingLostMembers: (existing, moved) => `existing group ${existing} lost members: ${moved} member(s) moved`,
  closedMissing: (existing) => `closed group ${existing} changed: is missing from the result`,
  closedChanged: (existing, added, removed) => `closed group ${existing} changed: ${added} added, ${removed} removed`,
  existingBreaks: (groupId, rule, details) => `existing group ${groupId} breaks ${rule} as the input gives it, and is left as it is: ${details.join("; ")}`,
  togetherSplitByInput: (people, ids, groups, groupIds) =>
    `${people} together-linked people (${ids}) are members of ${groups} different existing groups (${groupIds}); they are left where they are`,
};

const NB_FIELDS: Record<ValueField, string> = {
  problem: "problemområde",
  role: "rolle",
  relation: "relasjon",
  patientSetting: "hvor den syke bor",
  event: "hendelse",
};

const NB: CheckTexts = {
  group: (groupId, detail) => `gruppe ${groupId}: ${detail}`,
  ids: (ids) => shortList(ids, (n) => `og ${n} til`),
  inputDoesNotParse: (paths) => `dataene kan ikke leses i: ${paths}`,
  distinctValues: (count, field) => `${count} ulike verdier for ${NB_FIELDS[field]} (høyst 1 tillatt)`,
  singleGenderValues: (count) => `kjønnshomogen gruppe har ${count} ulike kjønn`,
  sizeBelowMin: (size, min) => `størrelse ${size} < min ${min}`,
  sizeAboveMax: (size, max) => `størrelse ${size} > max ${max}`,
  notEligible: (ids, { unknown, young, old }, minimum, maximum) => {
    const parts: string[] = [];
    if (unknown > 0) parts.push(`${unknown} uten registrert alder`);
    if (young > 0) parts.push(`${young} under minstealder ${minimum}`);
    if (old > 0) parts.push(`${old} over høyeste alder ${maximum ?? ""}`);
    return `medlem(mer) ${ids} kan ikke plasseres (${parts.join("; ")})`;
  },
  ageSpan: (span, max, youngest, oldest) => `aldersspenn ${span} > ${max} (mellom ${youngest} og ${oldest})`,
  neverMixPairs: (pairs) => `${pairs} par av problemområder som aldri skal blandes`,
  gendersRecorded: (count) => `${count} registrerte kjønn blant medlemmene (minst 2 kreves)`,
  pairsWhoKnowEachOther: (pairs) => `${pairs} par av medlemmer som kjenner hverandre`,
  slotWithoutUniverse: "har et tidspunkt, men ingen tidspunkter er nevnt i dataene",
  noSlot: "har ikke noe tidspunkt",
  slotNotInUniverse: "tidspunktet er ikke blant tidspunktene som finnes",
  membersUnavailable: (count) => `${count} medlem(mer) kan ikke på gruppas tidspunkt`,
  venueLacksSlot: (venue) => `lokale ${venue} er ikke åpent på gruppas tidspunkt`,
  slotNotKept: (existing) => `eksisterende gruppe ${existing} beholdt ikke tidspunktet sitt`,
  venueNotKept: (existing, venue) => `eksisterende gruppe ${existing} beholdt ikke lokale ${venue}`,
  municipalityNotKept: (existing) => `eksisterende gruppe ${existing} beholdt ikke kommunen sin`,
  noVenue: "har ikke noe lokale",
  venueUnknown: (venue) => `lokale ${venue} finnes ikke`,
  venueWithoutVenues: (venue) => `oppgir lokale ${venue}, men dataene har ingen lokaler`,
  noMunicipality: "har ingen kommune",
  municipalityOfNoMember: "kommunen er ikke kommunen til noen av medlemmene",
  cannotReachVenue: (count, venue) => `${count} medlem(mer) kan ikke nå lokale ${venue}`,
  cannotReachMunicipality: (count) => `${count} medlem(mer) kan ikke nå gruppas kommune`,
  needsUnmet: (venue, count) => `lokale ${venue} dekker ikke behovene til ${count} medlem(mer)`,
  overCapacity: (members, capacity, venue) => `${members} medlemmer > kapasitet ${capacity} i lokale ${venue}`,
  roomsOverbooked: (venue, groups, ids, rooms) => `lokale ${venue} har ${groups} grupper på samme tidspunkt (${ids}), men ${rooms} rom`,
  existingHasStarters: (count) => `eksisterende gruppe har ${count} igangsetter(e); eksisterende grupper får ingen`,
  startersBelowMin: (count, min) => `igangsettere ${count} < min ${min}`,
  startersAboveMax: (count, max) => `igangsettere ${count} > max ${max}`,
  starterTwice: (starter) => `igangsetter ${starter} står mer enn én gang`,
  starterUnknown: (starter) => `igangsetter ${starter} finnes ikke`,
  starterCannotReach: (starter) => `igangsetter ${starter} kan ikke nå møtestedet`,
  starterUnavailable: (starter) => `igangsetter ${starter} kan ikke på gruppas tidspunkt`,
  starterLacksExperience: (starter, members) => `igangsetter ${starter} mangler erfaringen til ${members} medlem(mer)`,
  starterOverused: (starter, groups, ids, maxGroups) => `igangsetter ${starter} er i ${groups} grupper (${ids}) > maxGroups ${maxGroups}`,
  starterSameSlot: (starter, groups, ids) => `igangsetter ${starter} er i ${groups} grupper på samme tidspunkt (${ids})`,
  inGroup: (groupId) => `gruppe ${groupId}`,
  waitlist: "ventelisten",
  togetherSplit: (people, places, where, ids) => `${people} kandidat(er) som skal være sammen, er delt på ${places} steder (${where}): ${ids}`,
  groupIdReused: (groupId, groups) => `gruppe-id ${groupId} brukes av ${groups} grupper`,
  existingContinuedTwice: (existing, groups) => `eksisterende gruppe ${existing} videreføres av ${groups} grupper`,
  invented: (count, ids) => `${count} medlems-id(er) er ikke kandidater: ${ids}`,
  inventedWaiting: (count, ids) => `ventelisten: ${count} id(er) er ikke kandidater: ${ids}`,
  duplicated: (candidate, times, where) => `kandidat ${candidate} står ${times} ganger (${where})`,
  lost: (count, ids) => `${count} kandidat(er) er verken i en gruppe eller på ventelisten: ${ids}`,
  withoutReason: (count, ids) => `oppføringer på ventelisten uten grunn: ${count} (${ids})`,
  existingNotContinued: (existing, moved) => `eksisterende gruppe ${existing} er ikke videreført i resultatet: ${moved} medlem(mer) flyttet`,
  existingLostMembers: (existing, moved) => `eksisterende gruppe ${existing} mistet medlemmer: ${moved} medlem(mer) flyttet`,
  closedMissing: (existing) => `lukket gruppe ${existing} er endret: mangler i resultatet`,
  closedChanged: (existing, added, removed) => `lukket gruppe ${existing} er endret: ${added} lagt til, ${removed} fjernet`,
  existingBreaks: (groupId, rule, details) =>
    `eksisterende gruppe ${groupId} bryter ${rule} slik dataene oppgir den, og blir stående som den er: ${details.join("; ")}`,
  togetherSplitByInput: (people, ids, groups, groupIds) =>
    `${people} personer som skal være sammen (${ids}), er medlemmer av ${groups} ulike eksisterende grupper (${groupIds}); de blir stående der de er`,
};

/** The checker's texts in each locale; a text missing in one is a type error. */
export const CHECK_TEXTS: Record<Locale, CheckTexts> = { en: EN, nb: NB };
