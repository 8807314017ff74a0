import type { ComposedGroup, WaitlistEntry } from "../../index.js";
import { EXIT } from "../environment.js";
import type { Messages } from "../messages.js";
import { writeIssues } from "../report.js";
import type { CommandContext } from "./context.js";
import { readResult } from "./readResult.js";
import { suggestionLine } from "../suggestionLine.js";

export interface ExplainCommandOptions {
  result?: string;
}

/**
 * `sammen explain ID`: from a result.json, why a waiting person waits (each reason with its
 * figures, then what would let them start), or which group a placed person is in (slot, venue,
 * municipality, starters). Texts are the result's own (in the language compose wrote them).
 */
export function explainCommand(id: string, options: ExplainCommandOptions, context: CommandContext): number {
  const { environment, messages } = context;
  const read = readResult(options.result ?? "result.json", environment.cwd);
  if ("issues" in read) {
    writeIssues(environment.stderr, messages, read.issues);
    return EXIT.badInput;
  }
  const group = read.result.groups.find((g) => g.members.includes(id));
  const waiting = read.result.waitlist.find((w) => w.candidateId === id);
  const lines = group !== undefined ? groupLines(id, group, messages) : waiting !== undefined ? waitingLines(waiting, messages) : null;
  if (lines === null) {
    environment.stderr.write(`${messages.unknownId(id)}\n`);
    return EXIT.badInput;
  }
  environment.stdout.write(`${lines.join("\n")}\n`);
  return EXIT.ok;
}

function groupLines(id: string, group: ComposedGroup, messages: Messages): string[] {
  const f = messages.groupFields;
  const or = (value: string | null): string => value ?? f.none;
  return [
    messages.placedIn(id, group.id),
    `  ${f.slot}: ${or(group.slot)}`,
    `  ${f.venue}: ${or(group.venue)}`,
    `  ${f.municipality}: ${or(group.municipality)}`,
    `  ${f.starters}: ${group.starters.length > 0 ? group.starters.join(", ") : f.none}`,
    `  ${f.members}: ${group.members.join(", ")}`,
  ];
}

function waitingLines(entry: WaitlistEntry, messages: Messages): string[] {
  const lines = [messages.waits(entry.candidateId), messages.reasonsHeading];
  for (const reason of entry.reasons) {
    const partner = reason.partnerId === undefined ? "" : ` (${reason.partnerId}: ${reason.partnerReason ?? "?"})`;
    lines.push(`  ${reason.code}${partner}: ${reason.message}`);
  }
  if (entry.neverInThisPool !== undefined) lines.push(`  ${entry.neverInThisPool ? messages.neverInThisPool : messages.lostOut}`);
  if (entry.suggestions.length > 0) lines.push(messages.suggestionsHeading);
  for (const s of entry.suggestions) lines.push(`  ${s.kind}: ${suggestionLine(s, messages)}`);
  return lines;
}
