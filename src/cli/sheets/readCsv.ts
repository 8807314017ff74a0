import { parse } from "csv-parse/sync";
import { columnForHeader, type SheetKind } from "./columns.js";
import { decodeText } from "./decode.js";
import type { TableResult } from "./table.js";

/** Delimiters spreadsheet programs write: semicolon where the comma is the decimal mark (Norway), comma, tab. */
const DELIMITERS = [";", ",", "\t"] as const;

/** A parsed record with csv-parse's position info. */
interface InfoRecord {
  record: string[];
  info: { records: number };
}

/**
 * Reads a CSV file's bytes into a table: decoded (UTF-8 with or without BOM, UTF-16 with BOM,
 * Windows-1252), its delimiter detected, quoting per RFC 4180 (csv-parse). Row numbers count
 * records as a spreadsheet shows them, so a quoted cell with a line break stays one row.
 */
export function readCsv(bytes: Uint8Array, kind: SheetKind): TableResult {
  const { text } = decodeText(bytes);
  if (text.trim() === "") return { issue: "empty_file" };
  const delimiter = detectDelimiter(text, kind);
  let records: InfoRecord[];
  try {
    records = parse(text, { delimiter, relax_column_count: true, info: true }) as unknown as InfoRecord[];
  } catch (error) {
    // csv-parse's message can quote the file's text: only the line number is kept.
    const line = (error as { lines?: unknown }).lines;
    return typeof line === "number" ? { issue: "malformed_csv", row: line } : { issue: "malformed_csv" };
  }
  const [header, ...rest] = records;
  if (header === undefined) return { issue: "empty_file" };
  return {
    table: {
      headers: header.record.map((cell) => cell.trim()),
      rows: rest.map(({ record, info }) => ({ row: info.records, cells: record })),
    },
  };
}

/**
 * The delimiter under which the header row names the most known columns (a header holds no
 * decimal commas, unlike the rows); with none known, the one that splits it into the most cells.
 */
export function detectDelimiter(text: string, kind: SheetKind): string {
  let best: { delimiter: string; known: number; cells: number } | null = null;
  for (const delimiter of DELIMITERS) {
    let header: string[];
    try {
      header = parse(text, { delimiter, to_line: 1, relax_column_count: true, relax_quotes: true })[0] ?? [];
    } catch {
      continue;
    }
    const known = header.filter((cell) => columnForHeader(kind, cell) !== undefined).length;
    if (best === null || known > best.known || (known === best.known && header.length > best.cells)) best = { delimiter, known, cells: header.length };
  }
  return best?.delimiter ?? ",";
}
