import type { IssueTexts } from "./issueMessages.js";
import { formatPath, type Issue } from "./issues.js";
import { fieldsAt } from "./schemaFields.js";

/**
 * Known misspellings of real fields: spreadsheet headers in snake_case or lower case, common typos,
 * singulars and plurals, and the Norwegian column names coordinators use. Only a key on this
 * fixed list is ever repeated in a message, so a value that slipped into a key (a shifted
 * spreadsheet column) never is.
 */
export const MISSPELLINGS: Readonly<Record<string, string>> = {
  // Top level
  candidate: "candidates",
  candiates: "candidates",
  canditates: "candidates",
  kandidater: "candidates",
  deltakere: "candidates",
  venue: "venues",
  lokaler: "venues",
  starter: "starters",
  igangsettere: "starters",
  group: "groups",
  grupper: "groups",
  distance: "distances",
  avstander: "distances",
  policies: "policy",
  regler: "policy",
  // People
  ID: "id",
  Id: "id",
  alder: "age",
  sex: "gender",
  kjønn: "gender",
  kjonn: "gender",
  diagnosis: "problem",
  problemområde: "problem",
  rolle: "role",
  relationship: "relation",
  relasjon: "relation",
  patient_setting: "patientSetting",
  patientsetting: "patientSetting",
  hendelse: "event",
  sted: "location",
  bosted: "location",
  max_travel_km: "maxTravelKm",
  maxtravelkm: "maxTravelKm",
  maxTravel: "maxTravelKm",
  availabilty: "availability",
  availibility: "availability",
  avalability: "availability",
  tilgjengelighet: "availability",
  need: "needs",
  behov: "needs",
  forventning: "expectation",
  expectations: "expectation",
  know: "knows",
  kjenner: "knows",
  sammen: "together",
  waiting_since: "waitingSince",
  waitingsince: "waitingSince",
  ventetSiden: "waitingSince",
  venter_siden: "waitingSince",
  // Places
  municipalty: "municipality",
  muncipality: "municipality",
  municiplaity: "municipality",
  municipallity: "municipality",
  kommune: "municipality",
  latitude: "lat",
  longitude: "lon",
  lng: "lon",
  slot: "slots",
  offer: "offers",
  room: "rooms",
  experiences: "experience",
  erfaring: "experience",
  max_groups: "maxGroups",
  maxgroups: "maxGroups",
  member: "members",
  medlemmer: "members",
  lukket: "closed",
  // Policy
  group_size: "groupSize",
  groupsize: "groupSize",
  max_span: "maxSpan",
  single_gender_problems: "singleGenderProblems",
  never_mix: "neverMix",
  by_relation: "byRelation",
  by_patient_setting: "byPatientSetting",
  keep_apart: "keepApart",
  keepapart: "keepApart",
  default_max_km: "defaultMaxKm",
  require_shared_experience: "requireSharedExperience",
  as_of: "asOf",
  asof: "asOf",
  waiting_per_year: "waitingPerYear",
  age_span: "ageSpan",
  gender_mix: "genderMix",
  size_from_preferred: "sizeFromPreferred",
  travel_km: "travelKm",
  // Options
  language: "locale",
  lang: "locale",
  språk: "locale",
  time_limit_ms: "timeLimitMs",
  timeLimit: "timeLimitMs",
  max_iterations: "maxIterations",
  stop_when_idle: "stopWhenIdle",
  mip_solver: "mipSolver",
  on_progress: "onProgress",
};

/** The real field a known misspelling stands for, when that field belongs in `fields`. */
function suggestion(key: string, fields: readonly string[]): string | null {
  if (!Object.prototype.hasOwnProperty.call(MISSPELLINGS, key)) return null;
  const field = MISSPELLINGS[key];
  return field !== undefined && fields.includes(field) ? field : null;
}

/**
 * One `unknown_field` issue per unrecognised key, at the path of its object. The key is named
 * only when it is a known misspelling of a field of that object ("did you mean"); otherwise
 * only its position among the object's keys is given, never the key.
 *
 * @param path - where the object is.
 * @param unknown - the unrecognised keys.
 * @param allKeys - every key of the object, in order, to give each unknown key's position.
 * @param texts - the language of the messages.
 * @param fields - the fields the object may hold (default: those the compose input schema has at `path`).
 */
export function unknownFieldIssues(
  path: (string | number)[],
  unknown: readonly string[],
  allKeys: readonly string[],
  texts: IssueTexts,
  fields: readonly string[] = fieldsAt(path),
): Issue[] {
  const where = formatPath(path);
  // One scan for every position, so a million unknown keys cost one pass, not one per key.
  const wanted = new Set(unknown);
  const positions = new Map<string, number>();
  allKeys.forEach((key, i) => {
    if (wanted.has(key) && !positions.has(key)) positions.set(key, i + 1);
  });
  return unknown.map((key) => {
    const field = suggestion(key, fields);
    const position = positions.get(key);
    const what = field === null ? texts.unknownField(position ?? null, allKeys.length) : texts.didYouMean(JSON.stringify(key), JSON.stringify(field));
    const message = `${where}: ${what}`;
    return { code: "unknown_field", path, message };
  });
}
