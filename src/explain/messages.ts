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

/** Clauses of a suggestion's text; figures and ids travel in the suggestion's own fields. */
export interface SuggestionTexts {
  venue(inSlot: boolean): string;
  slot: string;
  room(count: number): string;
  starters(count: number, experience: boolean): string;
  people(count: number, oneOfGender: boolean, atVenue: boolean): string;
  relax(rule: RelaxableRule): string;
  minimumSize(size: number): string;
  /** "a, b and c". */
  join(clauses: readonly string[]): string;
  /** The sentence: the change lets the group start; against the guidance of a rule, or of the smallest size. */
  letsStart(change: string, against: "rule" | "size" | null, guidedMinimum: number): string;
}

/**
 * Every text the waitlist explanations write: one per reason code, and the suggestions. Figures
 * and ids travel in the entries' own fields; a text takes counts, sizes and policy paths only.
 */
export interface ExplainTexts {
  /** The coordinator's text for each reason; figures travel in the reason's own fields. */
  reasons: Record<WaitReasonCode, string>;
  /** What relaxing each pair rule would allow, as a phrase ("a wider age span"). */
  relaxes: Record<RelaxableRule, string>;
  /** The parts of a suggestion's sentence: each names one change, to be joined and closed by `letsStart`. */
  suggestion: SuggestionTexts;
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
  suggestion: {
    venue: (inSlot) => `a new venue where they live (near) that offers their needs (offers)${inSlot ? ", open in a weekly slot they can make" : ""}`,
    slot: "opening the venue named in the slot named as well (one they can make)",
    room: (count) => `${count} more ${count === 1 ? "room" : "rooms"} at the venue named, in the group's slot${count > 1 ? " (people who waited longer would fill the first)" : ""}`,
    starters: (count, experience) =>
      `${count} more ${count === 1 ? "starter" : "starters"} free in the group's slot who can reach where it meets${experience ? ", with experience of its problem areas (experience)" : ""}`,
    people: (count, oneOfGender, atVenue) =>
      `${count} more ${count === 1 ? "person" : "people"} like them (same age, problem and circumstances) who can make the group's slot${atVenue ? " and reach the venue named" : ""}${oneOfGender ? ", one of them of the gender named (oneOfGender), as the groups must be mixed" : ""}`,
    relax: (rule) => `allowing ${EN.relaxes[rule]} (policy ${rule})`,
    minimumSize: (size) => `a minimum group size of ${size} (policy groupSize.min)`,
    join: (clauses) => joinWith(clauses, "and"),
    letsStart: (change, against, guided) =>
      `${capitalised(change)} would let the group named start with them${against === "size" ? `; groups under ${guided} are fragile, so this goes against the guidance` : against === "rule" ? ", against the guidance the rule comes from" : ""}.`,
  },
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
  suggestion: {
    venue: (inSlot) => `et nytt lokale der personen bor (near), som dekker behovene (offers)${inSlot ? ", åpent på et ukentlig tidspunkt personen kan" : ""}`,
    slot: "å åpne lokalet som er oppgitt også på tidspunktet som er oppgitt (et personen kan)",
    room: (count) => `${count} rom til i lokalet som er oppgitt, på gruppens tidspunkt${count > 1 ? " (personer som har ventet lenger, ville fylt de første)" : ""}`,
    starters: (count, experience) =>
      `${count} ${count === 1 ? "igangsetter" : "igangsettere"} til som er ledige på gruppens tidspunkt og kan nå møtestedet${experience ? ", med erfaring fra gruppens problemområder (experience)" : ""}`,
    people: (count, oneOfGender, atVenue) =>
      `${count} ${count === 1 ? "person" : "personer"} til som ligner personen (samme alder, problem og situasjon) og kan på gruppens tidspunkt${atVenue ? " og nå lokalet som er oppgitt" : ""}${oneOfGender ? ", én av dem med kjønnet som er oppgitt (oneOfGender), fordi gruppene skal være kjønnsblandet" : ""}`,
    relax: (rule) => `å tillate ${NB.relaxes[rule]} (regelen ${rule})`,
    minimumSize: (size) => `en minste gruppestørrelse på ${size} (regelen groupSize.min)`,
    join: (clauses) => joinWith(clauses, "og"),
    letsStart: (change, against, guided) =>
      `${capitalised(change)} ville latt gruppen som er oppgitt starte med personen${against === "size" ? `; grupper med færre enn ${guided} deltakere er sårbare, så dette går mot rådene` : against === "rule" ? ", mot rådene regelen bygger på" : ""}.`,
  },
};

/** The explanation texts of each locale; a text missing in one is a type error. */
export const EXPLAIN_TEXTS: Record<Locale, ExplainTexts> = { en: EN, nb: NB };

function joinWith(clauses: readonly string[], and: string): string {
  if (clauses.length <= 1) return clauses.join("");
  return `${clauses.slice(0, -1).join(", ")} ${and} ${clauses[clauses.length - 1]!}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
