import type { Locale } from "./locale.js";
import type { TextRuleCode } from "./textRules.js";

/** What a size limit is about, as zod reports it: a list counts entries, a text characters. */
export type SizeOrigin = "array" | "string" | "other";

/**
 * Every text `validate` writes into an issue's message, after the path. Arguments are paths,
 * quoted ids, field names of the schema and limits: never a value from the input.
 */
export interface IssueTexts {
  unreadable: string;
  tooManyCandidates(max: number): string;
  textRule: Record<TextRuleCode, string>;
  /** An unknown key that could not be placed (a fallback: keys are expanded one by one). */
  unknownFieldSomewhere: string;
  /** An unknown key, by its position among the object's keys (null when it is not found). */
  unknownField(position: number | null, total: number): string;
  didYouMean(key: string, field: string): string;
  expected(type: string): string;
  oneOf(values: string): string;
  dateFormat: string;
  validFormat(format: string): string;
  atMost(origin: SizeOrigin, bound: string): string;
  atLeast(origin: SizeOrigin, bound: string): string;
  multipleOf(divisor: string): string;
  noShapeMatches: string;
  invalidKey: string;
  invalidElement: string;
  notValid: string;
  duplicateId(id: string, firstAt: string): string;
  notACandidate(ref: string): string;
  selfReference(id: string): string;
  memberNotACandidate(member: string): string;
  memberTwiceInGroup(member: string): string;
  memberAlsoIn(member: string, group: string): string;
  unknownVenue(venue: string): string;
  conflictingRelationship(id: string, other: string): string;
  minAboveMax(min: number, max: number): string;
  preferredOutside(preferred: number, min: number, max: number): string;
  slotsRequiredNoneOffered: string;
  maximumBelowMinimum(maximum: number, minimum: number): string;
  tooManyIssues(dropped: number, limit: number): string;
  /** The message of a `ValidationError`: how many issues, and where the first is. */
  invalidInput(count: number, firstAt: string, firstCode: string): string;
  /** `composeAsync` was given a function it cannot send to its worker. */
  cannotSendFunction(key: string): string;
  /** `composeAsync`'s `workers` is not a whole number in range. */
  workersOutOfRange(max: number): string;
}

/** zod's type names in words a coordinator reads; a name not listed is shown as it is. */
const NB_TYPES: Readonly<Record<string, string>> = {
  string: "tekst",
  number: "et tall",
  int: "et heltall",
  boolean: "true eller false",
  array: "en liste",
  object: "et objekt",
  date: "en dato",
};

const EN: IssueTexts = {
  unreadable: "could not be read (a getter or Proxy threw); pass plain data",
  tooManyCandidates: (max) => `At most ${max} candidates can be composed in one run; split the pool (for example by region).`,
  textRule: {
    malformed_unicode: "contains a lone surrogate, so it is not well-formed Unicode; export the data again as UTF-8",
    looks_like_personal_number:
      "looks like a national identity number (a Norwegian fødselsnummer or D-number, or a Swedish, Danish or Finnish " +
      "personal number, in any spelling); use an opaque, pseudonymous id, and keep personal numbers out of labels " +
      "(the value is not repeated here)",
    invisible_character:
      "contains an invisible format or direction control character (such as a zero-width space or a right-to-left " +
      "override), so two ids that look the same could differ; remove it (the value is not repeated here)",
  },
  unknownFieldSomewhere: "has a field that is not known",
  unknownField: (position, total) =>
    `${position === null ? "a field" : `field ${position} of ${total}`} is not a known field (its name is not repeated); check the spelling against the schema`,
  didYouMean: (key, field) => `unknown field ${key}; did you mean ${field}?`,
  expected: (type) => `expected ${type}`,
  oneOf: (values) => `must be one of ${values}`,
  dateFormat: "must be a date written YYYY-MM-DD",
  validFormat: (format) => `must be a valid ${format}`,
  atMost: (origin, bound) => `${origin === "array" ? "must have at most" : "must be at most"} ${bound}${origin === "string" ? " characters" : origin === "array" ? " entries" : ""}`,
  atLeast: (origin, bound) => `${origin === "array" ? "must have at least" : "must be at least"} ${bound}${origin === "string" ? " characters" : origin === "array" ? " entries" : ""}`,
  multipleOf: (divisor) => `must be a multiple of ${divisor}`,
  noShapeMatches: "matches none of the allowed shapes",
  invalidKey: "has an invalid key",
  invalidElement: "has an invalid element",
  notValid: "is not valid",
  duplicateId: (id, firstAt) => `id ${id} is already used at ${firstAt}`,
  notACandidate: (ref) => `refers to id ${ref}, which is not a candidate`,
  selfReference: (id) => `candidate ${id} refers to themself`,
  memberNotACandidate: (member) => `member ${member} is not a candidate`,
  memberTwiceInGroup: (member) => `member ${member} is listed twice in this group`,
  memberAlsoIn: (member, group) => `member ${member} is listed also in group ${group}`,
  unknownVenue: (venue) => `venue ${venue} is not in venues`,
  conflictingRelationship: (id, other) => `candidate ${id} must both join and be kept apart from ${other} (through together)`,
  minAboveMax: (min, max) => `min (${min}) is above max (${max})`,
  preferredOutside: (preferred, min, max) => `preferred (${preferred}) is outside min..max (${min}..${max})`,
  slotsRequiredNoneOffered: "slots are required but none is offered; list the offered slots, or leave offered out to use every slot named in the input",
  maximumBelowMinimum: (maximum, minimum) => `maximum (${maximum}) is below minimum (${minimum})`,
  tooManyIssues: (dropped, limit) =>
    `(root): ${dropped === 1 ? "1 more issue was" : `${dropped} more issues were`} found and not listed (at most ${limit} are); fix these and validate again`,
  invalidInput: (count, firstAt, firstCode) => `Invalid input: ${count} issue(s); first at ${firstAt} (${firstCode})`,
  cannotSendFunction: (key) => `composeAsync cannot send the function in "${key}" to its worker`,
  workersOutOfRange: (max) => `workers must be a whole number from 1 to ${max}`,
};

const NB: IssueTexts = {
  unreadable: "kunne ikke leses (en getter eller Proxy kastet en feil); send vanlige data",
  tooManyCandidates: (max) => `Høyst ${max} kandidater kan settes sammen i én kjøring; del opp listen (for eksempel etter region).`,
  textRule: {
    malformed_unicode: "inneholder et enslig surrogat og er derfor ikke gyldig Unicode; eksporter dataene på nytt som UTF-8",
    looks_like_personal_number:
      "ser ut som et nasjonalt identitetsnummer (et norsk fødselsnummer eller D-nummer, eller et svensk, dansk eller finsk " +
      "personnummer, skrevet på hvilken som helst måte); bruk en nøytral, pseudonym id, og hold personnumre utenfor " +
      "etiketter (verdien gjentas ikke her)",
    invisible_character:
      "inneholder et usynlig formaterings- eller retningstegn (som et mellomrom med null bredde eller en høyre-til-venstre-" +
      "overstyring), så to id-er som ser like ut, kan være ulike; fjern det (verdien gjentas ikke her)",
  },
  unknownFieldSomewhere: "har et felt som ikke er kjent",
  unknownField: (position, total) =>
    `${position === null ? "et felt" : `felt ${position} av ${total}`} er ikke et kjent felt (navnet gjentas ikke); sjekk stavemåten mot skjemaet`,
  didYouMean: (key, field) => `ukjent felt ${key}; mente du ${field}?`,
  expected: (type) => `forventet ${NB_TYPES[type] ?? type}`,
  oneOf: (values) => `må være en av ${values}`,
  dateFormat: "må være en dato skrevet ÅÅÅÅ-MM-DD (YYYY-MM-DD)",
  validFormat: (format) => `må være gyldig ${format}`,
  atMost: (origin, bound) => `${origin === "array" ? "kan ha høyst" : "må være høyst"} ${bound}${origin === "string" ? " tegn" : origin === "array" ? " elementer" : ""}`,
  atLeast: (origin, bound) => `${origin === "array" ? "må ha minst" : "må være minst"} ${bound}${origin === "string" ? " tegn" : origin === "array" ? " elementer" : ""}`,
  multipleOf: (divisor) => `må være et multiplum av ${divisor}`,
  noShapeMatches: "passer ikke med noen av de tillatte formene",
  invalidKey: "har en ugyldig nøkkel",
  invalidElement: "har et ugyldig element",
  notValid: "er ikke gyldig",
  duplicateId: (id, firstAt) => `id ${id} er allerede brukt i ${firstAt}`,
  notACandidate: (ref) => `viser til id ${ref}, som ikke er en kandidat`,
  selfReference: (id) => `kandidat ${id} viser til seg selv`,
  memberNotACandidate: (member) => `medlem ${member} er ikke en kandidat`,
  memberTwiceInGroup: (member) => `medlem ${member} står to ganger i denne gruppa`,
  memberAlsoIn: (member, group) => `medlem ${member} står også i gruppe ${group}`,
  unknownVenue: (venue) => `lokale ${venue} finnes ikke i venues`,
  conflictingRelationship: (id, other) => `kandidat ${id} skal både være i gruppe med og holdes atskilt fra ${other} (gjennom together)`,
  minAboveMax: (min, max) => `min (${min}) er større enn max (${max})`,
  preferredOutside: (preferred, min, max) => `preferred (${preferred}) er utenfor min..max (${min}..${max})`,
  slotsRequiredNoneOffered:
    "felles tidspunkt er påkrevd, men ingen tidspunkter tilbys; list opp tidspunktene som tilbys, eller utelat offered for å bruke alle tidspunkter som nevnes i dataene",
  maximumBelowMinimum: (maximum, minimum) => `maximum (${maximum}) er lavere enn minimum (${minimum})`,
  tooManyIssues: (dropped, limit) =>
    `(root): ${dropped === 1 ? "1 feil til ble" : `${dropped} feil til ble`} funnet og ikke listet opp (høyst ${limit} listes); rett disse og valider på nytt`,
  invalidInput: (count, firstAt, firstCode) => `Ugyldige data: ${count} feil; den første i ${firstAt} (${firstCode})`,
  cannotSendFunction: (key) => `composeAsync kan ikke sende funksjonen i "${key}" til arbeidstråden sin`,
  workersOutOfRange: (max) => `workers må være et heltall fra 1 til ${max}`,
};

/** The issue texts of each locale; a text missing in one is a type error. */
export const ISSUE_TEXTS: Record<Locale, IssueTexts> = { en: EN, nb: NB };
