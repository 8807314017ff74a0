import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, type Violation } from "../../src/check/check.js";
import { CANARY, groupOf, person, waiting, withExistingGroups, withVenues, withoutVenues, type Fixture } from "./fixtures.js";
import { casesByRule, tamperedFixture, type TamperCase } from "./tamperCases.js";

/** Run a case and return its violations. */
function run(c: TamperCase): Violation[] {
  const f = tamperedFixture(c);
  return check(f.input, f.result).violations;
}

const cases: readonly TamperCase[] = Object.values(casesByRule).flat();

describe("check", () => {
  describe("valid compositions pass", () => {
    it.each([
      ["two new groups at venues with starters", withVenues],
      ["a group in a municipality without venues", withoutVenues],
      ["an open existing group receiving a member beside an unchanged closed group", withExistingGroups],
    ])("%s", (_name, fixture) => {
      const f = fixture();
      expect(check(f.input, f.result)).toEqual({ ok: true, violations: [], warnings: [] });
    });

    it("a group may meet in any member's municipality that every member can reach", () => {
      const f = withoutVenues();
      groupOf(f, "h1").municipality = CANARY.village;
      expect(check(f.input, f.result).violations).toEqual([]);
    });

    it("an unchanged existing group is exempt from the group rules", () => {
      const f = withExistingGroups();
      person(f, "y1").knows = ["y2"];
      person(f, "y1").availability = [CANARY.slot];
      expect(check(f.input, f.result).violations).toEqual([]);
    });

    it("a member of an existing group who is not a candidate is neither invented nor lost", () => {
      const f = withExistingGroups();
      f.input.groups?.find((g) => g.id === "c1")?.members.push("y9");
      groupOf(f, "c1").members.push("y9");
      expect(check(f.input, f.result).violations).toEqual([]);
    });

    it("members of two existing groups linked by together are exempt when the caller split them", () => {
      const f = withExistingGroups();
      person(f, "x1").together = ["y1"];
      expect(check(f.input, f.result).violations).toEqual([]);
    });

    it("a newcomer tied by together to a member of an existing group may wait", () => {
      const f = withExistingGroups();
      person(f, "z1").together = ["y1"];
      expect(check(f.input, f.result).violations).toEqual([]);
    });

    it("a newcomer tied by together to a member of an existing group may join that group", () => {
      const f = withExistingGroups();
      person(f, "x3").together = ["x1"];
      expect(check(f.input, f.result).violations).toEqual([]);
    });

    it("a newcomer tied by together to a member of one existing group breaks together_split by joining another", () => {
      const f = withExistingGroups();
      person(f, "x3").together = ["y1"];
      const violations = check(f.input, f.result).violations;
      expect(violations.map((v) => v.rule)).toEqual(["together_split"]);
      expect([...(violations[0]?.candidateIds ?? [])].sort()).toEqual(["x3", "y1"]);
    });

    it("labels in the result are compared after normalisation", () => {
      const f = withVenues();
      groupOf(f, "g1").slot = " Canary_Slot  ZZQ ";
      expect(check(f.input, f.result).violations).toEqual([]);
    });

    it("the boundary of each changed rule passes (issue 16)", () => {
      const cases: [string, (f: Fixture) => void][] = [
        ["bereaved of one relation, the others' relation unrecorded", (f) => {
          for (const id of ["a1", "a2", "a3", "a4"]) person(f, id).role = "bereaved";
          person(f, "a1").relation = "parent";
          person(f, "a2").relation = "parent";
        }],
        ["bereaved of different relations when relatives.roles leaves the bereaved out", (f) => {
          f.input.policy = { ...f.input.policy, relatives: { roles: ["relative"] } };
          for (const id of ["a1", "a2", "a3", "a4"]) person(f, id).role = "bereaved";
          person(f, "a1").relation = "parent";
          person(f, "a2").relation = "partner";
        }],
        ["relatives at home and in an institution outside the listed problem areas", (f) => {
          for (const id of ["a1", "a2", "a3", "a4"]) person(f, id).role = "relative";
          person(f, "a1").patientSetting = "home";
          person(f, "a2").patientSetting = "institution";
        }],
        ["a listed problem area given in another spelling still binds only its own relatives", (f) => {
          f.input.policy = { ...f.input.policy, relatives: { byPatientSetting: [" Stroke "] } };
          for (const id of ["a1", "a2", "a3", "a4"]) person(f, id).role = "relative";
          person(f, "a1").patientSetting = "home";
          person(f, "a2").patientSetting = "institution";
        }],
        ["everyone of one event", (f) => {
          for (const id of ["a1", "a2", "a3", "a4"]) person(f, id).event = CANARY.event;
        }],
        ["an explicit self beside absent roles", (f) => {
          person(f, "b1").role = "self";
        }],
        ["two recorded genders beside undisclosed ones under a required mix", (f) => {
          f.input.policy = { ...f.input.policy, gender: { mix: "require" } };
          for (const id of ["a3", "a4"]) delete person(f, id).gender;
        }],
        ["one gender in a single-gender problem area under a required mix", (f) => {
          f.input.policy = { ...f.input.policy, gender: { mix: "require", singleGenderProblems: [CANARY.problem] } };
          for (const id of ["a1", "a2", "a3", "a4"]) person(f, id).gender = "female";
        }],
      ];
      for (const [name, tamper] of cases) {
        const f = withVenues();
        tamper(f);
        expect({ name, violations: check(f.input, f.result).violations }).toEqual({ name, violations: [] });
      }
    });

    it("an unchanged existing group of one gender passes under a required mix", () => {
      const f = withExistingGroups();
      f.input.policy = { ...f.input.policy, gender: { mix: "require" } };
      for (const id of ["y1", "y2", "y3", "y4"]) person(f, id).gender = "female";
      expect(check(f.input, f.result).violations).toEqual([]);
    });

    it("a result where everyone waits with a reason passes", () => {
      const f = withVenues();
      const ids = f.input.candidates.map((c) => c.id);
      f.result.groups = [];
      f.result.waitlist = ids.map((id) => waiting(id));
      expect(check(f.input, f.result).ok).toBe(true);
    });
  });

  describe("each broken rule is reported", () => {
    it.each(cases.map((c) => [c.title, c] as const))("%s", (_title, c) => {
      const violations = run(c);
      expect([...new Set(violations.map((v) => v.rule))]).toEqual([c.rule]);
      const hit = violations.find((v) => (c.groupId === undefined || v.groupId === c.groupId) && v.rule === c.rule);
      expect(hit).toBeDefined();
      if (c.candidateIds !== undefined) expect([...(hit?.candidateIds ?? [])].sort()).toEqual([...c.candidateIds].sort());
    });

    it("every rule in the CheckRule union, as written in violation.ts, has a tamper case", () => {
      const source = readFileSync(new URL("../../src/check/violation.ts", import.meta.url), "utf8");
      const union = /export type CheckRule =([^;]*);/.exec(source)?.[1] ?? "";
      const rules = [...union.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
      expect(rules.length).toBeGreaterThan(20);
      expect(Object.keys(casesByRule).sort()).toEqual([...rules].sort());
      expect(Object.entries(casesByRule).filter(([, list]) => list.length === 0)).toEqual([]);
    });

    it("every violation is listed, not only the first", () => {
      const f = withVenues();
      person(f, "a1").knows = ["a2"];
      person(f, "b1").knows = ["b2"];
      f.result.waitlist = [];
      const rules = check(f.input, f.result).violations.map((v) => `${v.rule}:${v.groupId ?? ""}`);
      expect(rules.sort()).toEqual(["candidate_lost:", "keep_apart:g1", "keep_apart:g2"]);
    });

    it("a closed existing group missing from the result breaks both closed_group_changed and existing_member_moved", () => {
      const f = withExistingGroups();
      f.result.groups = f.result.groups.filter((g) => g.id !== "c1");
      f.result.waitlist.push(...["y1", "y2", "y3", "y4"].map((id) => waiting(id)));
      const rules = check(f.input, f.result).violations.map((v) => v.rule);
      expect(rules.sort()).toEqual(["closed_group_changed", "existing_member_moved"]);
    });

    it("the result's own newMembers are not trusted", () => {
      const f = withExistingGroups();
      groupOf(f, "c1").members.push("z1");
      groupOf(f, "c1").newMembers = [];
      f.result.waitlist = [];
      expect(check(f.input, f.result).violations.map((v) => v.rule)).toContain("closed_group_changed");
    });
  });

  describe("privacy", () => {
    it("no violation message contains a personal value from the input", () => {
      const leaks: string[] = [];
      for (const c of cases) {
        for (const v of run(c)) {
          // A message that says nothing would pass the leak checks below: each must name what it is about.
          const about = v.groupId ?? v.candidateIds?.[0];
          if (v.message.trim() === "" || (about !== undefined && !v.message.includes(about))) leaks.push(`${c.title}: message does not name ${about ?? "anything"}: "${v.message}"`);
          if (/zzq|canary/i.test(v.message)) leaks.push(`${c.title}: ${v.message}`);
          if (/\b(female|male)\b/i.test(v.message)) leaks.push(`${c.title}: ${v.message}`);
          for (const age of [...CANARY.ages, 16, 40, 42, 45, 50]) {
            if (new RegExp(`\\b${age}\\b`).test(v.message)) leaks.push(`${c.title}: ${v.message}`);
          }
        }
      }
      expect(leaks).toEqual([]);
    });

    it("an invalid input is reported with paths only", () => {
      const f = withVenues();
      (person(f, "a1") as { age: unknown }).age = "canary-age-zzq";
      const report = check(f.input, f.result);
      expect(report.ok).toBe(false);
      expect(report.violations).toHaveLength(1);
      expect(report.violations[0]?.message).toContain("candidates.0.age");
    });
  });
});
