import type { ComposeResult } from "../model/result.js";
import type { CheckContext } from "./context.js";
import type { Violation } from "./violation.js";

/** Where a person is, as a place key: the waitlist, or a group's id behind a prefix (so no id is taken for the waitlist). */
const WAITLIST = "waitlist";
const GROUP = "group ";

/**
 * Union-find root with path halving, so closure over 50,000 people stays near-linear.
 * @param parent - each id's parent; an id without an entry is its own root
 * @param id - the id whose root is wanted
 */
export function find(parent: Map<string, string>, id: string): string {
  let x = id;
  for (;;) {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const gp = parent.get(p) ?? p;
    parent.set(x, gp);
    x = gp;
  }
}

/**
 * The `together` relation as union-find over ids: `parent` (read with `find`) and the ids that
 * have any link to a known candidate. Self-links and links to unknown ids are ignored.
 * @param ctx - the checker context
 */
export function togetherLinks(ctx: CheckContext): { parent: Map<string, string>; linked: Set<string> } {
  const parent = new Map<string, string>();
  const linked = new Set<string>();
  for (const c of ctx.candidates.values()) {
    for (const other of c.together ?? []) {
      if (other === c.id || !ctx.isKnown(other)) continue;
      linked.add(c.id);
      linked.add(other);
      const a = find(parent, c.id);
      const b = find(parent, other);
      if (a !== b) parent.set(a, b);
    }
  }
  return { parent, linked };
}

/**
 * Together (RULES.md rule 11): `together` is symmetric and transitive. Within a family, the
 * people who are not members of an existing group must all be in one place (one group, or
 * all waiting); if that place is a group, every existing-group member of the family must be
 * in it too. Pinned members cannot move, so a newcomer may always wait instead, and two
 * pinned members of different existing groups are exempt (the caller split them).
 * People absent from the result are `candidate_lost`, not split; unknown ids are ignored.
 * @param ctx - the checker context
 * @param result - the result under check
 * @returns one `together_split` violation per split family, naming the members that break a link
 */
export function checkTogether(ctx: CheckContext, result: ComposeResult): Violation[] {
  const { parent, linked } = togetherLinks(ctx);
  if (linked.size === 0) return [];

  // Where each person first appears; doubled appearances are candidate_duplicated.
  const place = new Map<string, string>();
  for (const g of result.groups) for (const m of g.members) if (!place.has(m)) place.set(m, `${GROUP}${g.id}`);
  for (const w of result.waitlist) if (!place.has(w.candidateId)) place.set(w.candidateId, WAITLIST);

  const families = new Map<string, string[]>();
  for (const id of linked) {
    if (!place.has(id)) continue;
    const root = find(parent, id);
    const family = families.get(root);
    if (family === undefined) families.set(root, [id]);
    else family.push(id);
  }

  const out: Violation[] = [];
  for (const family of families.values()) {
    const free = family.filter((id) => !ctx.pinnedIn.has(id));
    const freePlaces = new Set(free.map((id) => place.get(id) as string));
    let offending: string[] = [];
    if (freePlaces.size > 1) offending = free;
    else if (freePlaces.size === 1 && !freePlaces.has(WAITLIST)) {
      const joined = [...freePlaces][0] as string;
      const elsewhere = family.filter((id) => ctx.pinnedIn.has(id) && place.get(id) !== joined);
      if (elsewhere.length > 0) offending = [...free, ...elsewhere];
    }
    if (offending.length === 0) continue;
    const places = new Set(offending.map((id) => place.get(id) as string));
    const where = [...places].map((p) => (p === WAITLIST ? ctx.texts.waitlist : ctx.texts.inGroup(p.slice(GROUP.length))));
    out.push({
      rule: "together_split",
      candidateIds: offending,
      message: ctx.texts.togetherSplit(offending.length, places.size, where.join(", "), offending.join(", ")),
    });
  }
  return out;
}
