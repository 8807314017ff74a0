import { localeOf, type Locale } from "../model/locale.js";
import type { ComposeResult } from "../model/result.js";
import type { Candidate } from "../model/schemas.js";
import { parse } from "../model/validate.js";
import type { ReportContext } from "./context.js";
import { groupsSection } from "./groupCards.js";
import { esc } from "./html.js";
import { REPORT_TEXTS } from "./messages.js";
import { rulesSection } from "./rulesSection.js";
import { REPORT_CSS } from "./styles.js";
import { summarySection } from "./summary.js";
import { waitlistSection } from "./waitlistSection.js";

/** How `renderReport` writes the page. */
export interface ReportOptions {
  /** The language of the report's texts (default "en"). */
  locale?: Locale;
  /** The page's title and heading (default "Groups and waitlist", in the locale). */
  title?: string;
  /** A date or time to print under the title, as the caller writes it (the report reads no clock). */
  date?: string;
}

/**
 * Nothing on the page may load anything: no script, font, image, frame, form target or base URL
 * from anywhere; only the page's own inline styles, and images written into it as data.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * One self-contained HTML page for the coordinator: a summary (placed, waiting, groups; by problem
 * area and by municipality), every group as a card (slot, venue, starters, members with an age
 * strip on an axis all groups share, the gender mix and each member's travel), the waitlist
 * grouped by reason with what would let each person start, and the rules the run used.
 *
 * Pure: no I/O, no clock, no randomness; the same input, result and options give the same bytes.
 * The page loads nothing (a strict Content-Security-Policy, system fonts, inline SVG), and every
 * id and label from the input is escaped. It shows members' ages and genders, as a coordinator's
 * working paper does: keep the file where the list itself is kept.
 *
 * @param input - the input the result was composed from (validated here, defaults filled in)
 * @param result - what `compose` returned for it
 * @param options - `locale` (default "en"), `title`, `date`
 * @returns the HTML document
 * @throws ValidationError when the input is not valid (every issue listed, in the options' locale)
 */
export function renderReport(input: unknown, result: ComposeResult, options: ReportOptions = {}): string {
  const locale = localeOf(options);
  const texts = REPORT_TEXTS[locale];
  const problem = parse(input, { locale });
  const candidates = new Map<string, Candidate>();
  for (const c of problem.candidates) if (!candidates.has(c.id)) candidates.set(c.id, c);
  const ctx: ReportContext = { problem, result, candidates, locale, texts };
  const title = typeof options.title === "string" && options.title.trim() !== "" ? options.title : texts.defaultTitle;
  const { stats } = result;
  const run = texts.runLine(texts.status[result.status], texts.method[stats.method], stats.seed, stats.iterations, texts.stoppedBy[stats.stoppedBy]);
  const date = typeof options.date === "string" && options.date !== "" ? `<p>${esc(texts.made(options.date))}</p>` : "";
  return [
    "<!doctype html>",
    `<html lang="${locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<header class="top"><h1>${esc(title)}</h1><p>${esc(run)}</p>${date}</header>`,
    summarySection(ctx),
    groupsSection(ctx),
    waitlistSection(ctx),
    rulesSection(ctx),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
