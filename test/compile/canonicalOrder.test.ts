import { describe, expect, it } from "vitest";
import { canonicalProblem } from "../../src/compile/canonicalOrder.js";
import { parse, type CandidateInput, type ComposeInput, type Problem } from "../../src/index.js";
import { permuteInput, renameIds } from "../helpers/metamorphic.js";
import { generatePool } from "../helpers/pools.js";

/**
 * The canonical problem with ids replaced by canonical positions: what the solver sees.
 * `knows` and `together` are symmetric relations, so they are compared as undirected pairs.
 */
function structure(problem: Problem): unknown {
  const canonical = canonicalProblem(problem);
  const position = new Map(canonical.candidates.map((c, i) => [c.id, i]));
  const venue = new Map(canonical.venues.map((v, i) => [v.id, i]));
  const at = (ids: readonly string[] | undefined): number[] | undefined => ids?.map((id) => position.get(id)!);
  const pairs = (pick: (c: CandidateInput) => readonly string[] | undefined): string[] =>
    [...new Set(canonical.candidates.flatMap((c, i) => (pick(c) ?? []).map((ref) => [i, position.get(ref)!].sort((a, b) => a - b).join("-"))))].sort();
  return {
    knows: pairs((c) => c.knows),
    together: pairs((c) => c.together),
    candidates: canonical.candidates.map(({ id: _id, knows: _knows, together: _together, availability, ...rest }) => ({
      ...rest,
      availability: availability === undefined ? undefined : [...availability].sort(),
    })),
    venues: canonical.venues.map(({ id: _id, slots, ...rest }) => ({ ...rest, slots: slots === undefined ? undefined : [...slots].sort() })),
    groups: canonical.groups.map(({ id: _id, venue: v, members, ...rest }) => ({ ...rest, venue: v === undefined ? undefined : venue.get(v), members: at(members) })),
  };
}

function rings(): ComposeInput {
  // Twelve look-alikes kept apart in two rings of six, plus a look-alike pair in an open group.
  const body: Omit<CandidateInput, "id"> = { age: 40, problem: "grief", role: "bereaved", location: { municipality: "bergen" } };
  const id = (k: number): string => `p${k}`;
  const next = (k: number): number => (k < 6 ? (k + 1) % 6 : 6 + ((k - 5) % 6));
  return {
    candidates: [
      ...Array.from({ length: 12 }, (_, k) => ({ id: id(k), ...body, knows: [id(next(k))] })),
      { id: "a", ...body },
      { id: "b", ...body },
    ],
    groups: [{ id: "old", members: ["a", "b"], closed: false }],
  };
}

describe("canonicalProblem", () => {
  it.each([
    ["a realistic pool of 400", generatePool(400, 5)],
    ["two rings of look-alikes", rings()],
  ])("gives the solver the same problem for any list order and id spelling: %s", (_name, input) => {
    const expected = structure(parse(input));
    for (let seed = 1; seed <= 10; seed++) {
      expect(structure(parse(permuteInput(input, seed)))).toEqual(expected);
      expect(structure(parse(renameIds(permuteInput(input, seed), seed).input))).toEqual(expected);
    }
  });
});
