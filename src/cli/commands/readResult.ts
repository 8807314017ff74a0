import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ComposeResultSchema, type ComposeResult } from "../../index.js";
import type { InputIssue } from "../loadInput.js";

/** Reads a result.json back, checked against the result's schema; a mismatch is reported by path, never by value. */
export function readResult(file: string, cwd: string): { result: ComposeResult } | { issues: InputIssue[] } {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch (error) {
    return { issues: [{ file, code: (error as { code?: unknown }).code === "ENOENT" ? "file_not_found" : "unreadable_file" }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { issues: [{ file, code: "invalid_json" }] };
  }
  const parsed = ComposeResultSchema.safeParse(json);
  if (parsed.success) return { result: parsed.data };
  return {
    issues: parsed.error.issues.slice(0, 20).map((issue) => ({ file, code: "result_mismatch", path: issue.path.map(String).join(".") })),
  };
}
