/**
 * The spreadsheet columns sammen reads, for each kind of sheet: which field of the library's
 * input each fills, its English and Norwegian header, and how its cells are read. This table is
 * the one docs/spreadsheets.md documents; `sammen template` writes its headers.
 */
import type { CellType } from "./values.js";

/** The kinds of sheet, each filling one list of the input. */
export type SheetKind = "people" | "venues" | "starters" | "groups" | "distances";

/** The input list each kind of sheet fills. */
export const LIST_OF_SHEET = {
  people: "candidates",
  venues: "venues",
  starters: "starters",
  groups: "groups",
  distances: "distances",
} as const satisfies Record<SheetKind, string>;

export type InputList = (typeof LIST_OF_SHEET)[SheetKind];

export interface ColumnSpec {
  /** Where the value goes in one record, e.g. `["location", "lat"]`. */
  path: readonly string[];
  type: CellType;
  /** The header sammen writes in English, and in Norwegian bokmål. */
  en: string;
  nb: string;
  /** Other headers read as this column (compared without case, spaces or punctuation). */
  aliases?: readonly string[];
}

const id: ColumnSpec = { path: ["id"], type: "id", en: "id", nb: "id", aliases: ["nr", "løpenummer", "kode"] };
const municipality: ColumnSpec = { path: ["location", "municipality"], type: "text", en: "municipality", nb: "kommune", aliases: ["sted", "bosted", "place"] };
const lat: ColumnSpec = { path: ["location", "lat"], type: "number", en: "lat", nb: "breddegrad", aliases: ["latitude", "bredde"] };
const lon: ColumnSpec = { path: ["location", "lon"], type: "number", en: "lon", nb: "lengdegrad", aliases: ["longitude", "lng", "lengde"] };
const maxTravelKm: ColumnSpec = { path: ["maxTravelKm"], type: "number", en: "max travel km", nb: "maks reisevei km", aliases: ["reisevei", "maks reisevei", "max travel"] };
const availability: ColumnSpec = { path: ["availability"], type: "slotList", en: "availability", nb: "kan møte", aliases: ["tider", "tidspunkter", "ledig"] };

/** Columns of each kind of sheet, in the order the template writes them. */
export const SHEET_COLUMNS: Readonly<Record<SheetKind, readonly ColumnSpec[]>> = {
  people: [
    id,
    { path: ["age"], type: "integer", en: "age", nb: "alder" },
    { path: ["gender"], type: "gender", en: "gender", nb: "kjønn", aliases: ["sex"] },
    { path: ["problem"], type: "problem", en: "problem", nb: "problemområde", aliases: ["problem area", "tema", "utfordring"] },
    { path: ["role"], type: "role", en: "role", nb: "rolle" },
    { path: ["relation"], type: "relation", en: "relation", nb: "relasjon", aliases: ["relasjon til den syke"] },
    { path: ["patientSetting"], type: "patientSetting", en: "patient setting", nb: "pasienten bor", aliases: ["pasientens bosted"] },
    { path: ["event"], type: "text", en: "event", nb: "hendelse" },
    municipality,
    lat,
    lon,
    maxTravelKm,
    availability,
    { path: ["needs"], type: "textList", en: "needs", nb: "behov" },
    { path: ["expectation"], type: "expectation", en: "expectation", nb: "forventning", aliases: ["forventninger"] },
    { path: ["knows"], type: "idList", en: "knows", nb: "kjenner" },
    { path: ["together"], type: "idList", en: "together with", nb: "sammen med", aliases: ["together"] },
    { path: ["waitingSince"], type: "date", en: "waiting since", nb: "venter siden", aliases: ["på venteliste siden", "dato"] },
  ],
  venues: [
    id,
    municipality,
    lat,
    lon,
    { path: ["slots"], type: "slotList", en: "slots", nb: "tider", aliases: ["tidspunkter", "ledige tider"] },
    { path: ["offers"], type: "textList", en: "offers", nb: "tilbyr", aliases: ["fasiliteter"] },
    { path: ["capacity"], type: "integer", en: "capacity", nb: "plasser", aliases: ["kapasitet"] },
    { path: ["rooms"], type: "integer", en: "rooms", nb: "rom", aliases: ["antall rom"] },
  ],
  starters: [
    id,
    municipality,
    lat,
    lon,
    maxTravelKm,
    availability,
    { path: ["experience"], type: "problemList", en: "experience", nb: "erfaring" },
    { path: ["maxGroups"], type: "integer", en: "max groups", nb: "maks grupper", aliases: ["antall grupper"] },
  ],
  groups: [
    id,
    { path: ["members"], type: "idList", en: "members", nb: "medlemmer", aliases: ["deltakere"] },
    { path: ["slot"], type: "slot", en: "slot", nb: "tidspunkt", aliases: ["tid"] },
    { path: ["venue"], type: "id", en: "venue", nb: "møtested", aliases: ["lokale"] },
    { path: ["municipality"], type: "text", en: "municipality", nb: "kommune" },
    { path: ["closed"], type: "yesNo", en: "closed", nb: "lukket" },
  ],
  distances: [
    { path: ["from"], type: "text", en: "from", nb: "fra" },
    { path: ["to"], type: "text", en: "to", nb: "til" },
    { path: ["km"], type: "number", en: "km", nb: "km", aliases: ["avstand", "distance"] },
  ],
};

/** A header as compared: lower case, letters and digits only ("Maks reisevei (km)" → "maksreiseveikm"). */
export function headerKey(header: string): string {
  return header
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The column a header names in a sheet of this kind, if any. */
export function columnForHeader(kind: SheetKind, header: string): ColumnSpec | undefined {
  const key = headerKey(header);
  if (key === "") return undefined;
  return SHEET_COLUMNS[kind].find((column) => [column.en, column.nb, ...(column.aliases ?? [])].some((name) => headerKey(name) === key));
}

/** The header of the column at `path` (e.g. "location.lat") in the given language. */
export function headerOf(kind: SheetKind, path: string, locale: "en" | "nb"): string | undefined {
  return SHEET_COLUMNS[kind].find((column) => column.path.join(".") === path)?.[locale];
}

/** "A", "B", ..., "Z", "AA": a column's letter as spreadsheet programs show it. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
