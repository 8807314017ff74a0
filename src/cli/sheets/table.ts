import type { CellValue } from "./values.js";

/** One row of a sheet, with the row number a spreadsheet program shows for it (the header is row 1). */
export interface TableRow {
  row: number;
  cells: CellValue[];
}

/** A sheet as read from a file: its header cells and its rows, before any column is interpreted. */
export interface Table {
  headers: string[];
  rows: TableRow[];
}

/** Why a file could not be read as a table (no cell content is part of it). */
export type TableIssueCode = "unreadable_file" | "unsupported_file_type" | "malformed_csv" | "empty_file" | "malformed_xlsx";

export type TableResult = { table: Table } | { issue: TableIssueCode; row?: number };
