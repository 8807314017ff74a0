import { describe, expect, it } from "vitest";
import { compilePool } from "../../src/compile/compilePool.js";
import { toPoolModel } from "../../src/compile/toPoolModel.js";
import { meetsMinDistinct } from "../../src/core/minDistinct.js";
import { PoolState } from "../../src/core/poolState.js";
import { parse, type CandidateInput, type ComposeInput } from "../../src/index.js";

/**
 * The engine's structural group rule `minDistinct` (a required gender mix, RULES.md 16): it
 * binds new groups and existing groups with newcomers, counts recorded values only, and an
 * exempt member releases it. Judged through `PoolState.evaluate`, where the engine decides validity.
 */
const near = { municipality: "bergen", lat: 60.39, lon: 5.32 };
const person = (id: string, gender: CandidateInput["gender"], problem = "anxiety"): CandidateInput => ({ id, age: 40, problem, location: near, ...(gender === undefined ? {} : { gender }) });

function model(candidates: CandidateInput[], groups: ComposeInput["groups"] = []) {
  const pool = compilePool(parse({ candidates, groups, policy: { groupSize: { min: 2, max: 4, preferred: 3 }, gender: { mix: "require", singleGenderProblems: ["breast-cancer"] }, slots: { required: false } } }));
  const at = (id: string): number => pool.index.get(id)!;
  return { model: toPoolModel(pool), at };
}

describe("minDistinctBindsOnlyGroupsWithNewcomers", () => {
  it("a new group needs two recorded values; an undisclosed one counts for none", () => {
    const { model: m, at } = model([person("f1", "female"), person("f2", "female"), person("u1", undefined), person("m1", "male")]);
    const state = new PoolState(m);
    expect(meetsMinDistinct(m, [at("f1"), at("f2"), at("u1")])).toBe(false);
    expect(state.evaluate([at("f1"), at("f2"), at("u1")], -1, null, false)).toBeNull();
    expect(meetsMinDistinct(m, [at("f1"), at("m1")])).toBe(true);
    expect(state.evaluate([at("f1"), at("u1"), at("m1")], -1, null, false)).not.toBeNull();
  });

  it("an exempt member (single-gender problem) releases the rule", () => {
    const { model: m, at } = model([person("f1", "female", "breast-cancer"), person("f2", "female", "breast-cancer")]);
    expect(new PoolState(m).evaluate([at("f1"), at("f2")], -1, null, false)).not.toBeNull();
  });

  it("an existing group as it stands is exempt, but not once it takes a newcomer of its one gender", () => {
    const { model: m, at } = model([person("f1", "female"), person("f2", "female"), person("f3", "female"), person("m1", "male")], [{ id: "e1", members: ["f1", "f2"], closed: false }]);
    expect(meetsMinDistinct(m, [at("f1"), at("f2")])).toBe(true);
    expect(meetsMinDistinct(m, [at("f1"), at("f2"), at("f3")])).toBe(false);
    expect(meetsMinDistinct(m, [at("f1"), at("f2"), at("m1")])).toBe(true);
  });

  it("without a required mix the model has no such rule", () => {
    const pool = compilePool(parse({ candidates: [person("f1", "female")] }));
    expect(toPoolModel(pool).minDistinct).toBeUndefined();
  });
});
