import { EXPLAIN_TEXTS } from "../explain/messages.js";
import type { Suggestion, WaitlistEntry, WaitReasonCode } from "../model/result.js";
import type { ReportContext } from "./context.js";
import { esc } from "./html.js";
import { suggestionText } from "./suggestionText.js";

/** Reasons in the order RULES.md gives them ("Why someone waits"): the person alone first, lost out to others last. */
const REASON_ORDER: readonly WaitReasonCode[] = [
  "age_unknown",
  "below_minimum_age",
  "above_maximum_age",
  "no_reachable_venue",
  "no_common_slot",
  "together_partner_blocked",
  "together_incompatible",
  "no_starter_available",
  "too_few_compatible",
  "no_room_left",
  "not_selected",
];

/** The figures behind an entry's reasons, and whether anyone could place them from this list. */
function details(ctx: ReportContext, entry: WaitlistEntry): string {
  const { texts } = ctx;
  const parts: string[] = [];
  for (const reason of entry.reasons) {
    if (reason.code !== entry.reasons[0]?.code) parts.push(texts.reasonTitles[reason.code]);
    if (reason.missing !== undefined) parts.push(texts.missing(reason.missing));
    if (reason.compatible !== undefined) parts.push(texts.compatible(reason.compatible));
    if (reason.partnerId !== undefined) parts.push(texts.partner(reason.partnerId, reason.partnerReason === undefined ? "" : texts.reasonTitles[reason.partnerReason]));
    if (reason.placedLongerWaiting !== undefined) parts.push(texts.placedLongerWaiting(reason.placedLongerWaiting));
  }
  if (entry.neverInThisPool !== undefined) parts.push(entry.neverInThisPool ? texts.neverInThisPool : texts.lostOut);
  return parts.map((p) => `<span class="fact">${esc(p)}</span>`).join("");
}

/** One suggestion: what kind of change, the change in words, and whether it goes against the guidance. */
function suggestion(ctx: ReportContext, entry: WaitlistEntry, s: Suggestion): string {
  const { texts } = ctx;
  const against = s.againstGuidance === true ? ` <span class="against">${esc(texts.againstGuidance)}</span>` : "";
  const venue = s.venue === undefined ? "" : ` <span class="id">${esc(s.venue)}</span>`;
  return `<li data-kind="${esc(s.kind)}"><strong>${esc(texts.kinds[s.kind])}</strong>${venue}${against}: ${esc(suggestionText(entry, s, ctx.locale))}${suggestedGroup(ctx, s)}</li>`;
}

/** The group the suggestion would let start: who, where and when. */
function suggestedGroup(ctx: ReportContext, s: Suggestion): string {
  const g = s.group;
  if (g === undefined) return "";
  const where = g.venue ?? (s.kind === "add_venue" ? ctx.texts.newVenue : g.municipality);
  const parts = [ctx.texts.suggestedGroup(g.members.join(", "), s.count ?? 0), where, g.slot].filter((x): x is string => x !== null && x !== undefined);
  return `<br><span class="group">${esc(parts.join(" · "))}</span>`;
}

/** The waitlist grouped by each entry's first (most specific) reason, in the order of RULES.md. */
export function waitlistSection(ctx: ReportContext): string {
  const { texts, result } = ctx;
  const byReason = new Map<WaitReasonCode, WaitlistEntry[]>();
  for (const entry of result.waitlist) {
    const code = entry.reasons[0]?.code;
    if (code === undefined) continue;
    const list = byReason.get(code);
    if (list === undefined) byReason.set(code, [entry]);
    else list.push(entry);
  }
  const blocks = REASON_ORDER.filter((code) => byReason.has(code)).map((code) => {
    const entries = byReason.get(code)!;
    const rows = entries
      .map((e) => {
        const list = e.suggestions.length === 0 ? "" : `<ul>${e.suggestions.map((s) => suggestion(ctx, e, s)).join("")}</ul>`;
        return `<tr data-waiting="${esc(e.candidateId)}"><td class="id">${esc(e.candidateId)}</td><td>${details(ctx, e)}</td><td class="sugg">${list}</td></tr>`;
      })
      .join("");
    const head = `<thead><tr><th scope="col">${esc(texts.id)}</th><th scope="col">${esc(texts.details)}</th><th scope="col">${esc(texts.suggestions)}</th></tr></thead>`;
    return `<div class="reason" data-reason="${code}"><h3>${esc(texts.reasonTitles[code])} <span class="count">${esc(texts.people(entries.length))}</span> <code>${code}</code></h3><p>${esc(EXPLAIN_TEXTS[ctx.locale].reasons[code])}</p><table class="waiting">${head}<tbody>${rows}</tbody></table></div>`;
  });
  const body = blocks.length === 0 ? `<p class="empty">${esc(texts.noneWaiting)}</p>` : blocks.join("");
  return `<section id="waitlist" class="page"><h2>${esc(texts.waitlist)} <span class="count">${result.waitlist.length}</span></h2>${body}</section>`;
}
