import { columnForHeader, columnLetter, headerKey, type ColumnSpec, type SheetKind } from "./columns.js";
import type { Table } from "./table.js";
import { readCell, type CellIssueCode } from "./values.js";

/** A column as it stands in a file: its letter and the header written above it. */
export interface ColumnPlace {
  letter: string;
  header: string;
}

/** A cell that could not be read, by position and code (never by content). */
export interface CellIssue {
  row?: number;
  column?: ColumnPlace;
  code: CellIssueCode | "duplicate_column" | "missing_column" | "cell_without_header";
  /** For `missing_column`: the header sammen looked for. */
  expected?: string;
}

/** A sheet read into records of the library's input, with where each came from. */
export interface SheetRecords {
  kind: SheetKind;
  records: Record<string, unknown>[];
  /** The spreadsheet row each record came from. */
  rows: number[];
  /** Each field's column, by the field's path joined with dots ("age", "location.lat"). */
  columns: Map<string, ColumnPlace>;
  /** The language most of the headers are written in: used to name a column the sheet lacks. */
  language: "en" | "nb";
  /** Columns sammen does not know, left unread (names, phone numbers, notes). */
  ignored: ColumnPlace[];
  issues: CellIssue[];
}

/**
 * Turns a table into records: each header names a column of this kind of sheet (in English or
 * Norwegian), each non-empty row becomes one record, each cell is read by its column's type.
 * Unknown columns are ignored and listed; a cell that cannot be read is an issue by row and column.
 */
export function sheetRecords(table: Table, kind: SheetKind): SheetRecords {
  const issues: CellIssue[] = [];
  const columns = new Map<string, ColumnPlace>();
  const ignored: ColumnPlace[] = [];
  const used: { index: number; spec: ColumnSpec }[] = [];
  let nbHeaders = 0;
  let enHeaders = 0;
  table.headers.forEach((header, index) => {
    const place = { letter: columnLetter(index), header };
    const spec = columnForHeader(kind, header);
    if (spec === undefined) {
      if (header !== "") ignored.push(place);
      return;
    }
    const key = spec.path.join(".");
    if (columns.has(key)) {
      issues.push({ column: place, code: "duplicate_column" });
      return;
    }
    columns.set(key, place);
    used.push({ index, spec });
    if (headerKey(spec.nb) !== headerKey(spec.en)) {
      if (headerKey(header) === headerKey(spec.nb)) nbHeaders++;
      if (headerKey(header) === headerKey(spec.en)) enHeaders++;
    }
  });
  const language = nbHeaders > enHeaders ? "nb" : "en";
  const identifying = kind === "distances" ? null : "id";
  if (identifying !== null && !columns.has(identifying)) issues.push({ code: "missing_column", expected: identifying });

  const records: Record<string, unknown>[] = [];
  const rows: number[] = [];
  const headed = new Set(used.map(({ index }) => index));
  for (const { row, cells } of table.rows) {
    if (cells.every((cell) => cell === null || (typeof cell === "string" && cell.trim() === ""))) continue;
    const record: Record<string, unknown> = {};
    for (const { index, spec } of used) {
      const read = readCell(cells[index] ?? null, spec.type);
      if ("issue" in read) issues.push({ row, column: { letter: columnLetter(index), header: table.headers[index] ?? "" }, code: read.issue });
      else if ("value" in read) setAt(record, spec.path, read.value);
    }
    cells.forEach((cell, index) => {
      const filled = cell !== null && !(typeof cell === "string" && cell.trim() === "");
      if (filled && !headed.has(index) && (table.headers[index] ?? "") === "") issues.push({ row, column: { letter: columnLetter(index), header: "" }, code: "cell_without_header" });
    });
    records.push(record);
    rows.push(row);
  }
  return { kind, records, rows, columns, language, ignored, issues };
}

function setAt(record: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = record;
  for (const part of path.slice(0, -1)) {
    const next = node[part];
    if (typeof next === "object" && next !== null) node = next as Record<string, unknown>;
    else node = node[part] = {};
  }
  node[path[path.length - 1]!] = value;
}
