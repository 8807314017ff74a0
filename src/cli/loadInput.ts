/**
 * The input files of a run, read into the library's ComposeInput: spreadsheets (CSV, xlsx) for
 * the lists, JSON for a whole pool or a policy. Every problem is reported by file, row and column
 * (spreadsheets) or file and path (JSON), with an issue code, never with a cell's content; the
 * library's own validation issues are mapped back to the cell they came from.
 */
import { readFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { validate, type ComposeInput, type Issue } from "../index.js";
import { headerOf, LIST_OF_SHEET, type SheetKind } from "./sheets/columns.js";
import { readCsv } from "./sheets/readCsv.js";
import { readXlsx } from "./sheets/readXlsx.js";
import { sheetRecords, type ColumnPlace, type SheetRecords } from "./sheets/sheetRecords.js";
import type { TableResult } from "./sheets/table.js";

/** The files named on the command line (paths as given, read relative to the working directory). */
export interface InputFiles {
  /** A people spreadsheet, or a whole pool as JSON. */
  people?: string;
  /** A whole pool as JSON (the library's ComposeInput). */
  input?: string;
  venues?: string;
  starters?: string;
  groups?: string;
  distances?: string;
  policy?: string;
}

/** One problem with the input files: where, and which kind. `message` is the library's (paths, ids and limits only). */
export interface InputIssue {
  file: string;
  row?: number;
  column?: ColumnPlace;
  /** A header sammen needed and did not find. */
  expected?: string;
  /** Where in a JSON file, as the library writes paths (`candidates[3].age`). */
  path?: string;
  code: string;
  message?: string;
}

/** A column sammen did not read. */
export interface IgnoredColumn {
  file: string;
  column: ColumnPlace;
}

export type LoadedInput =
  | { ok: true; input: ComposeInput; ignored: IgnoredColumn[] }
  | { ok: false; issues: InputIssue[]; ignored: IgnoredColumn[] };

/** Where each part of the assembled input came from. */
type Source = { file: string; sheet: SheetRecords } | { file: string; json: true; prefix: number };

const SHEET_OPTIONS = ["venues", "starters", "groups", "distances"] as const;

/**
 * Reads every named file, then validates the assembled input with the library. All files are
 * read before any verdict, so one run lists every problem in every file.
 */
export async function loadInput(files: InputFiles, cwd: string): Promise<LoadedInput> {
  const issues: InputIssue[] = [];
  const ignored: IgnoredColumn[] = [];
  const sources = new Map<string, Source>();
  let input: Record<string, unknown> = {};

  const pool = files.input ?? (files.people !== undefined && extname(files.people).toLowerCase() === ".json" ? files.people : undefined);
  if (pool !== undefined) {
    const json = readJson(pool, cwd, issues);
    if (json !== undefined) {
      input = typeof json === "object" && json !== null && !Array.isArray(json) ? { ...(json as Record<string, unknown>) } : { candidates: json };
      for (const key of ["candidates", "venues", "starters", "groups", "distances", "policy"]) sources.set(key, { file: pool, json: true, prefix: 0 });
    }
  } else if (files.people !== undefined) {
    await addSheet(files.people, "people", cwd, input, sources, issues, ignored);
  }
  for (const option of SHEET_OPTIONS) {
    const file = files[option];
    if (file !== undefined) await addSheet(file, option, cwd, input, sources, issues, ignored);
  }
  if (files.policy !== undefined) {
    const policy = readJson(files.policy, cwd, issues);
    if (policy !== undefined) {
      input.policy = policy;
      sources.set("policy", { file: files.policy, json: true, prefix: 1 });
    }
  }
  if (issues.length > 0) return { ok: false, issues, ignored };
  const verdict = validate(input);
  if (verdict.success) return { ok: true, input: input as ComposeInput, ignored };
  return { ok: false, issues: verdict.issues.map((issue) => placeIssue(issue, sources)), ignored };
}

async function addSheet(
  file: string,
  kind: SheetKind,
  cwd: string,
  input: Record<string, unknown>,
  sources: Map<string, Source>,
  issues: InputIssue[],
  ignored: IgnoredColumn[],
): Promise<void> {
  const bytes = readBytes(file, cwd, issues);
  if (bytes === undefined) return;
  const read = await readTable(bytes, file, kind);
  if ("issue" in read) {
    issues.push({ file, code: read.issue, ...(read.row === undefined ? {} : { row: read.row }) });
    return;
  }
  const sheet = sheetRecords(read.table, kind);
  for (const issue of sheet.issues) {
    issues.push({
      file,
      code: issue.code,
      ...(issue.row === undefined ? {} : { row: issue.row }),
      ...(issue.column === undefined ? {} : { column: issue.column }),
      ...(issue.expected === undefined ? {} : { expected: issue.expected }),
    });
  }
  for (const column of sheet.ignored) ignored.push({ file, column });
  const list = LIST_OF_SHEET[kind];
  input[list] = sheet.records;
  sources.set(list, { file, sheet });
}

function readTable(bytes: Uint8Array, file: string, kind: SheetKind): Promise<TableResult> | TableResult {
  const extension = extname(file).toLowerCase();
  if (extension === ".xlsx") return readXlsx(bytes);
  if (extension === ".csv" || extension === ".txt" || extension === ".tsv") return readCsv(bytes, kind);
  return { issue: "unsupported_file_type" };
}

function readBytes(file: string, cwd: string, issues: InputIssue[]): Uint8Array | undefined {
  try {
    return readFileSync(resolve(cwd, file));
  } catch (error) {
    issues.push({ file, code: (error as { code?: unknown }).code === "ENOENT" ? "file_not_found" : "unreadable_file" });
    return undefined;
  }
}

/** A JSON file's content; a syntax error is reported by its line (the parser's message can quote the file). */
function readJson(file: string, cwd: string, issues: InputIssue[]): unknown {
  const bytes = readBytes(file, cwd, issues);
  if (bytes === undefined) return undefined;
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const at = /position (\d+)/.exec(error instanceof Error ? error.message : "");
    const row = at === null ? undefined : text.slice(0, Number(at[1])).split("\n").length;
    issues.push({ file, code: "invalid_json", ...(row === undefined ? {} : { row }) });
    return undefined;
  }
}

/**
 * A library issue placed where its value came from: the spreadsheet row of the record and the
 * column of the field (the column sammen would have read when the sheet has none), or the JSON
 * file and path.
 */
export function placeIssue(issue: Issue, sources: ReadonlyMap<string, Source>): InputIssue {
  const [list, index, ...rest] = issue.path;
  const source = typeof list === "string" ? sources.get(list) : undefined;
  const message = withoutPath(issue.message);
  if (source === undefined) return { file: "", path: formatPath(issue.path), code: issue.code, message };
  if ("json" in source) return { file: source.file, path: formatPath(issue.path.slice(source.prefix)), code: issue.code, message };
  const row = typeof index === "number" ? source.sheet.rows[index] : undefined;
  const fields = rest.filter((part): part is string => typeof part === "string");
  for (let end = fields.length; end > 0; end--) {
    const key = fields.slice(0, end).join(".");
    const column = source.sheet.columns.get(key);
    const expected = headerOf(source.sheet.kind, key, source.sheet.language);
    if (column !== undefined) return { file: source.file, code: issue.code, message, column, ...(row === undefined ? {} : { row }) };
    if (expected !== undefined) return { file: source.file, code: issue.code, message, expected, ...(row === undefined ? {} : { row }) };
  }
  return { file: source.file, code: issue.code, message, ...(row === undefined ? {} : { row }) };
}

/** The library's messages start with the path they are about; a spreadsheet reader has row and column instead. */
function withoutPath(message: string): string {
  return message.replace(/^[\w.[\]]+: /, "");
}

/** `candidates[3].knows[0]`, as the library writes paths. */
function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out === "" ? "(root)" : out;
}
