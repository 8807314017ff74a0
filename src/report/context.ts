import type { Locale } from "../model/locale.js";
import type { ComposeResult } from "../model/result.js";
import type { Candidate, Problem } from "../model/schemas.js";
import type { ReportTexts } from "./messages.js";

/** What every section of the report reads: the parsed input, the result, and the locale's texts. */
export interface ReportContext {
  problem: Problem;
  result: ComposeResult;
  /** Candidates by id (the first wins, as validation allows no repeats). */
  candidates: ReadonlyMap<string, Candidate>;
  locale: Locale;
  texts: ReportTexts;
}
