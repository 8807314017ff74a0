import type { ComposedGroup } from "../model/result.js";
import { ageAxisOf, ageStrip, GENDER_STYLE, marker, type AgeAxis, type StripMember } from "./ageStrip.js";
import type { ReportContext } from "./context.js";
import { decimal, esc } from "./html.js";
import type { GenderKey } from "./messages.js";
import { TravelMeter } from "./travel.js";

const GENDER_ORDER: readonly GenderKey[] = ["female", "male", "other", "undisclosed"];

/** A small legend entry: the marker the strip uses, then the words. */
function legendMark(gender: GenderKey): string {
  return `<svg class="mark" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">${marker(gender, 5, 5, "")}</svg>`;
}

/** The gender mix as a stacked bar and counts, in the strip's colours and shapes. */
function genderMix(ctx: ReportContext, members: readonly StripMember[]): string {
  const counts = new Map<GenderKey, number>();
  for (const m of members) counts.set(m.gender, (counts.get(m.gender) ?? 0) + 1);
  const present = GENDER_ORDER.filter((g) => (counts.get(g) ?? 0) > 0);
  const total = Math.max(1, members.length);
  const bar = present.map((g) => `<span style="width:${((100 * counts.get(g)!) / total).toFixed(1)}%;background:${GENDER_STYLE[g].colour}"></span>`).join("");
  const words = present.map((g) => `<span class="g">${legendMark(g)}${esc(ctx.texts.genders[g])} ${counts.get(g)!}</span>`).join(" ");
  return `<div class="mix"><span class="k">${esc(ctx.texts.genderMix)}</span><span class="mixbar">${bar}</span>${words}</div>`;
}

/** One group as a card: when and where, starters, the age strip, the gender mix and every member. */
function groupCard(ctx: ReportContext, group: ComposedGroup, axis: AgeAxis, meter: TravelMeter): string {
  const { texts, locale } = ctx;
  const members: StripMember[] = group.members.map((id) => {
    const c = ctx.candidates.get(id);
    return { id, age: c?.age, gender: c?.gender ?? "undisclosed" };
  });
  const travel = meter.of(group);
  const fresh = new Set(group.newMembers);
  const kind = group.existing === null ? texts.newGroup : texts.continues(group.existing);
  const place = group.venue === null ? esc(group.municipality ?? "–") : `${esc(group.venue)}${group.municipality === null ? "" : ` <span class="muted">(${esc(group.municipality)})</span>`}`;
  const starters = group.starters.length === 0 ? `<span class="muted">${esc(texts.noStarters)}</span>` : group.starters.map((s) => `<span class="id">${esc(s)}</span>`).join(", ");
  const facts = [
    [texts.slot, group.slot === null ? `<span class="muted">${esc(texts.noSlot)}</span>` : esc(group.slot)],
    [group.venue === null ? texts.place : texts.venue, place],
    [texts.starters, starters],
  ]
    .map(([k, v]) => `<dt>${esc(k!)}</dt><dd>${v!}</dd>`)
    .join("");
  const span = texts.ageSpan(group.metrics.ageSpan);
  const rows = members
    .map((m) => {
      const km = travel.get(m.id);
      const marks = fresh.has(m.id) && group.existing !== null ? ` <span class="new">${esc(texts.newMember)}</span>` : "";
      return `<tr><td class="id">${esc(m.id)}${marks}</td><td class="num">${m.age ?? "–"}</td><td>${legendMark(m.gender)} ${esc(texts.genders[m.gender])}</td><td class="num">${km === null || km === undefined ? `<span class="muted">${esc(texts.unknownKm)}</span>` : esc(texts.km(decimal(km, locale)))}</td></tr>`;
    })
    .join("");
  const table = `<table class="members"><thead><tr><th scope="col">${esc(texts.id)}</th><th scope="col" class="num">${esc(texts.age)}</th><th scope="col">${esc(texts.gender)}</th><th scope="col" class="num">${esc(texts.travelKm)}</th></tr></thead><tbody>${rows}</tbody></table>`;
  // Measured here for every group: the result measures none for an existing group left where it met.
  const known = [...travel.values()].filter((km): km is number => km !== null);
  const travelLine = texts.travelSummary(texts.km(decimal(Math.max(0, ...known), locale)), texts.km(decimal(known.reduce((a, b) => a + b, 0), locale)));
  return `<article class="card" id="group-${esc(group.id)}" data-group="${esc(group.id)}"><header><h3>${esc(group.id)}</h3><span class="badge">${esc(kind)}</span><span class="size">${esc(texts.people(group.members.length))}</span></header><dl>${facts}</dl><div class="ages"><span class="span">${esc(span)}</span>${ageStrip(members, axis, span)}</div>${genderMix(ctx, members)}${table}<p class="travel">${esc(texts.travelKm)}: ${esc(travelLine)}</p></article>`;
}

/** Every group as a card, all age strips on one axis. */
export function groupsSection(ctx: ReportContext): string {
  const { texts, result } = ctx;
  const ages = result.groups.flatMap((g) => g.members.map((id) => ctx.candidates.get(id)?.age).filter((a): a is number => a !== undefined));
  const axis = ageAxisOf(ages);
  const meter = new TravelMeter(ctx.problem, ctx.candidates);
  const cards = result.groups.map((g) => groupCard(ctx, g, axis, meter)).join("");
  const body = result.groups.length === 0 ? `<p class="empty">${esc(texts.noGroups)}</p>` : `<p class="note">${esc(texts.ageAxis)}</p><div class="cards">${cards}</div>`;
  return `<section id="groups" class="page"><h2>${esc(texts.groups)} <span class="count">${result.groups.length}</span></h2>${body}</section>`;
}
