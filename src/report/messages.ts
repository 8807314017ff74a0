import type { Locale } from "../model/locale.js";
import type { ComposeStatus, ComposeStats, Suggestion, WaitReasonCode } from "../model/result.js";
import type { Gender } from "../model/schemas.js";

/** A gender as the report counts it: recorded, or not. */
export type GenderKey = Gender | "undisclosed";

/** The rows of "Rules used", in the order they are shown. */
export type RuleRow =
  | "groupSize"
  | "ageMinimum"
  | "ageMaximum"
  | "ageSpan"
  | "genderMix"
  | "singleGender"
  | "problemMode"
  | "neverMix"
  | "rolesSeparate"
  | "relativeRoles"
  | "byRelation"
  | "byPatientSetting"
  | "eventsShared"
  | "keepApart"
  | "slotsRequired"
  | "slotsOffered"
  | "travel"
  | "starters"
  | "sharedExperience"
  | "asOf"
  | "weights";

/**
 * Every text of the report. Arguments are counts, ids and labels that the report escapes; a
 * text never holds markup.
 */
export interface ReportTexts {
  defaultTitle: string;
  status: Record<ComposeStatus, string>;
  stoppedBy: Record<ComposeStats["stoppedBy"], string>;
  method: Record<ComposeStats["method"], string>;
  /** One line under the title: status, method, seed and work. */
  runLine(status: string, method: string, seed: number, iterations: number, stoppedBy: string): string;
  made(date: string): string;
  summary: string;
  groups: string;
  waitlist: string;
  rules: string;
  warnings: string;
  placed: string;
  waiting: string;
  groupCount: string;
  byProblem: string;
  byMunicipality: string;
  problemArea: string;
  municipality: string;
  notRecorded: string;
  slot: string;
  venue: string;
  place: string;
  starters: string;
  noStarters: string;
  noSlot: string;
  id: string;
  age: string;
  gender: string;
  travelKm: string;
  unknownKm: string;
  newMember: string;
  continues(existing: string): string;
  newGroup: string;
  ageSpan(span: number): string;
  ageAxis: string;
  genderMix: string;
  genders: Record<GenderKey, string>;
  travelSummary(max: string, total: string): string;
  noGroups: string;
  noneWaiting: string;
  reasonTitles: Record<WaitReasonCode, string>;
  people(count: number): string;
  details: string;
  suggestions: string;
  missing(count: number): string;
  compatible(count: number): string;
  partner(partnerId: string, reason: string): string;
  placedLongerWaiting(count: number): string;
  neverInThisPool: string;
  lostOut: string;
  kinds: Record<Suggestion["kind"], string>;
  /** The group a suggestion would let start: its waiting members, and how many more like the person it asks for. */
  suggestedGroup(members: string, more: number): string;
  newVenue: string;
  againstGuidance: string;
  rule: string;
  value: string;
  policyPath: string;
  ruleRows: Record<RuleRow, string>;
  yes: string;
  no: string;
  none: string;
  everyArea: string;
  genderModes: Record<"prefer" | "require" | "ignore", string>;
  problemModes: Record<"shared" | "cross", string>;
  rolesOf: Record<"self" | "relative" | "bereaved" | "survivor", string>;
  sizeRange(min: number, max: number, preferred: number): string;
  years(count: number): string;
  km(value: string): string;
  startersRange(min: number, max: number): string;
  everySlotNamed: string;
  latestWaitingSince: string;
  rulesPointer: string;
}

const EN: ReportTexts = {
  defaultTitle: "Groups and waitlist",
  status: {
    optimal: "proven best composition",
    feasible: "every group valid",
    stopped: "stopped early: best composition found so far",
    "no-groups-possible": "no group can be formed from this list",
  },
  stoppedBy: { completed: "search finished", iterations: "work limit reached", time: "time limit reached", signal: "stopped on request" },
  method: { construct: "first composition", search: "search", exact: "exact method" },
  runLine: (status, method, seed, iterations, stoppedBy) => `${status} · ${method}, seed ${seed}, ${iterations} iterations, ${stoppedBy}`,
  made: (date) => `Made ${date}`,
  summary: "Summary",
  groups: "Groups",
  waitlist: "Waitlist",
  rules: "Rules used",
  warnings: "Look at the input",
  placed: "placed",
  waiting: "waiting",
  groupCount: "groups",
  byProblem: "By problem area",
  byMunicipality: "By municipality",
  problemArea: "Problem area",
  municipality: "Municipality",
  notRecorded: "not recorded",
  slot: "Slot",
  venue: "Venue",
  place: "Meets in",
  starters: "Starters",
  noStarters: "none",
  noSlot: "not set",
  id: "Id",
  age: "Age",
  gender: "Gender",
  travelKm: "Travel",
  unknownKm: "unknown",
  newMember: "new",
  continues: (existing) => `continues ${existing}`,
  newGroup: "new group",
  ageSpan: (span) => `age span ${span} years`,
  ageAxis: "Ages of the members on the axis shared by every group; the band is the group's span",
  genderMix: "Gender mix",
  genders: { female: "female", male: "male", other: "other", undisclosed: "not recorded" },
  travelSummary: (max, total) => `longest ${max}, in all ${total}`,
  noGroups: "No groups were formed.",
  noneWaiting: "Nobody waits.",
  reasonTitles: {
    below_minimum_age: "Below the minimum age",
    above_maximum_age: "Above the maximum age",
    age_unknown: "Age not recorded",
    no_reachable_venue: "No meeting place within reach",
    no_common_slot: "No weekly slot that fits",
    together_incompatible: "Must join together, but cannot",
    together_partner_blocked: "Waits with a partner who cannot be placed",
    no_starter_available: "No starter free",
    too_few_compatible: "Too few who fit together",
    no_room_left: "Every room taken",
    not_selected: "Others were placed this time",
  },
  people: (count) => `${count} ${count === 1 ? "person" : "people"}`,
  details: "Details",
  suggestions: "What would let them start",
  missing: (count) => `${count} more needed`,
  compatible: (count) => `at most ${count} who fit, at one place and slot`,
  partner: (partnerId, reason) => `partner ${partnerId}: ${reason}`,
  placedLongerWaiting: (count) => `${count} placed who waited longer`,
  neverInThisPool: "cannot be placed from this list as it is",
  lostOut: "could be placed in another composition",
  suggestedGroup: (members, more) => `The group: ${members}${more > 0 ? ` and ${more} more like them` : ""}`,
  newVenue: "the new venue",
  kinds: { add_venue: "Add a venue", add_slot: "Add a slot", add_room: "Add a room", add_starter: "Add a starter", more_candidates: "More candidates", relax_rule: "Relax a rule" },
  againstGuidance: "against the guidance",
  rule: "Rule",
  value: "Value",
  policyPath: "In the policy",
  ruleRows: {
    groupSize: "Group size",
    ageMinimum: "Minimum age",
    ageMaximum: "Maximum age",
    ageSpan: "Largest age span in a group",
    genderMix: "Both genders in a group",
    singleGender: "Single-gender groups for",
    problemMode: "Problem areas in a group",
    neverMix: "Problem areas never mixed",
    rolesSeparate: "Affected people and relatives apart",
    relativeRoles: "Roles the relatives' rules apply to",
    byRelation: "Relatives grouped by relation",
    byPatientSetting: "Relatives grouped by where the ill person lives",
    eventsShared: "One event per group",
    keepApart: "People who know each other kept apart",
    slotsRequired: "A weekly slot everyone can make",
    slotsOffered: "Slots offered",
    travel: "Travel distance when not recorded",
    starters: "Starters per new group",
    sharedExperience: "Starters share the members' experience",
    asOf: "Waiting time counted to",
    weights: "Weights",
  },
  yes: "yes",
  no: "no",
  none: "none",
  everyArea: "every problem area",
  genderModes: { prefer: "preferred", require: "required", ignore: "not considered" },
  problemModes: { shared: "one shared problem area", cross: "across problem areas" },
  rolesOf: { self: "affected", relative: "relatives", bereaved: "bereaved", survivor: "survivors" },
  sizeRange: (min, max, preferred) => `${min}–${max}, preferably ${preferred}`,
  years: (count) => `${count} years`,
  km: (value) => `${value} km`,
  startersRange: (min, max) => `${min}–${max}`,
  everySlotNamed: "every slot named in the list",
  latestWaitingSince: "the latest date anyone started waiting",
  rulesPointer: "Each rule, and what happens where a field is not recorded, is written out in RULES.md, shipped with sammen.",
};

const NB: ReportTexts = {
  defaultTitle: "Grupper og venteliste",
  status: {
    optimal: "bevist beste sammensetning",
    feasible: "alle gruppene er gyldige",
    stopped: "stoppet tidlig: beste sammensetning funnet så langt",
    "no-groups-possible": "ingen gruppe kan settes sammen fra denne listen",
  },
  stoppedBy: { completed: "søket ble ferdig", iterations: "arbeidsgrensen nådd", time: "tidsgrensen nådd", signal: "stoppet på forespørsel" },
  method: { construct: "første sammensetning", search: "søk", exact: "eksakt metode" },
  runLine: (status, method, seed, iterations, stoppedBy) => `${status} · ${method}, frø ${seed}, ${iterations} iterasjoner, ${stoppedBy}`,
  made: (date) => `Laget ${date}`,
  summary: "Oversikt",
  groups: "Grupper",
  waitlist: "Venteliste",
  rules: "Regler som er brukt",
  warnings: "Se på dataene",
  placed: "plassert",
  waiting: "venter",
  groupCount: "grupper",
  byProblem: "Etter problemområde",
  byMunicipality: "Etter kommune",
  problemArea: "Problemområde",
  municipality: "Kommune",
  notRecorded: "ikke registrert",
  slot: "Tidspunkt",
  venue: "Lokale",
  place: "Møtes i",
  starters: "Igangsettere",
  noStarters: "ingen",
  noSlot: "ikke satt",
  id: "Id",
  age: "Alder",
  gender: "Kjønn",
  travelKm: "Reise",
  unknownKm: "ukjent",
  newMember: "ny",
  continues: (existing) => `viderefører ${existing}`,
  newGroup: "ny gruppe",
  ageSpan: (span) => `aldersspenn ${span} år`,
  ageAxis: "Deltakernes alder på en akse som er felles for alle gruppene; feltet er gruppas aldersspenn",
  genderMix: "Kjønnsfordeling",
  genders: { female: "kvinne", male: "mann", other: "annet", undisclosed: "ikke oppgitt" },
  travelSummary: (max, total) => `lengst ${max}, til sammen ${total}`,
  noGroups: "Ingen grupper ble satt sammen.",
  noneWaiting: "Ingen står på venteliste.",
  reasonTitles: {
    below_minimum_age: "Under minstealderen",
    above_maximum_age: "Over høyeste alder",
    age_unknown: "Alder ikke registrert",
    no_reachable_venue: "Ingen møtested innen rekkevidde",
    no_common_slot: "Ingen ukentlig tidspunkt som passer",
    together_incompatible: "Skal være sammen, men kan ikke",
    together_partner_blocked: "Venter med en partner som ikke kan plasseres",
    no_starter_available: "Ingen ledig igangsetter",
    too_few_compatible: "For få som passer sammen",
    no_room_left: "Alle rom er opptatt",
    not_selected: "Andre ble plassert denne gangen",
  },
  people: (count) => `${count} ${count === 1 ? "person" : "personer"}`,
  details: "Detaljer",
  suggestions: "Hva som ville latt dem starte",
  missing: (count) => `trenger ${count} til`,
  compatible: (count) => `høyst ${count} som passer, på ett sted og tidspunkt`,
  partner: (partnerId, reason) => `partner ${partnerId}: ${reason}`,
  placedLongerWaiting: (count) => `${count} plassert som har ventet lenger`,
  neverInThisPool: "kan ikke plasseres fra denne listen slik den er",
  lostOut: "kunne vært plassert i en annen sammensetning",
  suggestedGroup: (members, more) => `Gruppen: ${members}${more > 0 ? ` og ${more} til som ligner personen` : ""}`,
  newVenue: "det nye lokalet",
  kinds: { add_venue: "Nytt lokale", add_slot: "Nytt tidspunkt", add_room: "Ett rom til", add_starter: "Ny igangsetter", more_candidates: "Flere deltakere", relax_rule: "Løs opp en regel" },
  againstGuidance: "mot rådene",
  rule: "Regel",
  value: "Verdi",
  policyPath: "I regelsettet",
  ruleRows: {
    groupSize: "Gruppestørrelse",
    ageMinimum: "Minstealder",
    ageMaximum: "Høyeste alder",
    ageSpan: "Største aldersspenn i en gruppe",
    genderMix: "Begge kjønn i en gruppe",
    singleGender: "Kjønnshomogene grupper for",
    problemMode: "Problemområder i en gruppe",
    neverMix: "Problemområder som aldri blandes",
    rolesSeparate: "Berørte og pårørende hver for seg",
    relativeRoles: "Roller pårørendereglene gjelder for",
    byRelation: "Pårørende grupperes etter relasjon",
    byPatientSetting: "Pårørende grupperes etter hvor den syke bor",
    eventsShared: "Én hendelse per gruppe",
    keepApart: "De som kjenner hverandre, holdes atskilt",
    slotsRequired: "Et ukentlig tidspunkt alle kan",
    slotsOffered: "Tidspunkter som tilbys",
    travel: "Reiseavstand når den ikke er registrert",
    starters: "Igangsettere per ny gruppe",
    sharedExperience: "Igangsetterne har deltakernes erfaring",
    asOf: "Ventetid regnes fram til",
    weights: "Vekter",
  },
  yes: "ja",
  no: "nei",
  none: "ingen",
  everyArea: "alle problemområder",
  genderModes: { prefer: "foretrukket", require: "påkrevd", ignore: "ikke vurdert" },
  problemModes: { shared: "ett felles problemområde", cross: "på tvers av problemområder" },
  rolesOf: { self: "berørte", relative: "pårørende", bereaved: "etterlatte", survivor: "overlevende" },
  sizeRange: (min, max, preferred) => `${min}–${max}, helst ${preferred}`,
  years: (count) => `${count} år`,
  km: (value) => `${value} km`,
  startersRange: (min, max) => `${min}–${max}`,
  everySlotNamed: "alle tidspunkter som nevnes i listen",
  latestWaitingSince: "den siste datoen noen begynte å vente",
  rulesPointer: "Hver regel, og hva som gjelder der et felt ikke er registrert, er beskrevet i RULES.md, som følger med sammen.",
};

/** The report's texts in each locale; a text missing in one is a type error. */
export const REPORT_TEXTS: Record<Locale, ReportTexts> = { en: EN, nb: NB };
