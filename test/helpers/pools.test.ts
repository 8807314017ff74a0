import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ComposeInputSchema, MAX_CANDIDATES, type ComposeInput } from "../../src/model/schemas.js";
import { validate } from "../../src/model/validate.js";
import { generatePool, poolArbitrary } from "./pools.js";

/**
 * The cross-reference rules the schema cannot see, checked independently of `validate`:
 * unique ids, known references, no self-references, disjoint existing groups, known group venues,
 * no keep-apart pair inside a `together` unit, and a consistent policy.
 * Returns a description of each problem found (empty when the input is sound).
 */
function crossReferenceProblems(input: ComposeInput): string[] {
  const problems: string[] = [];
  const unique = (what: string, ids: readonly string[]): Set<string> => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`duplicate ${what} id ${id}`);
      seen.add(id);
    }
    return seen;
  };
  const candidateIds = unique("candidate", input.candidates.map((c) => c.id));
  const venueIds = unique("venue", (input.venues ?? []).map((v) => v.id));
  unique("starter", (input.starters ?? []).map((s) => s.id));
  unique("group", (input.groups ?? []).map((g) => g.id));

  // Together units, through links written on either side, transitively.
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let r = id;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  for (const c of input.candidates) {
    for (const field of ["knows", "together"] as const) {
      for (const ref of c[field] ?? []) {
        if (!candidateIds.has(ref)) problems.push(`${c.id}.${field} refers to unknown ${ref}`);
        if (ref === c.id) problems.push(`${c.id}.${field} refers to themself`);
      }
    }
    for (const ref of c.together ?? []) parent.set(find(c.id), find(ref));
    for (const ref of c.knows ?? []) if (c.together?.includes(ref)) problems.push(`${c.id} both knows and is together with ${ref}`);
  }
  for (const c of input.candidates) {
    for (const ref of c.knows ?? []) if (find(c.id) === find(ref)) problems.push(`${c.id} knows ${ref} inside one together unit`);
  }

  const inGroup = new Set<string>();
  for (const g of input.groups ?? []) {
    if (g.members.length === 0) problems.push(`group ${g.id} is empty`);
    for (const m of g.members) {
      if (!candidateIds.has(m)) problems.push(`group ${g.id} member ${m} is unknown`);
      if (inGroup.has(m)) problems.push(`${m} is in two existing groups`);
      inGroup.add(m);
    }
    if (g.venue !== undefined && !venueIds.has(g.venue)) problems.push(`group ${g.id} venue ${g.venue} is unknown`);
  }

  // The policy after defaults, so the check sees what compose will see.
  const policy = ComposeInputSchema.parse(input).policy;
  const { groupSize, starters, age } = policy;
  if (groupSize.min > groupSize.max) problems.push("groupSize.min > groupSize.max");
  if (groupSize.preferred < groupSize.min || groupSize.preferred > groupSize.max) problems.push("groupSize.preferred outside [min, max]");
  if (starters.min > starters.max) problems.push("starters.min > starters.max");
  if (age.maximum !== undefined && age.maximum < age.minimum) problems.push("age.maximum < age.minimum");
  return problems;
}

/** Schema, independent cross-reference check, and the library's own validator must all accept. */
function expectValid(input: ComposeInput): void {
  const parsed = ComposeInputSchema.safeParse(input);
  expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  expect(crossReferenceProblems(input)).toEqual([]);
  const v = validate(input);
  expect(v.success, v.success ? "" : JSON.stringify(v.issues.slice(0, 3))).toBe(true);
}

describe("poolArbitrary", () => {
  it("produces 300 inputs that pass the schema and every cross-reference rule", () => {
    fc.assert(
      fc.property(poolArbitrary(), (input) => {
        expect(input.candidates.length).toBeLessThanOrEqual(60);
        expectValid(input);
      }),
      { numRuns: 300, seed: 20250611 },
    );
  });

  it("respects maxCandidates", () => {
    fc.assert(
      fc.property(poolArbitrary({ maxCandidates: 5 }), (input) => {
        expect(input.candidates.length).toBeLessThanOrEqual(5);
        expectValid(input);
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it("covers the interesting cases: minors, missing ages, links, existing groups, no venues", () => {
    const samples = fc.sample(poolArbitrary(), { numRuns: 300, seed: 42 });
    const some = (pred: (input: ComposeInput) => boolean): boolean => samples.some(pred);
    expect(some((p) => p.candidates.some((c) => c.age !== undefined && c.age < 18))).toBe(true);
    expect(some((p) => p.candidates.some((c) => c.age === undefined))).toBe(true);
    expect(some((p) => p.candidates.some((c) => c.location !== undefined && c.location.lat === undefined))).toBe(true);
    expect(some((p) => p.candidates.some((c) => (c.knows?.length ?? 0) > 0))).toBe(true);
    expect(some((p) => p.candidates.some((c) => (c.together?.length ?? 0) > 0))).toBe(true);
    expect(some((p) => (p.groups?.length ?? 0) > 0)).toBe(true);
    expect(some((p) => (p.venues?.length ?? 0) === 0)).toBe(true);
    expect(some((p) => (p.distances?.length ?? 0) > 0)).toBe(true);
    expect(some((p) => (p.starters?.length ?? 0) > 0)).toBe(true);
    expect(some((p) => p.policy?.problem?.mode === "cross")).toBe(true);
    expect(some((p) => (p.policy?.starters?.min ?? 0) > 0)).toBe(true);
  });
});

describe("generatePool", () => {
  for (const n of [10, 1000]) {
    it(`n = ${n}: valid for many seeds`, () => {
      for (let seed = 1; seed <= (n === 10 ? 300 : 30); seed++) {
        const pool = generatePool(n, seed);
        expect(pool.candidates).toHaveLength(n);
        expectValid(pool);
      }
    });
  }

  it("is deterministic: same seed, deep-equal pool; another seed, another pool", () => {
    expect(generatePool(1000, 5)).toEqual(generatePool(1000, 5));
    expect(generatePool(1000, 5)).not.toEqual(generatePool(1000, 6));
  });

  it("scales: municipalities ~ n/50, venues ~ n/40, some knows pairs and couples", () => {
    const pool = generatePool(5000, 3);
    const munis = new Set(pool.candidates.map((c) => c.location?.municipality).filter((m) => m !== undefined));
    expect(munis.size).toBeGreaterThan(80);
    expect(pool.venues?.length).toBe(125);
    expect(pool.candidates.some((c) => (c.knows?.length ?? 0) > 0)).toBe(true);
    expect(pool.candidates.some((c) => (c.together?.length ?? 0) > 0)).toBe(true);
  });

  it(`builds a valid pool of ${MAX_CANDIDATES} candidates`, () => {
    const pool = generatePool(MAX_CANDIDATES, 1);
    expect(pool.candidates).toHaveLength(MAX_CANDIDATES);
    expectValid(pool);
  });
});
