import { stringify } from "csv-stringify/sync";
import type { Locale } from "../messages.js";
import { SHEET_COLUMNS, type SheetKind } from "./columns.js";
import { ENUM_SPELLINGS, norwegianEnum, norwegianLabel, type CellType } from "./values.js";

/**
 * A CSV file as Excel and LibreOffice open it with a double click: UTF-8 with a byte-order mark,
 * semicolons in Norwegian (where the comma is the decimal mark), commas in English.
 */
export function toCsv(rows: readonly (readonly string[])[], locale: Locale, options: { bom?: boolean; delimiter?: string } = {}): string {
  return stringify(rows as string[][], { delimiter: options.delimiter ?? delimiterOf(locale), bom: options.bom ?? true });
}

export function delimiterOf(locale: Locale): string {
  return locale === "nb" ? ";" : ",";
}

/**
 * Records of the library's input as spreadsheet rows, header first: every column of this kind of
 * sheet, headed and written in the locale's language (Norwegian values, decimal commas and
 * dd.mm.yyyy dates in bokmål), so reading the rows back gives the same records.
 */
export function sheetRows(kind: SheetKind, records: readonly object[], locale: Locale): string[][] {
  const columns = SHEET_COLUMNS[kind];
  const header = columns.map((column) => column[locale]);
  const rows = records.map((record) => columns.map((column) => formatValue(valueAt(record, column.path), column.type, locale)));
  return [header, ...rows];
}

function valueAt(record: object, path: readonly string[]): unknown {
  let node: unknown = record;
  for (const part of path) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

/** One value as a cell. */
export function formatValue(value: unknown, type: CellType, locale: Locale): string {
  if (value === undefined || value === null) return "";
  const nb = locale === "nb";
  if (Array.isArray(value)) {
    const item: CellType = type === "problemList" ? "problem" : type === "slotList" ? "slot" : "text";
    return value.map((one) => formatValue(one, item, locale)).join(", ");
  }
  if (typeof value === "number") return nb ? String(value).replace(".", ",") : String(value);
  if (typeof value === "boolean") return value ? (nb ? "ja" : "yes") : nb ? "nei" : "no";
  if (typeof value !== "string") return JSON.stringify(value);
  const text = value;
  if (!nb) return text;
  if (type === "problem" || type === "slot") return norwegianLabel(text, type);
  if (type === "date") return /^(\d{4})-(\d{2})-(\d{2})$/.test(text) ? text.replace(/^(\d{4})-(\d{2})-(\d{2})$/, "$3.$2.$1") : text;
  if (type in ENUM_SPELLINGS) return norwegianEnum(type as keyof typeof ENUM_SPELLINGS, text);
  return text;
}
