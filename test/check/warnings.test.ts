/**
 * Warnings: what the input already breaks and the composition left as it was (RULES.md
 * "Warnings"). Each case edits the input of a valid composition so that the closed existing
 * group c1 (y1-y4, returned unchanged) breaks one rule as given: the result stays valid (no
 * violation), and exactly one warning names c1, the rule and the people concerned.
 */
import { describe, expect, it } from "vitest";
import { check, type CheckRule } from "../../src/check/check.js";
import { groupRules } from "../../src/check/groupRules.js";
import { meetingRules } from "../../src/check/meetingRules.js";
import { compose, type ComposeInput, type ComposeWarning } from "../../src/index.js";
import { ComposeInputSchema, type CandidateInput } from "../../src/model/schemas.js";
import { CANARY, SLOTS, groupOf, person, withExistingGroups, type Fixture } from "./fixtures.js";

/** One edit of the input that makes existing group c1, as given, break one rule. */
interface WarningCase {
  title: string;
  rule: CheckRule;
  tamper: (f: Fixture) => void;
  /** The groups the warning names (default c1). */
  groupIds?: string[];
  /** The people it names, in any order (default none). */
  candidateIds?: string[];
}

/** The members of c1. */
const C1 = ["y1", "y2", "y3", "y4"] as const;

/** Set a field on each member of c1. */
function everyMember(f: Fixture, change: (c: CandidateInput) => void): void {
  for (const id of C1) change(person(f, id));
}

/** Set a policy section of the fixture's input. */
function policy(f: Fixture, section: Record<string, unknown>): void {
  f.input.policy = { ...f.input.policy, ...section };
}

/** Add a candidate to c1 in the input and in the result (still unchanged: the input gives them). */
function addToC1(f: Fixture, id: string, from: CandidateInput): void {
  f.input.candidates.push({ ...from, id });
  f.input.groups?.find((g) => g.id === "c1")?.members.push(id);
  groupOf(f, "c1").members.push(id);
  groupOf(f, "c1").newMembers = [];
}

const cases: WarningCase[] = [
  {
    title: "a closed group above the maximum size",
    rule: "group_size",
    tamper: (f) => {
      addToC1(f, "y5", person(f, "y4"));
      addToC1(f, "y6", person(f, "y4"));
    },
  },
  {
    title: "a group of sixteen-year-olds",
    rule: "ineligible_member",
    tamper: (f) => everyMember(f, (c) => (c.age = 16)),
    candidateIds: [...C1],
  },
  {
    title: "a member above the maximum age",
    rule: "ineligible_member",
    tamper: (f) => policy(f, { age: { maximum: 65 } }),
    candidateIds: ["y4"],
  },
  {
    title: "a group wider than the age span",
    rule: "age_span",
    tamper: (f) => (person(f, "y1").age = 40),
    candidateIds: ["y1", "y4"],
  },
  {
    title: "a shared-problem group with two problems",
    rule: "shared_problem",
    tamper: (f) => (person(f, "y1").problem = CANARY.otherProblem),
    candidateIds: ["y1"],
  },
  {
    title: "a never-mix pair in a cross-problem group",
    rule: "never_mix",
    tamper: (f) => {
      policy(f, { problem: { mode: "cross", neverMix: [[CANARY.problem, CANARY.otherProblem]] } });
      person(f, "y1").problem = CANARY.otherProblem;
    },
    candidateIds: [...C1],
  },
  {
    title: "a mixed-gender group in a single-gender problem area",
    rule: "single_gender",
    tamper: (f) => {
      everyMember(f, (c) => (c.problem = CANARY.otherProblem));
      policy(f, { gender: { singleGenderProblems: [CANARY.otherProblem] } });
    },
    candidateIds: ["y3", "y4"],
  },
  {
    title: "one recorded gender where the policy requires a mix",
    rule: "gender_mix_required",
    tamper: (f) => {
      everyMember(f, (c) => (c.gender = "female"));
      policy(f, { gender: { mix: "require" } });
    },
    candidateIds: [...C1],
  },
  {
    title: "a relative among people there for themselves",
    rule: "roles_mixed",
    tamper: (f) => {
      everyMember(f, (c) => (c.role = "self"));
      person(f, "y1").role = "relative";
    },
    candidateIds: ["y1"],
  },
  {
    title: "relatives of two relations",
    rule: "relation_mixed",
    tamper: (f) => {
      everyMember(f, (c) => Object.assign(c, { role: "relative", relation: "parent" }));
      person(f, "y1").relation = "partner";
    },
    candidateIds: ["y1"],
  },
  {
    title: "relatives of patients at home and in an institution",
    rule: "patient_setting_mixed",
    tamper: (f) => {
      policy(f, { relatives: { byPatientSetting: true } });
      everyMember(f, (c) => Object.assign(c, { role: "relative", patientSetting: "institution" }));
      person(f, "y1").patientSetting = "home";
    },
    candidateIds: ["y1"],
  },
  {
    title: "people of two events",
    rule: "event_mixed",
    tamper: (f) => {
      everyMember(f, (c) => (c.event = CANARY.otherEvent));
      person(f, "y1").event = CANARY.event;
    },
    candidateIds: ["y1"],
  },
  {
    title: "a keep-apart pair",
    rule: "keep_apart",
    tamper: (f) => (person(f, "y1").knows = ["y2"]),
    candidateIds: ["y1", "y2"],
  },
  {
    title: "a slot outside the offered slots",
    rule: "common_slot",
    tamper: (f) => policy(f, { slots: { offered: [CANARY.slot] } }),
  },
  {
    title: "a member not available in the group's slot",
    rule: "common_slot",
    tamper: (f) => (person(f, "y1").availability = [SLOTS.tue]),
    candidateIds: ["y1"],
  },
  {
    title: "a venue that does not list the group's slot",
    rule: "common_slot",
    tamper: (f) => {
      const venue = f.input.venues?.[0];
      if (venue) venue.slots = [CANARY.slot];
    },
  },
  {
    title: "a venue that does not exist (an input only check accepts)",
    rule: "meeting_place",
    tamper: (f) => {
      const c1 = f.input.groups?.find((g) => g.id === "c1");
      if (c1) c1.venue = "v9";
      groupOf(f, "c1").venue = "v9";
    },
  },
  {
    title: "a member who cannot reach the venue",
    rule: "unreachable",
    tamper: (f) => (person(f, "y1").maxTravelKm = 0.1),
    candidateIds: ["y1"],
  },
  {
    title: "a venue that does not meet a member's needs",
    rule: "venue_needs",
    tamper: (f) => (person(f, "y1").needs = [CANARY.need]),
    candidateIds: ["y1"],
  },
  {
    title: "a group larger than its venue's capacity",
    rule: "venue_capacity",
    tamper: (f) => {
      const venue = f.input.venues?.[0];
      if (venue) venue.capacity = 3;
    },
  },
  {
    title: "two existing groups in one room and slot",
    rule: "venue_rooms",
    tamper: (f) => {
      f.input.groups?.push({ id: "c2", members: ["z1"], slot: SLOTS.mon, venue: "v1" });
      f.result.groups.push({ ...groupOf(f, "c1"), id: "c2", existing: "c2", members: ["z1"], newMembers: [] });
      f.result.waitlist = f.result.waitlist.filter((w) => w.candidateId !== "z1");
    },
    groupIds: ["c1", "c2"],
  },
];

/** Run a case: its report and the warnings about existing groups. */
function run(c: WarningCase): { report: ReturnType<typeof check>; warnings: ComposeWarning[] } {
  const f = withExistingGroups();
  c.tamper(f);
  const report = check(f.input, f.result);
  return { report, warnings: report.warnings };
}

describe("warnings", () => {
  describe("an existing group that breaks a rule as given, returned unchanged, gives one warning per group naming the rule and the people", () => {
    it.each(cases.map((c) => [c.title, c] as const))("%s", (_title, c) => {
      const { report, warnings } = run(c);
      expect(report.violations).toEqual([]);
      expect(report.ok).toBe(true);
      const groupIds = c.groupIds ?? ["c1"];
      expect(warnings.map((w) => ({ code: w.code, groupId: w.groupId, rule: w.rule }))).toEqual(
        groupIds.map((groupId) => ({ code: "existing_group_breaks_rule", groupId, rule: c.rule })),
      );
      for (const w of warnings) {
        expect([...(w.candidateIds ?? [])].sort()).toEqual([...(c.candidateIds ?? [])].sort());
        expect(w.message).toContain(c.rule);
        expect(w.message).toContain(w.groupId);
      }
    });

    it("every group and meeting rule, with every policy switch on, has a case", () => {
      const problem = ComposeInputSchema.parse({
        candidates: [],
        venues: [{ id: "v", location: { municipality: "m" } }],
        policy: { problem: { mode: "shared", neverMix: [["a", "b"]] }, relatives: { byPatientSetting: true }, gender: { singleGenderProblems: ["a"] } },
      });
      const codes = new Set<CheckRule>([...groupRules(problem), ...meetingRules(problem)].map((r) => r.rule));
      codes.add("venue_rooms");
      const covered = new Set(cases.map((c) => c.rule));
      expect([...codes].filter((r) => !covered.has(r))).toEqual([]);
    });
  });

  describe("what is not a warning", () => {
    it("a valid unchanged existing group, and a valid open group that received a member, give none", () => {
      const f = withExistingGroups();
      expect(check(f.input, f.result)).toEqual({ ok: true, violations: [], warnings: [] });
    });

    it("an existing group below the minimum size gives none (rule 1 lets an existing group shrink)", () => {
      const f = withExistingGroups();
      f.input.groups?.find((g) => g.id === "c1")?.members.splice(2);
      groupOf(f, "c1").members.splice(2);
      f.result.waitlist.push(...["y3", "y4"].map((id) => ({ candidateId: id, reasons: [{ code: "not_selected" as const, message: "waits" }], suggestions: [] })));
      expect(check(f.input, f.result).warnings).toEqual([]);
    });

    it("a member of an existing group without a recorded age gives none", () => {
      const f = withExistingGroups();
      delete person(f, "y1").age;
      expect(check(f.input, f.result).warnings).toEqual([]);
    });

    it("an existing group that records no slot or venue gives none for the slot and place it does not record", () => {
      const f = withExistingGroups();
      const c1 = f.input.groups?.find((g) => g.id === "c1");
      if (c1) {
        delete c1.slot;
        delete c1.venue;
      }
      Object.assign(groupOf(f, "c1"), { slot: null, venue: null, municipality: null });
      person(f, "y1").availability = [SLOTS.tue];
      expect(check(f.input, f.result)).toEqual({ ok: true, violations: [], warnings: [] });
    });

    it("an input that does not parse gives no warnings", () => {
      const f = withExistingGroups();
      (person(f, "y1") as { age: unknown }).age = "sixteen";
      expect(check(f.input, f.result).warnings).toEqual([]);
    });
  });

  describe("an existing group that received members", () => {
    it("keeps the violations it had (judged fully), and the warning still reports what the input broke", () => {
      const f = withExistingGroups();
      person(f, "x1").knows = ["x2"];
      const report = check(f.input, f.result);
      expect(report.violations.map((v) => [v.rule, v.groupId])).toEqual([["keep_apart", "e1"]]);
      expect(report.warnings.map((w) => [w.code, w.groupId, w.rule, w.candidateIds])).toEqual([["existing_group_breaks_rule", "e1", "keep_apart", ["x1", "x2"]]]);
    });

    it("original members who would not be eligible today are a warning, not a violation: eligibility binds new members", () => {
      const f = withExistingGroups();
      person(f, "x1").age = 17;
      person(f, "x2").age = 17;
      person(f, "x3").age = 20;
      const report = check(f.input, f.result);
      expect(report.violations).toEqual([]);
      expect(report.warnings.map((w) => [w.code, w.groupId, w.rule, w.candidateIds])).toEqual([["existing_group_breaks_rule", "e1", "ineligible_member", ["x1", "x2"]]]);
    });

    it("a break the input did not have is a violation only", () => {
      const f = withExistingGroups();
      person(f, "x3").knows = ["x1"];
      const report = check(f.input, f.result);
      expect(report.violations.map((v) => [v.rule, v.groupId])).toEqual([["keep_apart", "e1"]]);
      expect(report.warnings).toEqual([]);
    });
  });

  describe("other input a coordinator should look at", () => {
    it("people linked by together in two different existing groups give together_split_by_input (exempt, so no violation)", () => {
      const f = withExistingGroups();
      person(f, "x1").together = ["y1"];
      const report = check(f.input, f.result);
      expect(report.violations).toEqual([]);
      expect(report.warnings.map(({ message: _message, ...w }) => w)).toEqual([{ code: "together_split_by_input", candidateIds: ["x1", "y1"], rule: "together_split" }]);
      expect(report.warnings[0]?.message).toContain("2 different existing groups (e1, c1)");
    });

    it("a newcomer tied to two existing groups' members makes one family warning", () => {
      const f = withExistingGroups();
      person(f, "z1").together = ["x1", "y1"];
      const report = check(f.input, f.result);
      expect(report.violations).toEqual([]);
      expect(report.warnings.map((w) => [w.code, w.candidateIds])).toEqual([["together_split_by_input", ["x1", "y1"]]]);
    });

    it("people linked by together in one existing group give none", () => {
      const f = withExistingGroups();
      person(f, "y1").together = ["y2"];
      expect(check(f.input, f.result).warnings).toEqual([]);
    });
  });

  describe("privacy and order", () => {
    it("no warning message contains a personal value", () => {
      const leaks: string[] = [];
      for (const c of cases) {
        for (const w of run(c).warnings) {
          const text = JSON.stringify(w);
          if (/zzq|canary/i.test(text) || /\b(female|male|home|institution|partner|parent|relative|self)\b/i.test(w.message)) leaks.push(`${c.title}: ${text}`);
          for (const age of [...CANARY.ages, 16, 40, 60, 62, 65, 66]) if (new RegExp(`\\b${age}\\b`).test(w.message) && !/maximum age 65/.test(w.message)) leaks.push(`${c.title}: ${w.message}`);
        }
      }
      expect(leaks).toEqual([]);
    });

    it("warnings follow the result's group order, not the input's", () => {
      const f = withExistingGroups();
      person(f, "x1").knows = ["x2"];
      person(f, "y1").knows = ["y2"];
      const forward = check(f.input, f.result).warnings.map((w) => w.groupId);
      f.input.groups?.reverse();
      for (const g of f.input.groups ?? []) g.members.reverse();
      const reversed = check(f.input, f.result).warnings;
      expect(reversed.map((w) => w.groupId)).toEqual(forward);
      expect(reversed.map((w) => w.candidateIds)).toEqual([["x1", "x2"], ["y1", "y2"]]);
    });
  });
});

describe("compose returns the checker's warnings", () => {
  /** The five existing groups (16), each breaking a rule, beside people to place. */
  function brokenGroupsInput(): ComposeInput {
    const at = { municipality: "town", lat: 59.91, lon: 10.75 };
    const people: CandidateInput[] = [];
    const add = (id: string, extra: Partial<CandidateInput> = {}): string => {
      people.push({ id, age: 40, gender: people.length % 2 === 0 ? "female" : "male", problem: "grief", location: at, availability: ["mon"], ...extra });
      return id;
    };
    const eleven = Array.from({ length: 11 }, (_, k) => add(`big${k}`));
    const teens = Array.from({ length: 4 }, (_, k) => add(`teen${k}`, { age: 16 }));
    const apart = [add("ka0", { knows: ["ka1"] }), add("ka1"), add("ka2"), add("ka3")];
    const mixed = [add("mx0", { problem: "stroke" }), add("mx1"), add("mx2"), add("mx3")];
    const roomA = [add("ra0"), add("ra1"), add("ra2"), add("ra3")];
    const roomB = [add("rb0"), add("rb1"), add("rb2"), add("rb3")];
    const newcomers = Array.from({ length: 5 }, (_, k) => add(`new${k}`, { availability: ["tue"] }));
    void newcomers;
    const venues = [
      { id: "hall", location: at, rooms: 1 },
      { id: "annex", location: at, rooms: 4 },
    ];
    const group = (id: string, members: string[], venue = "annex", slot = "mon") => ({ id, members, slot, venue, closed: true });
    return {
      candidates: people,
      venues,
      groups: [group("big", eleven), group("teens", teens), group("apart", apart), group("mixed", mixed), group("roomA", roomA, "hall"), group("roomB", roomB, "hall")],
      policy: { groupSize: { min: 4, max: 8, preferred: 5 } },
    };
  }

  it("lists each broken rule of each existing group, and says the same as check", () => {
    const input = brokenGroupsInput();
    const result = compose(input, { seed: 1, maxIterations: 2_000 });
    const report = check(input, result);
    expect(report.ok).toBe(true);
    expect(result.warnings).toEqual(report.warnings);
    expect(result.warnings.map((w) => `${w.groupId}:${w.rule}`).sort()).toEqual([
      "apart:keep_apart",
      "big:group_size",
      "mixed:shared_problem",
      "roomA:venue_rooms",
      "roomB:venue_rooms",
      "teens:ineligible_member",
    ]);
    expect(result.groups.filter((g) => g.existing === null).flatMap((g) => g.members).sort()).toEqual(["new0", "new1", "new2", "new3", "new4"]);
  });

  it("a proven optimum may come with warnings: status says how good the composition is, warnings what the input broke", () => {
    const at = { municipality: "town", lat: 59.91, lon: 10.75 };
    const p = (id: string, extra: Partial<CandidateInput> = {}): CandidateInput => ({ id, age: 40, gender: "female", problem: "grief", location: at, availability: ["mon"], ...extra });
    const input: ComposeInput = {
      candidates: [p("a0", { knows: ["a1"] }), p("a1"), p("a2"), p("n0"), p("n1"), p("n2"), p("n3")],
      venues: [{ id: "v", location: at, rooms: 2 }],
      groups: [{ id: "apart", members: ["a0", "a1", "a2"], slot: "mon", venue: "v" }],
    };
    const result = compose(input, { seed: 1 });
    expect(result.status).toBe("optimal");
    expect(result.warnings.map((w) => [w.code, w.groupId, w.rule, w.candidateIds])).toEqual([["existing_group_breaks_rule", "apart", "keep_apart", ["a0", "a1"]]]);
    expect(check(input, result)).toEqual({ ok: true, violations: [], warnings: result.warnings });
  });

  it("an input without broken groups composes with no warnings", () => {
    const input = brokenGroupsInput();
    input.groups = [];
    expect(compose(input, { seed: 1, maxIterations: 2_000 }).warnings).toEqual([]);
  });
});
