import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import type { ComposedGroup, ComposeResult } from "../../src/model/result.js";
import type { CandidateInput, ComposeInput } from "../../src/model/schemas.js";

/** 50,000 candidates in 10,000 groups of five, with knows and together links, in two municipalities. */
function bigPool(): { input: ComposeInput; result: ComposeResult } {
  const n = 50_000;
  const candidates: CandidateInput[] = [];
  const groups: ComposedGroup[] = [];
  for (let g = 0; g < n / 5; g++) {
    const members: string[] = [];
    const municipality = g % 2 === 0 ? "north" : "south";
    for (let k = 0; k < 5; k++) {
      const i = g * 5 + k;
      const id = `p${i}`;
      members.push(id);
      candidates.push({
        id,
        age: 30 + k,
        gender: k % 2 === 0 ? "female" : "male",
        problem: `problem-${g % 7}`,
        location: { municipality, lat: 60 + (g % 2) * 0.1 + k * 0.001, lon: 10 },
        availability: ["mon", "tue"],
        // Knows people in other groups only; together links a couple inside the group.
        knows: [`p${(i + 5) % n}`, `p${(i + 10) % n}`],
        ...(k === 0 ? { together: [`p${i + 1}`] } : {}),
      });
    }
    groups.push({
      id: `g${g}`,
      members,
      slot: "mon",
      venue: null,
      municipality,
      starters: [],
      existing: null,
      newMembers: members,
      metrics: { size: 5, ageSpan: 4, genders: { female: 3, male: 2, other: 0, undisclosed: 0 }, problems: [`problem-${g % 7}`], maxTravelKm: 1, totalTravelKm: 5 },
      score: { placed: 0, waiting: 0, ageSpan: 0, genderMix: 0, expectation: 0, sizeFromPreferred: 0, travel: 0 },
    });
  }
  const input: ComposeInput = { candidates, policy: { keepApart: true }, distances: [{ from: "north", to: "south", km: 11 }] };
  const result: ComposeResult = {
    status: "feasible",
    groups,
    waitlist: [],
    warnings: [],
    stats: { objective: 0, score: { placed: 0, waiting: 0, ageSpan: 0, genderMix: 0, expectation: 0, sizeFromPreferred: 0, travel: 0 }, method: "search", seed: 1, iterations: 0, stoppedBy: "completed", placed: n, waiting: 0, elapsedMs: 0 },
  };
  return { input, result };
}

describe("check at scale", () => {
  it("finds nothing wrong in a valid composition of 50,000 candidates", () => {
    const { input, result } = bigPool();
    expect(check(input, result).violations.slice(0, 3)).toEqual([]);
  });

  it("lists every lost candidate of a large pool without overflowing", () => {
    const { input, result } = bigPool();
    const report = check(input, { ...result, groups: [] });
    expect(report.violations.map((v) => v.rule)).toEqual(["candidate_lost"]);
    expect(report.violations[0]?.candidateIds).toHaveLength(50_000);
  });
});
