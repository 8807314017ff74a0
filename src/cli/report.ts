import type { TextSink } from "./environment.js";
import type { IgnoredColumn, InputIssue } from "./loadInput.js";
import type { Messages } from "./messages.js";

/**
 * Writes input issues to stderr, one a line: where (file, row, column and its header), the code,
 * and what it means (sammen's text for its own codes, the library's message for the library's:
 * both name fields, ids and limits, never a cell's content).
 */
export function writeIssues(stderr: TextSink, messages: Messages, issues: readonly InputIssue[]): void {
  stderr.write(`${messages.issuesFound(issues.length)}\n`);
  for (const issue of issues) {
    const header = issue.column?.header ?? issue.expected;
    const where = messages.where(issue.file, issue.row, issue.column?.letter, header);
    const place = [where, issue.path].filter((part) => part !== undefined && part !== "").join(", ");
    const text = messages.issueTexts[issue.code] ?? issue.message ?? "";
    stderr.write(`  ${place}: ${issue.code}${text === "" ? "" : ` - ${text}`}\n`);
  }
}

/** Notes the columns sammen did not read (a name or phone column is fine: it is never read). */
export function writeIgnored(stderr: TextSink, messages: Messages, ignored: readonly IgnoredColumn[]): void {
  for (const { file, column } of ignored) stderr.write(`${messages.ignoredColumn(file, column.letter, column.header)}\n`);
}
