import { readSheet } from "read-excel-file/node";
import type { TableResult } from "./table.js";
import type { CellValue } from "./values.js";

/**
 * Reads the first sheet of an .xlsx workbook into a table (read-excel-file). Numbers, dates and
 * booleans keep their cell types; row numbers are the sheet's own (read-excel-file keeps empty
 * rows in the middle of a sheet, so they stay aligned).
 */
export async function readXlsx(bytes: Uint8Array): Promise<TableResult> {
  let data: unknown[][];
  try {
    data = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    // The reader's message may quote the workbook's content: only the fact is kept.
    return { issue: "malformed_xlsx" };
  }
  const [header, ...rest] = data;
  if (header === undefined) return { issue: "empty_file" };
  return {
    table: {
      headers: header.map((cell) => (cell === null || cell === undefined ? "" : String(cell as string | number).trim())),
      rows: rest.map((cells, i) => ({ row: i + 2, cells: cells.map(cellValue) })),
    },
  };
}

function cellValue(cell: unknown): CellValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean" || cell instanceof Date) return cell;
  return null;
}
