import { check } from "../../index.js";
import { EXIT } from "../environment.js";
import { loadInput } from "../loadInput.js";
import { writeIgnored, writeIssues } from "../report.js";
import type { CommandContext } from "./context.js";
import { inputFiles, type InputFileOptions } from "./inputOptions.js";
import { readResult } from "./readResult.js";

export interface CheckCommandOptions extends InputFileOptions {
  result?: string;
}

/**
 * `sammen check`: the library's independent checker on the input files and a result.json.
 * Prints every broken rule (rule, group, ids and figures: never a personal value) on stdout,
 * then the warnings; exits 1 when a rule is broken.
 */
export async function checkCommand(people: string | undefined, options: CheckCommandOptions, context: CommandContext): Promise<number> {
  const { environment, messages, usageError } = context;
  const files = inputFiles(people, options, messages);
  if ("usage" in files) return usageError(files.usage);
  const loaded = await loadInput(files, environment.cwd);
  writeIgnored(environment.stderr, messages, loaded.ignored);
  const read = readResult(options.result ?? "result.json", environment.cwd);
  const issues = [...(loaded.ok ? [] : loaded.issues), ...("issues" in read ? read.issues : [])];
  if (!loaded.ok || "issues" in read) {
    writeIssues(environment.stderr, messages, issues);
    return EXIT.badInput;
  }
  const report = check(loaded.input, read.result);
  const out = environment.stdout;
  if (report.ok) out.write(`${messages.checkOk}\n`);
  else out.write(`${messages.checkBroken(report.violations.length)}\n`);
  for (const v of report.violations) out.write(`  ${v.rule}${v.groupId === undefined ? "" : ` [${v.groupId}]`}: ${v.message}\n`);
  if (report.warnings.length > 0) out.write(`${messages.warningsHeading(report.warnings.length)}\n`);
  for (const w of report.warnings) out.write(`  ${w.code}${w.rule === undefined ? "" : ` ${w.rule}`}${w.groupId === undefined ? "" : ` [${w.groupId}]`}: ${w.message}\n`);
  return report.ok ? EXIT.ok : EXIT.badInput;
}
