/**
 * Reading one spreadsheet cell into the value the library takes: numbers with a decimal comma,
 * lists in one cell, dates as Norwegian spreadsheets write them, and the Norwegian spellings of
 * the library's fixed values. Every spelling accepted here is listed in docs/spreadsheets.md.
 */

/** What a cell can hold once read: CSV gives strings; xlsx also numbers, booleans and dates. */
export type CellValue = string | number | boolean | Date | null;

/** How a column's cells are read. */
export type CellType =
  | "id"
  | "text"
  | "problem"
  | "slot"
  | "integer"
  | "number"
  | "idList"
  | "textList"
  | "problemList"
  | "slotList"
  | "date"
  | "yesNo"
  | "gender"
  | "role"
  | "relation"
  | "patientSetting"
  | "expectation";

/** Why a cell could not be read; the cell's value is never part of it. */
export type CellIssueCode = "not_a_number" | "not_a_date" | "not_yes_or_no" | "unknown_value";

export type CellResult = { value: unknown } | { empty: true } | { issue: CellIssueCode };

/** The values an enumerated column takes, each with its Norwegian spellings (the first is the one sammen writes). */
export const ENUM_SPELLINGS = {
  gender: { female: ["kvinne", "kvinnelig", "k", "f", "woman"], male: ["mann", "mannlig", "m", "man"], other: ["annet", "annen", "ikke-binær"] },
  role: { self: ["selv", "berørt", "meg-selv"], relative: ["pårørende"], bereaved: ["etterlatt", "etterlatte"], survivor: ["overlevende"] },
  relation: {
    partner: ["partner", "ektefelle", "samboer", "kjæreste"],
    parent: ["forelder", "mor", "far"],
    child: ["barn", "sønn", "datter"],
    sibling: ["søsken", "bror", "søster"],
    other: ["annet", "annen"],
  },
  patientSetting: { home: ["hjemme"], institution: ["institusjon", "sykehjem"] },
  expectation: { change: ["endring"], combined: ["kombinert", "begge"], social: ["sosialt", "sosial", "møteplass"] },
} as const satisfies Record<string, Record<string, readonly string[]>>;

/** Yes/no cells (an existing group's `closed`). */
const YES = ["ja", "j", "yes", "y", "true", "sann", "1", "x"];
const NO = ["nei", "n", "no", "false", "usann", "0"];

/**
 * Problem areas by their Norwegian names. The default policy names some by their English label
 * (single-gender for breast-cancer and sexual-abuse, the patient-setting divide for stroke), so a
 * Norwegian spelling must become that label for the rule to apply; the first spelling is written back.
 */
export const PROBLEM_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  anxiety: ["angst"],
  depression: ["depresjon"],
  grief: ["sorg"],
  dementia: ["demens"],
  "breast-cancer": ["brystkreft"],
  stroke: ["hjerneslag", "slag"],
  addiction: ["rus", "rusavhengighet", "avhengighet"],
  "eating-disorder": ["spiseforstyrrelse", "spiseforstyrrelser"],
  "sexual-abuse": ["seksuelle-overgrep", "overgrep"],
  incest: ["incest"],
};

const DAYS: Readonly<Record<string, readonly string[]>> = {
  mon: ["mandag", "man", "monday"],
  tue: ["tirsdag", "tir", "tuesday"],
  wed: ["onsdag", "ons", "wednesday"],
  thu: ["torsdag", "tor", "thursday"],
  fri: ["fredag", "fre", "friday"],
  sat: ["lørdag", "lør", "saturday"],
  sun: ["søndag", "søn", "sunday"],
};
const PARTS: Readonly<Record<string, readonly string[]>> = {
  morning: ["formiddag", "morgen"],
  afternoon: ["ettermiddag"],
  evening: ["kveld"],
};

/** A label as the library compares it: trimmed, lower case, spaces and underscores as one hyphen. */
export function normaliseLabel(text: string): string {
  return text.normalize("NFC").trim().toLowerCase().replace(/[\s_]+/g, "-");
}

const problemByName = invert(PROBLEM_SPELLINGS);
const dayByName = invert(DAYS);
const partByName = invert(PARTS);
const SLOT = /^([a-zæøå]+?)s?-?(formiddag|morgen|ettermiddag|kveld|morning|afternoon|evening)$/;

/** A problem area's label: a Norwegian name becomes the library's English label; any other label is kept. */
export function problemLabel(text: string): string {
  const label = normaliseLabel(text);
  return problemByName.get(label) ?? label;
}

/**
 * A weekly slot: "tirsdag kveld", "tirsdagskveld", "tir-kveld" and "Tuesday evening" all become
 * "tue-evening"; anything else is kept as written (labels only need to match each other).
 */
export function slotLabel(text: string): string {
  const label = normaliseLabel(text);
  const match = SLOT.exec(label);
  const day = match === null ? undefined : (dayByName.get(match[1] ?? "") ?? dayByName.get(`${match[1] ?? ""}s`));
  const part = match === null ? undefined : (partByName.get(match[2] ?? "") ?? match[2]);
  return day === undefined || part === undefined ? label : `${day}-${part}`;
}

/** How sammen writes a label in Norwegian: the first Norwegian spelling of a known problem area or slot, else the label. */
export function norwegianLabel(label: string, kind: "problem" | "slot"): string {
  if (kind === "problem") return PROBLEM_SPELLINGS[label]?.[0] ?? label;
  const [day, part] = label.split("-");
  const nbDay = DAYS[day ?? ""]?.[0];
  const nbPart = PARTS[part ?? ""]?.[0];
  return nbDay === undefined || nbPart === undefined || label.split("-").length !== 2 ? label : `${nbDay}-${nbPart}`;
}

/** How sammen writes an enumerated value in Norwegian. */
export function norwegianEnum(type: keyof typeof ENUM_SPELLINGS, value: string): string {
  const spellings = (ENUM_SPELLINGS[type] as Record<string, readonly string[]>)[value];
  return spellings?.[0] ?? value;
}

/**
 * Reads one cell as `type` wants it. An empty cell is `{ empty: true }` (the field is left out);
 * a cell that cannot be read gives an issue code, never its content.
 */
export function readCell(raw: CellValue, type: CellType): CellResult {
  if (raw === null) return { empty: true };
  if (raw instanceof Date) return type === "date" ? dateOf(raw) : readText(isoDate(raw), type);
  if (typeof raw === "number") return type === "integer" || type === "number" ? { value: raw } : readText(String(raw), type);
  if (typeof raw === "boolean") return type === "yesNo" ? { value: raw } : readText(raw ? "yes" : "no", type);
  return readText(raw, type);
}

function readText(raw: string, type: CellType): CellResult {
  const text = raw.trim();
  if (text === "") return { empty: true };
  switch (type) {
    case "id":
      return { value: text };
    case "text":
      return { value: text };
    case "problem":
      return { value: problemLabel(text) };
    case "slot":
      return { value: slotLabel(text) };
    case "integer":
    case "number": {
      const value = parseNumber(text);
      return value === null ? { issue: "not_a_number" } : { value };
    }
    case "idList":
    case "textList":
      return { value: splitList(text) };
    case "problemList":
      return { value: splitList(text).map(problemLabel) };
    case "slotList":
      return { value: splitList(text).map(slotLabel) };
    case "date":
      return parseDate(text);
    case "yesNo":
      return parseYesNo(text);
    default:
      return parseEnum(text, ENUM_SPELLINGS[type]);
  }
}

/**
 * List cells: items separated by commas, semicolons, vertical bars or line breaks (a cell that
 * holds the file's own delimiter is quoted by every spreadsheet program).
 */
export function splitList(text: string): string[] {
  return text
    .split(/[,;|\r\n]+/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/**
 * "60,39", "60.39", "1 000" and "-5" are numbers; a cell with both a comma and a point is not
 * (which one is the decimal mark cannot be told), nor is anything with letters.
 */
export function parseNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/^\u2212/, "-");
  if (compact.includes(",") && compact.includes(".")) return null;
  const plain = compact.replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(plain)) return null;
  return Number(plain);
}

/** ISO dates ("2026-03-01") and Norwegian ones ("1.3.2026", "01.03.2026"); the library checks the calendar. */
function parseDate(text: string): CellResult {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { value: text };
  const nb = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (nb === null) return { issue: "not_a_date" };
  return { value: `${nb[3]}-${nb[2]!.padStart(2, "0")}-${nb[1]!.padStart(2, "0")}` };
}

function dateOf(date: Date): CellResult {
  return Number.isNaN(date.getTime()) ? { issue: "not_a_date" } : { value: isoDate(date) };
}

/** A spreadsheet date cell holds a calendar day at midnight UTC. */
function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 10);
}

function parseYesNo(text: string): CellResult {
  const word = text.toLowerCase();
  if (YES.includes(word)) return { value: true };
  if (NO.includes(word)) return { value: false };
  return { issue: "not_yes_or_no" };
}

function parseEnum(text: string, spellings: Readonly<Record<string, readonly string[]>>): CellResult {
  const word = normaliseLabel(text);
  for (const [value, names] of Object.entries(spellings)) {
    if (word === value || names.includes(word)) return { value };
  }
  return { issue: "unknown_value" };
}

/** Every spelling to the value it names. */
function invert(table: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [value, names] of Object.entries(table)) {
    map.set(value, value);
    for (const name of names) map.set(name, value);
  }
  return map;
}
