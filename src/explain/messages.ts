import type { Locale } from "../model/locale.js";
import type { WaitReasonCode } from "../model/result.js";

/** The pair rules a coordinator may be offered to relax (policy paths). */
export type RelaxableRule =
  | "age.maxSpan"
  | "problem.mode"
  | "problem.neverMix"
  | "roles.separate"
  | "relatives.byRelation"
  | "relatives.byPatientSetting"
  | "events.shared";

/**
 * Every text the waitlist explanations write: one per reason code, and the suggestions. Figures
 * and ids travel in the entries' own fields; a text takes counts, sizes and policy paths only.
 */
export interface ExplainTexts {
  /** The coordinator's text for each reason; figures travel in the reason's own fields. */
  reasons: Record<WaitReasonCode, string>;
  /** What relaxing each pair rule would allow, as a phrase ("a wider age span"). */
  relaxes: Record<RelaxableRule, string>;
  addVenueInReach: string;
  addVenueInSlot: string;
  addStarter: string;
  moreCandidates(count: number): string;
  relaxRule(rule: RelaxableRule, againstGuidance: boolean): string;
  minimumSize(size: number, againstGuidance: boolean, guidedMinimum: number): string;
  addRoom(venueNamed: boolean): string;
  moreAtVenue(count: number, venueNamed: boolean): string;
}

const EN: ExplainTexts = {
  reasons: {
    below_minimum_age: "Below the policy's minimum age; groups are for adults.",
    above_maximum_age: "Above the policy's maximum age.",
    age_unknown: "Age is not recorded, so the age rules cannot be checked.",
    no_reachable_venue: "No meeting place within their travel distance meets their needs.",
    no_common_slot: "A meeting place they can reach meets their needs, but none is open in a weekly slot they can make.",
    together_incompatible:
      "They must join together with someone (a couple, a family), and the two can never be in one group: the rules keep them apart, they share no place and slot, or they are more than a group holds.",
    together_partner_blocked: "They must join together with someone who cannot be placed (see partnerId and partnerReason), so they wait too.",
    no_starter_available:
      "No starter is free who could start a group at a place and slot they can use (reach it, make the slot, share the experience where that is required).",
    too_few_compatible:
      "Too few people in the pool could share a group with them at any place and slot they can use (compatible: the most at any one), so no composition of this pool can place them.",
    no_room_left:
      "Enough people could form a group with them, but every room where they could meet is taken in the slots they can make (a venue without `rooms` counts as one room).",
    not_selected:
      "They could have been in a group, but this composition placed others (placedLongerWaiting: people who waited longer and could share a group with them were placed).",
  },
  relaxes: {
    "age.maxSpan": "a wider age span",
    "problem.mode": "cross-problem groups",
    "problem.neverMix": "the listed problem areas to mix",
    "roles.separate": "affected people and relatives in one group",
    "relatives.byRelation": "relatives of different relations in one group",
    "relatives.byPatientSetting": "relatives of people at home and in institutions in one group",
    "events.shared": "people from different events in one group",
  },
  addVenueInReach: "A venue within their travel distance that meets their needs would let them join a group.",
  addVenueInSlot: "A venue they can reach that is open in a weekly slot they can make would let them join a group.",
  addStarter: "A starter who can reach a place they can use, in a slot they can make (with their experience, where that is required), would let a group start.",
  moreCandidates: (count) => `${count} more ${count === 1 ? "person" : "people"} who could share a group with them, at a place and slot they can use, would let a group start.`,
  relaxRule: (rule, against) =>
    `Allowing ${EN.relaxes[rule]} (policy ${rule}) would give them enough people for a group${against ? ", against the guidance the rule comes from" : ""}.`,
  minimumSize: (size, against, guided) =>
    `A minimum group size of ${size} (policy groupSize.min) would let a group start${against ? `; groups under ${guided} are fragile, so this goes against the guidance` : ""}.`,
  addRoom: (named) =>
    `One more room${named ? " at the venue named" : ""} in a slot they can make (or a starter, where the starters are taken) would let a group start; a venue without \`rooms\` counts as one room, so record how many it has.`,
  moreAtVenue: (count, named) =>
    `${count} more ${count === 1 ? "person" : "people"} who could share a group with them${named ? " at the venue named" : ""}, with those still waiting there, would let a new group start.`,
};

const NB: ExplainTexts = {
  reasons: {
    below_minimum_age: "Under minstealderen i regelsettet; gruppene er for voksne.",
    above_maximum_age: "Over høyeste alder i regelsettet.",
    age_unknown: "Alder er ikke registrert, så aldersreglene kan ikke sjekkes.",
    no_reachable_venue: "Ingen møtesteder innenfor reiseavstanden til personen dekker behovene personen har.",
    no_common_slot: "Personen kan nå et møtested som dekker behovene, men ingen er åpne på et ukentlig tidspunkt personen kan.",
    together_incompatible:
      "Personen skal være i gruppe sammen med noen (et par, en familie), og de kan aldri være i samme gruppe: reglene holder dem fra hverandre, de har ikke noe sted og tidspunkt felles, eller de er flere enn en gruppe rommer.",
    together_partner_blocked:
      "Personen skal være i gruppe sammen med noen som ikke kan plasseres (se partnerId og partnerReason), og venter derfor også.",
    no_starter_available:
      "Ingen igangsetter er ledig som kan starte en gruppe på et sted og tidspunkt personen kan bruke (nå stedet, kunne på tidspunktet, ha samme erfaring der det kreves).",
    too_few_compatible:
      "For få på listen kan være i gruppe med personen på et sted og tidspunkt personen kan bruke (compatible: flest på ett av dem), så ingen sammensetning av denne listen kan plassere personen.",
    no_room_left:
      "Nok personer kunne dannet en gruppe med personen, men alle rom der de kunne møtes, er opptatt på tidspunktene personen kan (et lokale uten `rooms` teller som ett rom).",
    not_selected:
      "Personen kunne vært i en gruppe, men denne sammensetningen plasserte andre (placedLongerWaiting: personer som har ventet lenger og kunne vært i gruppe med personen, ble plassert).",
  },
  relaxes: {
    "age.maxSpan": "et større aldersspenn",
    "problem.mode": "grupper på tvers av problemområder",
    "problem.neverMix": "at de oppførte problemområdene blandes",
    "roles.separate": "berørte og pårørende i samme gruppe",
    "relatives.byRelation": "pårørende med ulik relasjon i samme gruppe",
    "relatives.byPatientSetting": "pårørende til personer som bor hjemme og på institusjon, i samme gruppe",
    "events.shared": "personer fra ulike hendelser i samme gruppe",
  },
  addVenueInReach: "Et lokale innenfor reiseavstanden til personen som dekker behovene, ville latt personen bli med i en gruppe.",
  addVenueInSlot: "Et lokale personen kan nå, som er åpent på et ukentlig tidspunkt personen kan, ville latt personen bli med i en gruppe.",
  addStarter:
    "En igangsetter som kan nå et sted personen kan bruke, på et tidspunkt personen kan (med samme erfaring der det kreves), ville latt en gruppe starte.",
  moreCandidates: (count) =>
    `${count} ${count === 1 ? "person" : "personer"} til som kan være i gruppe med personen, på et sted og tidspunkt personen kan bruke, ville latt en gruppe starte.`,
  relaxRule: (rule, against) =>
    `Å tillate ${NB.relaxes[rule]} (regelen ${rule}) ville gitt personen nok folk til en gruppe${against ? ", mot rådene regelen bygger på" : ""}.`,
  minimumSize: (size, against, guided) =>
    `En minste gruppestørrelse på ${size} (regelen groupSize.min) ville latt en gruppe starte${against ? `; grupper med færre enn ${guided} deltakere er sårbare, så dette går mot rådene` : ""}.`,
  addRoom: (named) =>
    `Ett rom til${named ? " i lokalet som er oppgitt" : ""} på et tidspunkt personen kan (eller en igangsetter, der igangsetterne er opptatt), ville latt en gruppe starte; et lokale uten \`rooms\` teller som ett rom, så registrer hvor mange rom det har.`,
  moreAtVenue: (count, named) =>
    `${count} ${count === 1 ? "person" : "personer"} til som kan være i gruppe med personen${named ? " i lokalet som er oppgitt" : ""}, sammen med dem som fortsatt venter der, ville latt en ny gruppe starte.`,
};

/** The explanation texts of each locale; a text missing in one is a type error. */
export const EXPLAIN_TEXTS: Record<Locale, ExplainTexts> = { en: EN, nb: NB };
