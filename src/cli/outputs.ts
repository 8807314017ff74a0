/**
 * The files `sammen compose` writes, one entry each: a name and a pure function from the input
 * and the result to the file's text. All are rendered before the first is written, so a failure
 * leaves the folder as it was; writing one more file is one more entry.
 */
import type { ComposeInput, ComposeResult } from "../index.js";
import { renderReport } from "../report/index.js";
import { messagesFor, type Locale } from "./messages.js";
import { formatValue, sheetRows, toCsv } from "./sheets/writeSheet.js";
import { suggestionLine } from "./suggestionLine.js";

export interface OutputContext {
  input: ComposeInput;
  result: ComposeResult;
  locale: Locale;
}

export interface OutputFile {
  name: string;
  render(context: OutputContext): string;
}

export const OUTPUT_FILES: readonly OutputFile[] = [
  { name: "groups.csv", render: groupsCsv },
  { name: "waitlist.csv", render: waitlistCsv },
  { name: "result.json", render: ({ result }) => `${JSON.stringify(result, null, 2)}\n` },
  { name: "report.html", render: ({ input, result, locale }) => renderReport(input, result, { locale }) },
];

/**
 * One row per group. The first columns are those of a groups sheet (id, members, slot, venue,
 * municipality, closed), so the file can be given back as `--groups` once the groups meet; the
 * rest describe the group and are not read back.
 */
function groupsCsv({ result, locale }: OutputContext): string {
  const texts = messagesFor(locale).groupsCsv;
  const records = result.groups.map((g) => ({ id: g.id, members: g.members, slot: g.slot ?? undefined, venue: g.venue ?? undefined, municipality: g.municipality ?? undefined, closed: true }));
  const [header = [], ...rows] = sheetRows("groups", records, locale);
  const extraHeader = [messagesFor(locale).groupFields.starters, texts.size, texts.ageSpan, texts.genders, texts.problems, texts.maxTravelKm, texts.existing, texts.newMembers];
  const extra = result.groups.map((g) => [
    g.starters.join(", "),
    String(g.metrics.size),
    String(g.metrics.ageSpan),
    Object.entries(g.metrics.genders)
      .filter(([, count]) => count > 0)
      .map(([gender, count]) => `${gender === "undisclosed" ? "?" : formatValue(gender, "gender", locale)} ${count}`)
      .join(", "),
    formatValue(g.metrics.problems, "problemList", locale),
    formatValue(Math.round(g.metrics.maxTravelKm * 10) / 10, "number", locale),
    g.existing ?? "",
    g.newMembers.join(", "),
  ]);
  return toCsv([[...header, ...extraHeader], ...rows.map((row, i) => [...row, ...(extra[i] ?? [])])], locale);
}

/** One row per waiting person: their reason codes, the explanation, the suggestions. */
function waitlistCsv({ result, locale }: OutputContext): string {
  const messages = messagesFor(locale);
  const texts = messages.waitlistCsv;
  const header = [texts.candidate, texts.reasons, texts.explanation, texts.suggestions, texts.neverInThisPool];
  const rows = result.waitlist.map((entry) => [
    entry.candidateId,
    entry.reasons.map((reason) => reason.code).join(", "),
    entry.reasons.map((reason) => reason.message).join(" "),
    entry.suggestions.map((suggestion) => suggestionLine(suggestion, messages)).join(" "),
    entry.neverInThisPool === undefined ? "" : entry.neverInThisPool ? texts.yes : texts.no,
  ]);
  return toCsv([header, ...rows], locale);
}
