import type { Candidate } from "../model/schemas.js";
import type { ReportContext } from "./context.js";
import { esc } from "./html.js";

/** Placed and waiting counts under one label. */
interface Tally {
  label: string | null;
  placed: number;
  waiting: number;
}

/**
 * Placed and waiting per label (problem area, municipality), largest first, "not recorded"
 * last; ties in the label's own order so the same input gives the same table.
 */
function tally(ctx: ReportContext, labelOf: (c: Candidate | undefined) => string | undefined): Tally[] {
  const rows = new Map<string | null, Tally>();
  const count = (id: string, placed: boolean): void => {
    const label = labelOf(ctx.candidates.get(id)) ?? null;
    const row = rows.get(label) ?? { label, placed: 0, waiting: 0 };
    if (placed) row.placed += 1;
    else row.waiting += 1;
    rows.set(label, row);
  };
  for (const g of ctx.result.groups) for (const id of g.members) count(id, true);
  for (const w of ctx.result.waitlist) count(w.candidateId, false);
  return [...rows.values()].sort((a, b) => {
    if ((a.label === null) !== (b.label === null)) return a.label === null ? 1 : -1;
    const size = b.placed + b.waiting - (a.placed + a.waiting);
    return size !== 0 ? size : (a.label ?? "") < (b.label ?? "") ? -1 : 1;
  });
}

/** A table of placed and waiting per label, each row with a bar of its share. */
function tallyTable(ctx: ReportContext, heading: string, column: string, rows: readonly Tally[]): string {
  const { texts } = ctx;
  const most = Math.max(1, ...rows.map((r) => r.placed + r.waiting));
  const body = rows
    .map((r) => {
      const placed = (100 * r.placed) / most;
      const waiting = (100 * r.waiting) / most;
      const bar = `<span class="bar"><span class="placed" style="width:${placed.toFixed(1)}%"></span><span class="waiting" style="width:${waiting.toFixed(1)}%"></span></span>`;
      const label = r.label === null ? `<em>${esc(texts.notRecorded)}</em>` : esc(r.label);
      return `<tr><th scope="row">${label}</th><td class="num">${r.placed}</td><td class="num">${r.waiting}</td><td class="barcell">${bar}</td></tr>`;
    })
    .join("");
  return `<div class="tally"><h3>${esc(heading)}</h3><table><thead><tr><th scope="col">${esc(column)}</th><th scope="col" class="num">${esc(texts.placed)}</th><th scope="col" class="num">${esc(texts.waiting)}</th><th scope="col"><span class="sr">${esc(texts.placed)} / ${esc(texts.waiting)}</span></th></tr></thead><tbody>${body}</tbody></table></div>`;
}

/** The first section: counts, the split by problem area and by municipality, and any warnings. */
export function summarySection(ctx: ReportContext): string {
  const { texts, result } = ctx;
  const placed = result.groups.reduce((sum, g) => sum + g.members.length, 0);
  const tiles = [
    [placed, texts.placed, "placed"],
    [result.waitlist.length, texts.waiting, "waiting"],
    [result.groups.length, texts.groupCount, "groups"],
  ] as const;
  const tileHtml = tiles.map(([n, label, kind]) => `<div class="tile ${kind}" data-count="${kind}"><span class="n">${n}</span><span class="l">${esc(label)}</span></div>`).join("");
  const byProblem = tallyTable(ctx, texts.byProblem, texts.problemArea, tally(ctx, (c) => c?.problem));
  const byMunicipality = tallyTable(ctx, texts.byMunicipality, texts.municipality, tally(ctx, (c) => c?.location?.municipality));
  const warnings =
    result.warnings.length === 0
      ? ""
      : `<div class="warnings"><h3>${esc(texts.warnings)}</h3><ul>${result.warnings
          .map((w) => `<li><code>${esc(w.code)}</code>${w.rule === undefined ? "" : ` <code>${esc(w.rule)}</code>`} ${esc(w.message)}</li>`)
          .join("")}</ul></div>`;
  return `<section id="summary"><h2>${esc(texts.summary)}</h2><div class="tiles">${tileHtml}</div><div class="tallies">${byProblem}${byMunicipality}</div>${warnings}</section>`;
}
